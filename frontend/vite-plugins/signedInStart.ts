import { readFileSync } from 'node:fs';
import type { OutputAsset, OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

/** A signed-in first page: its address (a regular expression), the modules it imports on demand (the frame, the
 * page, its API helpers), those in Chinese only (its words), and the API calls it makes first (GET, as the app
 * sends them: path and query). */
export type StartPage = { path: string; loads: string[]; chineseLoads?: string[]; requests: string[] };

// Without its comments: they are for the reader of this folder, not for the phone.
const SCRIPT = readFileSync(new URL('./signedInStart.browser.js', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('//'))
  .join('\n');

function closure(bundle: OutputBundle, start: OutputChunk[]): Set<OutputChunk> {
  const seen = new Set<OutputChunk>();
  const visit = (chunk: OutputChunk) => {
    if (seen.has(chunk)) return;
    seen.add(chunk);
    for (const file of chunk.imports) {
      const next = bundle[file];
      if (next?.type === 'chunk') visit(next);
    }
  };
  start.forEach(visit);
  return seen;
}

function chunkOf(bundle: OutputBundle, suffix: string): OutputChunk {
  for (const output of Object.values(bundle)) {
    if (output.type === 'chunk' && output.moduleIds.some((id) => id.replace(/\\/g, '/').endsWith(suffix))) {
      return output;
    }
  }
  throw new Error(`signedInStart: no chunk holds ${suffix}`);
}

/**
 * The signed-in user's first page without the wait for the app's code (issue 13). Opened cold, the entrepreneur's
 * home waited for index.html's scripts, then for the router to ask for the frame's and the page's chunks, then
 * for the page's API helpers to ask for its data: three trips over a slow link, one after the other. index.html
 * now starts with a small async script (`signedInStart.browser.js` with each page's chunks written in) that, when
 * the tab holds a session, asks for the page's chunks (modulepreload) and its first API answers beside the app's
 * own scripts; the app takes those answers for its first identical requests (src/api/early.ts). The login page
 * and a tab without a session load the script (under a kilobyte) and nothing else.
 */
export function signedInStart({ pages }: { pages: StartPage[] }): Plugin {
  return {
    name: 'xq-signed-in-start',
    apply: 'build',
    // After Vite has written index.html into the bundle; before the service worker's precache reads it.
    enforce: 'post',
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find(
        (output): output is OutputChunk => output.type === 'chunk' && output.isEntry,
      );
      const html = bundle['index.html'] as OutputAsset | undefined;
      if (!entry || !html) throw new Error('signedInStart: no entry chunk or index.html');
      const loaded = closure(bundle, [entry]);
      const files = (suffixes: string[] = []) =>
        [
          ...closure(
            bundle,
            suffixes.map((suffix) => chunkOf(bundle, suffix)),
          ),
        ]
          .filter((chunk) => !loaded.has(chunk))
          .sort((a, b) => b.code.length - a.code.length)
          .map((chunk) => `/${chunk.fileName}`);
      const start = pages.map(({ path, loads, chineseLoads, requests }) => {
        const chunks = files(loads);
        return {
          path,
          chunks,
          chineseChunks: files(chineseLoads).filter((file) => !chunks.includes(file)),
          requests,
        };
      });
      const fileName = this.getFileName(
        this.emitFile({
          type: 'asset',
          name: 'signed-in.js',
          source: SCRIPT.replace('(PAGES)', `(${JSON.stringify(start)})`),
        }),
      );
      const charset = '<meta charset="UTF-8" />';
      const source = String(html.source);
      if (!source.includes(charset)) throw new Error('signedInStart: index.html has no charset');
      // First in the head: the browser asks for it before the styles and the app's scripts.
      html.source = source.replace(charset, `${charset}\n    <script async src="/${fileName}"></script>`);
    },
  };
}
