// Bundles the extension, the command-line tool and the integration-test suite with esbuild.
import { build } from 'esbuild';
import { existsSync, readdirSync, rmSync } from 'node:fs';

const watch = process.argv.includes('--watch');
// Node 18 has every RegExp feature; without `supported` esbuild rewrites /\p{Lu}/u literals as
// `new RegExp(...)`, which inside a function builds the regex again on every call.
const REGEXP_SUPPORTED = { 'regexp-unicode-property-escapes': true, 'regexp-lookbehind-assertions': true, 'regexp-named-capture-groups': true, 'regexp-dot-all-flag': true, 'regexp-match-indices': true, 'regexp-sticky-and-unicode-flags': true };
const common = { bundle: true, platform: 'node', target: 'node18', supported: REGEXP_SUPPORTED, format: 'cjs', sourcemap: true, logLevel: 'warning', external: ['vscode'] };

const entries = [
  { entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js' },
  { entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];
if (existsSync('test/integration/suite/index.ts')) {
  rmSync('dist/test/suite', { recursive: true, force: true }); // no stale bundles of removed tests
  entries.push({ entryPoints: ['test/integration/suite/index.ts'], outfile: 'dist/test/suite/index.js', external: ['vscode', 'mocha'] });
  // each integration test file is its own bundle next to index.js, which adds the *.test.js it finds
  for (const f of readdirSync('test/integration/suite').filter((n) => n.endsWith('.test.ts')).sort()) {
    entries.push({ entryPoints: [`test/integration/suite/${f}`], outfile: `dist/test/suite/${f.replace(/\.ts$/, '.js')}`, external: ['vscode', 'mocha'] });
  }
}
for (const e of entries) {
  if (!existsSync(e.entryPoints[0])) continue;
  await build({ ...common, ...e, external: e.external ?? common.external });
}
if (!watch) console.log(`built ${entries.filter((e) => existsSync(e.entryPoints[0])).map((e) => e.outfile).join(', ')}`);
