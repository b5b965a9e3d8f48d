import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** What is worth compressing: text. Images and fonts are compressed already. */
const TEXT = /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/;
/** Below this, the compressed file would save less than a packet. */
const MIN_BYTES = 1024;

async function* files(folder: string): AsyncGenerator<string> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

/**
 * After the build (and after the service worker is written), writes `x.br` (brotli, the best quality) and
 * `x.gz` (gzip -9) beside every text file of a kilobyte or more, when that is smaller: the gateway sends the
 * best one the browser accepts, so no request pays for compression.
 */
export function precompress(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'xq-precompress',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const outDir = join(config.root, config.build.outDir);
        const jobs: Promise<void>[] = [];
        for await (const path of files(outDir)) {
          if (!TEXT.test(path) || (await stat(path)).size < MIN_BYTES) continue;
          jobs.push(
            readFile(path).then(async (raw) => {
              const [br, gz] = await Promise.all([
                brotli(raw, {
                  params: {
                    [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                    [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
                  },
                }),
                gzipAsync(raw, { level: 9 }),
              ]);
              if (br.length < raw.length) await writeFile(`${path}.br`, br);
              if (gz.length < raw.length) await writeFile(`${path}.gz`, gz);
            }),
          );
        }
        await Promise.all(jobs);
        config.logger.info(`precompressed ${jobs.length} files (brotli and gzip)`);
      },
    },
  };
}
