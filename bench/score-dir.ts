/**
 * Score the entity and claim detectors on a directory of NAME.txt + NAME.gold.json (GUIDELINES format).
 *
 *   npx tsx bench/score-dir.ts test/data/heldout            # tables
 *   npx tsx bench/score-dir.ts test/data/heldout --errors   # also every entity/claim error
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detectEntities } from '../src/core/detect';
import { detectClaims } from '../src/core/claims/detect';
import { addCounts, countByType, formatTable, matchExact, matchOverlap, prf, type Counts, type ScoredSpan } from './lib/score';
import { claimantRight, valueRight } from './accuracy-claims';

const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'test/data/heldout');
const showErrors = args.includes('--errors');

interface Gold {
  file: string;
  entities: Array<ScoredSpan & { text: string }>;
  claims: Array<{ start: number; end: number; text: string; claimant: string; kind: string; value: string | null }>;
}
const docs = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort().map((f) => {
  const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold;
  return { gold, text: readFileSync(join(dir, gold.file), 'utf8') };
});

const exact = new Map<string, Counts>();
const overlap = new Map<string, Counts>();
const errs: string[] = [];
const c = { gold: 0, pred: 0, hit: 0, claimant: 0, kind: 0, value: 0 };
for (const { gold, text } of docs) {
  const pred = detectEntities(text);
  addCounts(exact, countByType('exact', gold.entities, pred));
  addCounts(overlap, countByType('overlap', gold.entities, pred));
  const lines: string[] = [];
  const pairs = matchExact(gold.entities, pred);
  const hg = new Set(pairs.map(([i]) => i));
  const hp = new Set(pairs.map(([, j]) => j));
  gold.entities.forEach((g, i) => { if (!hg.has(i)) lines.push(`  MISS  ${g.type.padEnd(12)} ${JSON.stringify(g.text)} @${g.start}`); });
  pred.forEach((p, j) => { if (!hp.has(j)) lines.push(`  FALSE ${p.type.padEnd(12)} ${JSON.stringify(text.slice(p.start, p.end))} @${p.start}`); });

  const pc = detectClaims(text, undefined, {});
  const span = (x: { start: number; end: number }): ScoredSpan => ({ start: x.start, end: x.end, type: 'claim' });
  const cp = matchOverlap(gold.claims.map(span), pc.map(span));
  c.gold += gold.claims.length; c.pred += pc.length; c.hit += cp.length;
  for (const [i, j] of cp) {
    const g = gold.claims[i], p = pc[j];
    const cr = claimantRight(g.claimant, p.claimant), kr = g.kind === p.kind, vr = valueRight(g.value, p.value);
    c.claimant += +cr; c.kind += +kr; c.value += +vr;
    if (!cr || !kr || !vr) lines.push(`  C~ ${JSON.stringify(g.text.slice(0, 60))}${cr ? '' : ` claimant gold=${g.claimant} pred=${p.claimant}`}${kr ? '' : ` kind gold=${g.kind} pred=${p.kind}`}${vr ? '' : ` value gold=${g.value} pred=${p.value ? p.value.text : null}`}`);
  }
  const gi = new Set(cp.map(([i]) => i)), pj = new Set(cp.map(([, j]) => j));
  gold.claims.forEach((g, i) => { if (!gi.has(i)) lines.push(`  C-MISS [${g.claimant}] ${g.text.slice(0, 90)}`); });
  pc.forEach((p, j) => { if (!pj.has(j)) lines.push(`  C-FALSE [${p.claimant}] ${p.text.slice(0, 90)}`); });
  if (lines.length) errs.push(`-- ${gold.file}\n${lines.join('\n')}`);
}
console.log(`=== ${dir}: ${docs.length} articles`);
console.log(formatTable('exact', exact));
console.log(formatTable('overlap', overlap));
const s = prf({ tp: c.hit, fp: c.pred - c.hit, fn: c.gold - c.hit });
const share = (n: number): string => (c.hit ? (n / c.hit).toFixed(3) : '-');
console.log(`claims gold ${c.gold} pred ${c.pred} hit ${c.hit}  P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}  claimant ${share(c.claimant)} kind ${share(c.kind)} value ${share(c.value)}`);
if (showErrors) console.log(errs.join('\n'));
