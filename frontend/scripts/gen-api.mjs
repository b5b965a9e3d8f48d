// Regenerates src/api/generated/<name>.ts from openapi/<name>.json with openapi-typescript.
// The backend writes the JSON documents (scripts/export_openapi.py at the repo root).
// `node scripts/gen-api.mjs --check` fails when a generated file is stale instead of writing it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const SPECS = ['gateway', 'loans', 'products', 'training', 'volunteers'];
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
const check = process.argv.includes('--check');

let failed = false;
for (const name of SPECS) {
  const input = path.join('openapi', `${name}.json`);
  const output = path.join('src', 'api', 'generated', `${name}.ts`);
  if (!existsSync(path.join(root, input))) {
    console.error(`missing ${input}: export the OpenAPI documents first (scripts/export_openapi.py)`);
    failed = true;
    continue;
  }
  const args = [cli, input, '--output', output, ...(check ? ['--check'] : [])];
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
