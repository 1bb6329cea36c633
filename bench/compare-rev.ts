/**
 * The detector of a git revision against the working tree's: output and speed.
 * - Output: `detectEntities` on every .txt under samples/ and test/data/, and on four transforms
 *   of each (upper case, lower case, lines joined, every word capitalised); prints how many differ.
 * - Speed: both bundled as shipped (bench/lib/bundled.ts), loaded in one process, runs alternating
 *   on the same ~2 MB of news text, so both see the same load; prints min and median MB/s and the
 *   paired median ratio.
 *
 *   npx tsx bench/compare-rev.ts REV [--rounds 12] [--mb 2]
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bundled, type DetectModule } from './lib/bundled';
import { opt } from './lib/args';

const root = resolve(__dirname, '..');
const rev = process.argv[2];
if (!rev || rev.startsWith('--')) {
  console.error('usage: npx tsx bench/compare-rev.ts REV [--rounds 12] [--mb 2]');
  process.exit(2);
}
const rounds = opt('rounds', 12);
const size = opt('mb', 2) * 1e6;

// the revision's sources, unpacked beside the working tree's node_modules
const dir = mkdtempSync(join(tmpdir(), 'bench-rev-'));
execSync(`git archive ${rev} src | tar -x -C ${dir}`, { cwd: root });
const old = bundled<DetectModule>(join(dir, 'src/core/detect/index.ts'));
const cur = bundled<DetectModule>('src/core/detect/index.ts');
rmSync(dir, { recursive: true, force: true });

function texts(d: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(d).sort()) {
    const p = join(d, f);
    if (statSync(p).isDirectory()) out.push(...texts(p));
    else if (f.endsWith('.txt')) out.push(readFileSync(p, 'utf8'));
  }
  return out;
}
const all = [...texts(join(root, 'samples')), ...texts(join(root, 'test/data'))];
let variants = 0;
let differ = 0;
for (const t of all) {
  const lines = t.split('\n').map((l) => l.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())).join('\n');
  for (const v of [t, t.toUpperCase(), t.toLowerCase(), t.replace(/\n+/g, ' '), lines]) {
    variants++;
    if (JSON.stringify(old.detectEntities(v)) !== JSON.stringify(cur.detectEntities(v))) differ++;
  }
}
console.log(`output: ${differ} of ${variants} texts differ (${all.length} files x 5 forms) between ${rev} and the working tree`);

const news = [root + '/samples', root + '/test/data/dev-extra'].flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(d, f), 'utf8')));
const parts: string[] = [];
for (let i = 0, n = 0; n < size; i++) {
  parts.push(news[i % news.length]);
  n += Buffer.byteLength(news[i % news.length]) + 2;
}
const text = parts.join('\n\n');
const mb = Buffer.byteLength(text) / 1e6;
old.detectEntities(text);
cur.detectEntities(text);
const to: number[] = [];
const tc: number[] = [];
for (let r = 0; r < rounds; r++) {
  let t0 = performance.now();
  old.detectEntities(text);
  to.push(performance.now() - t0);
  t0 = performance.now();
  cur.detectEntities(text);
  tc.push(performance.now() - t0);
}
const med = (x: number[]): number => [...x].sort((a, b) => a - b)[x.length >> 1];
const rate = (ms: number): string => (mb / (ms / 1000)).toFixed(2);
console.log(`${rev}: min ${rate(Math.min(...to))} MB/s, median ${rate(med(to))} MB/s`);
console.log(`working tree: min ${rate(Math.min(...tc))} MB/s, median ${rate(med(tc))} MB/s`);
console.log(`working tree / ${rev}: ${(Math.min(...to) / Math.min(...tc)).toFixed(2)}x (min), paired median ${med(to.map((x, i) => x / tc[i])).toFixed(2)}x over ${rounds} rounds on ${mb.toFixed(2)} MB`);
