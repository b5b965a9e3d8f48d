import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { visualizer } from 'rollup-plugin-visualizer';
import { defineConfig } from 'vitest/config';
import { antdStyles } from './vite-plugins/antdStyles.ts';
import { bundleReport } from './vite-plugins/bundleReport.ts';
import { precompress } from './vite-plugins/precompress.ts';
import { pwa } from './vite-plugins/pwa.ts';
import { signedInStart } from './vite-plugins/signedInStart.ts';

// The gateway serves the API and the built SPA from one origin; in development Vite stands in
// for the SPA half and forwards the rest to the gateway (XQ_GATEWAY_URL to point elsewhere).
const gateway = process.env.XQ_GATEWAY_URL ?? 'http://127.0.0.1:8000';
// What the console's frame draws with, beyond the login page's Ant Design: its menu, drawer and user menu, and the
// small components the home shares with most pages. Left to the default splitting they came in eight chunks of
// 1 to 10 KB, each a request on the home's critical path (six at a time over HTTP/1.1, 150 ms each on a phone).
// Every console page loads the frame anyway; only the public market pages load this chunk without it.
const FRAME_ANTD =
  /node_modules[\\/](antd[\\/]es[\\/](dropdown|menu|drawer|popover|space|tag|empty|layout|avatar)|rc-menu|rc-overflow|rc-dropdown|rc-drawer)[\\/]/;
const ANTD = /node_modules[\\/](antd|@ant-design|rc-[^\\/]+|@rc-component|dayjs)[\\/]/;

export default defineConfig({
  plugins: [
    react(),
    antdStyles(),
    pwa(),
    // Phones on slow links (issue 13): what the login page and the entrepreneur's home download, at most
    // 300 KB of compressed JavaScript; the build fails beyond it and prints each chunk and what it holds.
    bundleReport({
      budgetKb: 300,
      journeys: [
        { name: 'login page', loads: [] },
        {
          name: "login, then the entrepreneur's home",
          loads: ['src/routes/frame.ts', 'src/pages/loans/my/MyLoansPage.tsx', 'src/i18n/locales/zh-CN/loans/index.ts'],
        },
      ],
    }),
    // A signed-in tab opened on the entrepreneur's home (or any page in the console's frame) asks for the page's
    // chunks and first answers from index.html, beside the app's own scripts rather than after them.
    signedInStart({
      pages: [
        {
          path: '^/loans/my/?$',
          loads: ['src/routes/frame.ts', 'src/pages/loans/my/MyLoansPage.tsx', 'src/pages/loans/my/api.ts'],
          chineseLoads: ['src/i18n/locales/zh-CN/loans/index.ts'],
          requests: ['/api/v1/auth/me', '/api/v1/loans/borrowers/me', '/api/v1/loans/applications?limit=100&offset=0'],
        },
        {
          path: '^/((loans|products|training|volunteers|system|settings)(/|$)|$)',
          loads: ['src/routes/frame.ts'],
          requests: ['/api/v1/auth/me'],
        },
      ],
    }),
    // `npm run analyze`: the treemap of every chunk, in bundle-stats.html.
    !!process.env.XQ_BUNDLE_STATS &&
      visualizer({ filename: 'bundle-stats.html', template: 'treemap', gzipSize: true, brotliSize: true }),
    // Last: after the service worker is written.
    precompress(),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/api': gateway,
      '/.well-known': gateway,
    },
  },
  build: {
    outDir: 'dist',
    // The largest chunks are ECharts (its own, loaded with the first chart) and what the first page needs of Ant
    // Design.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // What the first page needs comes in three files beside the entry's own: React, the part of Ant Design the
        // login page and the console's frame use, and the rest (i18next, TanStack Query, the app's shell). Each
        // page's code comes with the page; what several pages share falls into chunks by the pages that share
        // it, except the app's small helpers (domain, lib, api) and the icons most pages use, gathered so that
        // a page does not wait for a dozen tiny files. Without `$initial`, one group took all of Ant Design and
        // the login page downloaded every component of every page (1.2 MB); a library's chunk of its own also
        // keeps it cached across app releases.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
              priority: 5,
            },
            {
              name: 'antd',
              test: ANTD,
              tags: ['$initial'],
              priority: 4,
            },
            {
              name: 'shell',
              tags: ['$initial'],
              priority: 3,
            },
            {
              name: 'frame-antd',
              test: FRAME_ANTD,
              priority: 2.5,
            },
            {
              name: 'echarts',
              test: /node_modules[\\/](echarts|zrender|echarts-for-react|size-sensor)[\\/]/,
              priority: 2,
            },
            {
              name: 'common',
              test: /[\\/]src[\\/](domain|lib|api)[\\/]/,
              priority: 1,
            },
            {
              name: 'icons',
              test: /node_modules[\\/]@ant-design[\\/]icons(-svg)?[\\/]/,
              minShareCount: 4,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
