/**
 * The means of the held-out sets' blind first runs as the README's table records them (with each set's post-scoring gold
 * corrections, which its own README recomputes by hand): all sets, those written in the samples' own form (NYT pages as
 * Markdown: the table's subject says "samples'", or heldout50, NYT articles from damaged OCR saves), and the others, over
 * a range of sets and in rounds of six. `bench/heldout.ts` prints the first runs as `first-blind-run.txt` recorded them,
 * before the corrections.
 *
 *   npx tsx bench/first-runs.ts [--from 363] [--to 410] [--round 6]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { opt } from './lib/args';

interface Row {
  n: number;
  samplesForm: boolean;
  gold: number;
  exact: number;
  overlap: number;
}

const from = opt('from', 0);
const to = opt('to', Infinity);
const round = opt('round', 6);
const ROW = /^\| `test\/data\/heldout(\d*)` \((.*)\) \| \d+ \| ([\d,]+) \| ([\d.]+) \/ ([\d.]+) \|/;

const rows: Row[] = [];
for (const line of readFileSync(resolve(__dirname, '../README.md'), 'utf8').split('\n')) {
  const m = ROW.exec(line);
  if (!m) continue;
  const n = Number(m[1] || 1);
  if (n < from || n > to) continue;
  rows.push({ n, samplesForm: m[2].includes("samples'") || n === 50, gold: Number(m[3].replace(/,/g, '')), exact: Number(m[4]), overlap: Number(m[5]) });
}

function line(label: string, rs: readonly Row[]): string {
  if (!rs.length) return `${label.padEnd(24)} none`;
  const mean = (f: (r: Row) => number): string => (rs.reduce((s, r) => s + f(r), 0) / rs.length).toFixed(3);
  const gold = rs.reduce((s, r) => s + r.gold, 0);
  return `${label.padEnd(24)} ${String(rs.length).padStart(4)} sets  ${String(gold).padStart(7)} gold  exact ${mean((r) => r.exact)}  overlap ${mean((r) => r.overlap)}  lowest exact ${Math.min(...rs.map((r) => r.exact)).toFixed(3)}`;
}

console.log(`first runs as the README's table records them, heldout${from || 1}–${Number.isFinite(to) ? to : 'last'}`);
console.log(line('all', rows));
console.log(line("samples' form", rows.filter((r) => r.samplesForm)));
console.log(line('other forms', rows.filter((r) => !r.samplesForm)));
if (from > 0) {
  for (let a = from; a <= Math.min(to, Math.max(...rows.map((r) => r.n))); a += round) {
    const rs = rows.filter((r) => r.n >= a && r.n < a + round);
    console.log(line(`  heldout${a}–${a + round - 1}`, rs) + `   (samples' form: ${line('', rs.filter((r) => r.samplesForm)).trim()})`);
  }
}
