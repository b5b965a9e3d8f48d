import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Addresses the gateway answers itself: never the SPA's, so never answered with index.html offline. */
const SERVER_PATHS = /^\/(api|\.well-known|docs|redoc|openapi\.json|healthz|readyz|metrics)(\/|$)/;

/**
 * The app's shell in the service worker's precache: index.html and what it loads before the first page shows
 * (the entry, its preloaded chunks, the styles), the icons and the manifest. The other chunks are cached as
 * they are used (CacheFirst below): a first visit on a slow link downloads nothing it does not show.
 */
function shellOnly(outDir: () => string) {
  return <Entry extends { url: string }>(entries: Entry[]) => {
    const html = readFileSync(join(outDir(), 'index.html'), 'utf8');
    const shell = new Set([...html.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((match) => match[1]));
    const manifest = entries.filter((entry) => !entry.url.startsWith('assets/') || shell.has(entry.url));
    return { manifest, warnings: [] as string[] };
  };
}

/**
 * Installable and quick on the second visit: the web app manifest and a Workbox service worker (generateSW).
 * A new release waits until the user accepts the prompt (registerType 'prompt': no skipWaiting), so a page
 * never runs old and new chunks together. /api/ is NetworkOnly: personal data never enters a cache.
 */
export function pwa(): Plugin[] {
  let outDir = 'dist';
  const whereTheBuildGoes: Plugin = {
    name: 'xq-pwa-out-dir',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
  };
  return [
    whereTheBuildGoes,
    ...VitePWA({
      registerType: 'prompt',
      // Registered from the app (src/pwa/), after the first page has rendered.
      injectRegister: false,
      manifest: {
        name: '乡青',
        short_name: '乡青',
        description: '清远共青团乡村振兴服务平台：创业贷款、农产品、培训与志愿服务',
        lang: 'zh-CN',
        id: '/',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#c8161d',
        background_color: '#f5f6f8',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        manifestTransforms: [shellOnly(() => outDir)],
        // One file: the gateway serves it with no-cache, so an update is seen on the next visit.
        inlineWorkboxRuntime: true,
        // A page keeps the worker it loaded with (none, on the first visit) to its end: it starts serving at the
        // next page load, so nothing changes under a page that is open.
        clientsClaim: false,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [SERVER_PATHS],
        runtimeCaching: [
          { urlPattern: ({ url }) => url.pathname.startsWith('/api/'), handler: 'NetworkOnly' },
          {
            // Hashed file names never change content: cache each chunk the first time a page needs it.
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/'),
            handler: 'CacheFirst',
            options: {
              cacheName: 'xq-assets',
              cacheableResponse: { statuses: [200] },
              expiration: { maxEntries: 300, purgeOnQuotaError: true },
            },
          },
        ],
      },
    }),
  ];
}
