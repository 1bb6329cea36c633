/**
 * Entity accuracy on annotated articles: exact and overlap micro P/R/F1 per type.
 *
 *   npx tsx bench/accuracy.ts                  # samples (test/data/gold) and test/data/dev-extra
 *   npx tsx bench/accuracy.ts --peer compromise  # also compromise's scores
 *   npx tsx bench/accuracy.ts --errors         # list misses and false alarms
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detectEntities } from '../src/core/detect';
import { addCounts, countByType, formatTable, matchExact, prf, type Counts, type ScoredSpan } from './lib/score';
import { compromiseEntities } from './lib/peers';

interface GoldEntity extends ScoredSpan {
  text: string;
}
interface GoldFile {
  file: string;
  entities: GoldEntity[];
}

const root = resolve(__dirname, '..');
const args = process.argv.slice(2);
const peer = args.includes('--peer') ? args[args.indexOf('--peer') + 1] : undefined;
const showErrors = args.includes('--errors');

function loadSet(goldDir: string, textDirs: string[]): Array<{ name: string; text: string; gold: GoldEntity[] }> {
  if (!existsSync(goldDir)) return [];
  const out = [];
  for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.gold.json')).sort()) {
    const g = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldFile;
    const dir = textDirs.find((d) => existsSync(join(d, g.file)));
    if (!dir) throw new Error(`text of ${f} not found`);
    out.push({ name: g.file, text: readFileSync(join(dir, g.file), 'utf8'), gold: g.entities });
  }
  return out;
}

const sets = [
  { title: 'samples (test/data/gold)', docs: loadSet(join(root, 'test/data/gold'), [join(root, 'samples')]) },
  { title: 'dev-extra (test/data/dev-extra)', docs: loadSet(join(root, 'test/data/dev-extra'), [join(root, 'test/data/dev-extra')]) },
];

function score(docs: Array<{ text: string; gold: GoldEntity[] }>, predict: (t: string) => ScoredSpan[]) {
  const exact = new Map<string, Counts>();
  const overlap = new Map<string, Counts>();
  for (const d of docs) {
    const pred = predict(d.text);
    addCounts(exact, countByType('exact', d.gold, pred));
    addCounts(overlap, countByType('overlap', d.gold, pred));
  }
  return { exact, overlap };
}

for (const set of sets) {
  if (!set.docs.length) continue;
  const ours = score(set.docs, (t) => detectEntities(t));
  console.log(`\n=== ${set.title}: ${set.docs.length} articles, ${set.docs.reduce((n, d) => n + d.gold.length, 0)} gold entities`);
  console.log(formatTable('exact (ours)', ours.exact));
  console.log(formatTable('overlap (ours)', ours.overlap));
  const ex = prf(ours.exact.get('ALL') ?? { tp: 0, fp: 0, fn: 0 });
  const ov = prf(ours.overlap.get('ALL') ?? { tp: 0, fp: 0, fn: 0 });
  console.log(`SUMMARY ${set.title}: exact F1 ${ex.f1.toFixed(3)}  overlap F1 ${ov.f1.toFixed(3)}`);
  if (peer === 'compromise') {
    const theirs = score(set.docs, compromiseEntities);
    console.log(formatTable('exact (compromise)', theirs.exact));
    console.log(formatTable('overlap (compromise)', theirs.overlap));
  }
  if (showErrors) {
    for (const d of set.docs) {
      const pred = detectEntities(d.text);
      const pairs = matchExact(d.gold, pred);
      const hitG = new Set(pairs.map(([i]) => i));
      const hitP = new Set(pairs.map(([, j]) => j));
      const lines: string[] = [];
      d.gold.forEach((g, i) => { if (!hitG.has(i)) lines.push(`  MISS ${g.type.padEnd(12)} ${JSON.stringify(g.text)} @${g.start}`); });
      pred.forEach((p, j) => { if (!hitP.has(j)) lines.push(`  FALSE ${p.type.padEnd(11)} ${JSON.stringify(p.text)} @${p.start}`); });
      if (lines.length) console.log(`-- ${d.name}\n${lines.join('\n')}`);
    }
  }
}
