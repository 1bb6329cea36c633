#!/usr/bin/env node
// Builds and packages the extension: dist/article-annotator.vsix (contents chosen by .vscodeignore).
//   node scripts/package.mjs [--no-build] [--out FILE] [--quiet]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { 'no-build': { type: 'boolean' }, out: { type: 'string' }, quiet: { type: 'boolean' } } });
const out = resolve(values.out ?? join(root, 'dist/article-annotator.vsix'));
const vsce = join(root, 'node_modules/.bin/vsce');

function run(cmd, args, capture = values.quiet) {
  // stdin closed: vsce asks y/N questions on some warnings, which must fail rather than hang
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'], encoding: 'utf8' });
  if (r.status !== 0) {
    if (capture && r.stdout) process.stdout.write(r.stdout);
    console.error(`package: ${cmd} ${args.join(' ')} failed (${r.status ?? r.signal})`);
    process.exit(1);
  }
  return r.stdout ?? '';
}

if (!values['no-build']) run(process.execPath, ['scripts/build.mjs']);
if (!existsSync(join(root, 'dist/extension.js'))) {
  console.error('package: dist/extension.js is missing (no src/extension.ts yet?)');
  process.exit(1);
}
mkdirSync(dirname(out), { recursive: true });
const flags = ['--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links'];
run(vsce, ['package', ...flags, '--out', out]);
const bytes = statSync(out).size;
console.log(`package: ${out} ${(bytes / 1024).toFixed(1)} KiB`);
