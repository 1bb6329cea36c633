/**
 * All the blind held-out sets in one run: every `test/data/heldout*` directory scored now (micro F1
 * over the set's articles, exact and overlap, as bench/score-dir.ts prints them), beside the first
 * blind run the set's `first-blind-run.txt` recorded (as written when the set was first scored:
 * post-scoring gold corrections, which each set's README recomputes by hand, are not applied), and
 * the plain means of the per-set figures and the micro F1 pooled over all articles.
 *
 *   npx tsx bench/heldout.ts            # table and means
 *   npx tsx bench/heldout.ts --below 0.92   # also list the sets below that overlap F1 now
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detectEntities } from '../src/core/detect';
import { opt } from './lib/args';
import { countByType, prf, type Counts, type ScoredSpan } from './lib/score';

const root = resolve(__dirname, '..');
const dataDir = join(root, 'test/data');
const below = opt('below', 0.92);

const setNumber = (d: string): number => (d === 'heldout' ? 1 : Number(d.slice('heldout'.length)));
const sets = readdirSync(dataDir)
  .filter((d) => /^heldout\d*$/.test(d))
  .sort((a, b) => setNumber(a) - setNumber(b));

interface Row {
  set: string;
  articles: number;
  gold: number;
  exact: number;
  overlap: number;
  first?: { exact: number; overlap: number };
}

/** The "ALL" rows of the exact and overlap tables score-dir printed into first-blind-run.txt. */
function firstRun(dir: string): Row['first'] {
  const file = join(dir, 'first-blind-run.txt');
  if (!existsSync(file)) return undefined;
  const f1 = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('ALL '))
    .map((l) => Number(l.trim().split(/\s+/)[3]));
  return f1.length >= 2 && f1.every((x) => !Number.isNaN(x)) ? { exact: f1[0], overlap: f1[1] } : undefined;
}

const pooled = { exact: { tp: 0, fp: 0, fn: 0 }, overlap: { tp: 0, fp: 0, fn: 0 } };
const add = (into: Counts, c: Counts | undefined): void => {
  if (!c) return;
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
};
const rows: Row[] = [];
for (const set of sets) {
  const dir = join(dataDir, set);
  const golds = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort();
  const exact = { tp: 0, fp: 0, fn: 0 };
  const overlap = { tp: 0, fp: 0, fn: 0 };
  let gold = 0;
  for (const g of golds) {
    const doc = JSON.parse(readFileSync(join(dir, g), 'utf8')) as { file: string; entities: ScoredSpan[] };
    const pred = detectEntities(readFileSync(join(dir, doc.file), 'utf8'));
    gold += doc.entities.length;
    add(exact, countByType('exact', doc.entities, pred).get('ALL'));
    add(overlap, countByType('overlap', doc.entities, pred).get('ALL'));
  }
  add(pooled.exact, exact);
  add(pooled.overlap, overlap);
  rows.push({ set, articles: golds.length, gold, exact: prf(exact).f1, overlap: prf(overlap).f1, first: firstRun(dir) });
}

const f = (x: number | undefined): string => (x === undefined ? '    -' : x.toFixed(3));
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(`${'set'.padEnd(12)} ${'articles'.padStart(8)} ${'gold'.padStart(6)}   first run (as recorded) exact / overlap   now exact / overlap`);
for (const r of rows) {
  console.log(`${r.set.padEnd(12)} ${String(r.articles).padStart(8)} ${String(r.gold).padStart(6)}   ${f(r.first?.exact)} / ${f(r.first?.overlap)}${' '.repeat(24)}${f(r.exact)} / ${f(r.overlap)}`);
}
const withFirst = rows.filter((r) => r.first);
const articles = rows.reduce((a, r) => a + r.articles, 0);
const gold = rows.reduce((a, r) => a + r.gold, 0);
console.log(`\n${rows.length} sets, ${articles} articles, ${gold} gold entities`);
console.log(`mean of the sets now:                 exact ${f(mean(rows.map((r) => r.exact)))}  overlap ${f(mean(rows.map((r) => r.overlap)))}`);
console.log(`micro over all articles now:          exact ${f(prf(pooled.exact).f1)}  overlap ${f(prf(pooled.overlap).f1)}`);
if (withFirst.length) {
  console.log(`mean of the first runs (${withFirst.length} sets, as recorded): exact ${f(mean(withFirst.map((r) => r.first?.exact ?? 0)))}  overlap ${f(mean(withFirst.map((r) => r.first?.overlap ?? 0)))}`);
}
const low = rows.filter((r) => r.overlap < below);
console.log(`sets below ${below} overlap now: ${low.length ? low.map((r) => `${r.set} (${f(r.exact)} / ${f(r.overlap)})`).join(', ') : 'none'}`);
