import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Logger, Plugin } from 'vite';

/** A page's first visit: the modules it imports on demand beyond the entry (its route's page, its translations). */
export type Journey = { name: string; loads: string[] };

type Sizes = { raw: number; gzip: number; brotli: number };

const KB = 1024;
const kb = (bytes: number) => (bytes / KB).toFixed(1).padStart(7);

function compressedSizes(code: string): Sizes {
  const bytes = Buffer.from(code);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** What a module is, for a reader: a package's name, or the app's folder. */
function owner(id: string): string {
  const pkg = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id);
  if (pkg) return pkg[1]!.replace('\\', '/');
  const app = /[\\/]src[\\/](.*)$/.exec(id);
  if (!app) return id.replace(/^\0/, '');
  const parts = app[1]!.split(/[\\/]/);
  if (parts[0] === 'i18n' && parts[1] === 'locales') return `i18n/${parts[2]}/${parts[3]?.replace(/\.ts$/, '')}`;
  return parts.slice(0, parts.length > 2 ? 2 : 1).join('/');
}

/** The largest owners of a chunk's code, by rendered length. */
function holds(chunk: OutputChunk, count = 4): string {
  const byOwner = new Map<string, number>();
  for (const [id, module] of Object.entries(chunk.modules)) {
    byOwner.set(owner(id), (byOwner.get(owner(id)) ?? 0) + module.renderedLength);
  }
  const sorted = [...byOwner].sort((a, b) => b[1] - a[1]);
  const shown = sorted.slice(0, count).map(([name]) => name);
  return shown.join(', ') + (sorted.length > count ? `, +${sorted.length - count}` : '');
}

function closure(bundle: OutputBundle, start: OutputChunk[]): OutputChunk[] {
  const seen = new Map<string, OutputChunk>();
  const visit = (chunk: OutputChunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.set(chunk.fileName, chunk);
    for (const file of chunk.imports) {
      const next = bundle[file];
      if (next?.type === 'chunk') visit(next);
    }
  };
  start.forEach(visit);
  return [...seen.values()];
}

function chunkOf(bundle: OutputBundle, suffix: string): OutputChunk {
  const normalised = suffix.replace(/\\/g, '/');
  for (const output of Object.values(bundle)) {
    if (output.type !== 'chunk') continue;
    if (output.moduleIds.some((id) => id.replace(/\\/g, '/').endsWith(normalised))) return output;
  }
  throw new Error(`bundle report: no chunk holds ${suffix}`);
}

/**
 * Prints, after each build, every chunk a page's first visit downloads with its size as sent (brotli and gzip)
 * and what it holds; the build fails when a journey needs more compressed JavaScript than the budget.
 */
export function bundleReport({ journeys, budgetKb }: { journeys: Journey[]; budgetKb: number }): Plugin {
  let logger: Logger | undefined;
  return {
    name: 'xq-bundle-report',
    apply: 'build',
    configResolved(config) {
      logger = config.logger;
    },
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find(
        (output): output is OutputChunk => output.type === 'chunk' && output.isEntry,
      );
      if (!entry) return;
      const lines: string[] = [];
      const over: string[] = [];
      for (const journey of journeys) {
        const chunks = closure(bundle, [entry, ...journey.loads.map((suffix) => chunkOf(bundle, suffix))]);
        const total = { raw: 0, gzip: 0, brotli: 0 };
        lines.push(`\n${journey.name}: ${chunks.length} JavaScript files`);
        lines.push(`  ${'raw KB'.padStart(7)} ${'gzip'.padStart(7)} ${'brotli'.padStart(7)}  file: holds`);
        for (const chunk of chunks.sort((a, b) => b.code.length - a.code.length)) {
          const sizes = compressedSizes(chunk.code);
          total.raw += sizes.raw;
          total.gzip += sizes.gzip;
          total.brotli += sizes.brotli;
          lines.push(`  ${kb(sizes.raw)} ${kb(sizes.gzip)} ${kb(sizes.brotli)}  ${chunk.fileName}: ${holds(chunk)}`);
        }
        lines.push(
          `  ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}  in all (budget ${budgetKb} KB compressed)`,
        );
        if (total.brotli > budgetKb * KB) over.push(`${journey.name} needs ${kb(total.brotli).trim()} KB (brotli)`);
      }
      logger?.info(lines.join('\n'));
      if (over.length) this.error(`over the JavaScript budget of ${budgetKb} KB: ${over.join('; ')}`);
    },
  };
}
