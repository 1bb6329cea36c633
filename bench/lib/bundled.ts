/**
 * The detector as it ships: `src/core/detect` bundled by esbuild with the options of
 * scripts/build.mjs (one module, so imported constants are plain variables), loaded in this
 * process. Running the sources through tsx instead turns every imported binding into a getter
 * call, which costs the detector several per cent and is not what the extension or CLI run.
 */
import { buildSync } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export type DetectModule = typeof import('../../src/core/detect');

export function bundledDetector(): DetectModule {
  return bundled<DetectModule>('src/core/detect/index.ts');
}

/** A source module of the project (path from the project root), bundled and loaded. */
export function bundled<T>(entry: string): T {
  const out = buildSync({
    entryPoints: [resolve(__dirname, '../..', entry)],
    bundle: true,
    platform: 'node',
    target: 'node18',
    // as scripts/build.mjs: keep /\p{..}/u literals (esbuild would make them `new RegExp` calls)
    supported: { 'regexp-unicode-property-escapes': true, 'regexp-lookbehind-assertions': true, 'regexp-named-capture-groups': true, 'regexp-dot-all-flag': true, 'regexp-match-indices': true, 'regexp-sticky-and-unicode-flags': true },
    format: 'cjs',
    write: false,
    logLevel: 'warning',
  });
  const file = join(mkdtempSync(join(tmpdir(), 'bench-bundle-')), 'bundle.js');
  writeFileSync(file, out.outputFiles[0].text);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(file) as T;
}
