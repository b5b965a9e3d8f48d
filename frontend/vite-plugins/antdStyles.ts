import { join } from 'node:path';
import type { ComponentType } from 'react';
import { runnerImport, type Plugin } from 'vite';

const ENTRY = 'src/firstPaintStyles.tsx';
const NAME = 'antd.css';

/** Renders the components of `src/firstPaintStyles.tsx` in Node, as the browser would, and returns the styles Ant
 * Design wrote for them, with the map of their cache paths that tells cssinjs at run time they are there. */
async function renderStyles(root: string): Promise<string> {
  // Ant Design's class hashes are `css-…` in production only (`css-dev-only-do-not-override-…` otherwise).
  if (process.env.NODE_ENV !== 'production') throw new Error('antdStyles: NODE_ENV must be production');
  const { module } = await runnerImport<{ FirstPaintStyles: ComponentType }>(`/${ENTRY}`, {
    root,
    configFile: false,
    logLevel: 'error',
    resolve: { alias: { '@': join(root, 'src') } },
  });
  // Node's own copies, the ones the component above imported: cssinjs's StyleProvider must be the one antd reads.
  const { createElement } = await import('react');
  const { renderToString } = await import('react-dom/server');
  const { createCache, extractStyle, StyleProvider } = await import('@ant-design/cssinjs');
  const cache = createCache();
  renderToString(createElement(StyleProvider, { cache }, createElement(module.FirstPaintStyles)));
  const css = extractStyle(cache, { plain: true });
  // A token the theme failed to give (a broken theme.ts) is written as `undefined`; better no build than no styles.
  if (/:undefined[;}]/.test(css)) throw new Error('antdStyles: a style has an undefined token (src/theme.ts?)');
  return css;
}

/**
 * Ant Design's styles of the first pages, made at build time (issue 13). At run time antd computes each
 * component's styles in JavaScript and writes them into `<style>` elements: on a phone with a slow CPU that was
 * a good part of the half second the login page's main thread stayed busy after the first paint. This renders
 * the components the first pages use once, in Node, with the app's theme, and links the result from index.html
 * before the app's own styles (where antd's `<style>` elements went). The file ends with cssinjs's cache-path map
 * (a `.data-ant-cssinjs-cache-path{content:"path:hash;…"}` rule): antd reads it before its first style and skips
 * computing and injecting every style listed there. Other components write their styles at run time as before.
 * The hashes match as long as both sides use the same antd, the same theme and antd's defaults (hashed, no CSS
 * variables); `e2e/phone-network.spec.ts` fails when the login page or the home writes a style of antd's.
 */
export function antdStyles(): Plugin {
  let root = '';
  return {
    name: 'xq-antd-styles',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      this.emitFile({ type: 'asset', name: NAME, source: await renderStyles(root) });
    },
    transformIndexHtml: {
      order: 'post',
      // Right after the charset: before the app's own styles, which override some of antd's.
      handler(html, { bundle }) {
        const asset = Object.values(bundle ?? {}).find(
          (output) => output.type === 'asset' && output.names.includes(NAME),
        );
        const charset = '<meta charset="UTF-8" />';
        if (!asset || !html.includes(charset)) throw new Error(`antdStyles: ${NAME} not emitted, or no charset`);
        return html.replace(charset, `${charset}\n    <link rel="stylesheet" href="/${asset.fileName}" />`);
      },
    },
  };
}
