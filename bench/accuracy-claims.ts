/**
 * Claims accuracy: detectClaims against the gold claims (GUIDELINES.md "Metrics used to judge").
 *
 *   npx tsx bench/accuracy-claims.ts            # samples + the extra dev set, summary tables
 *   npx tsx bench/accuracy-claims.ts --verbose  # also every miss, false alarm and wrong field
 *   npx tsx bench/accuracy-claims.ts --cli      # as the command line detects: entities passed, default options, + held-out set
 *
 * Spans: one-to-one overlap matching (bench/lib/score.ts) → precision / recall / F1.
 * On matched pairs: claimant right (case-insensitive, equal or contained either way, leading
 * "the/Mr./Gen./President" ignored), kind right, value right (same numbers: the gold value's numbers
 * equal the predicted figures' min/max rounded, or the numbers written in the predicted value text;
 * null matches null).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { detectClaims } from '../src/core/claims/detect';
import { detectEntities } from '../src/core/detect';
import type { ClaimValue, DetectedClaim } from '../src/core/model';
import { matchOverlap, prf, type ScoredSpan } from './lib/score';

interface GoldClaim {
  start: number;
  end: number;
  text: string;
  claimant: string;
  kind: string;
  topic: string;
  value: string | null;
}

const root = path.resolve(__dirname, '..');
const verbose = process.argv.includes('--verbose');
/** --cli: detect as `detect --json` does (entities passed, default options) on every set. */
const cliPath = process.argv.includes('--cli');

function normName(s: string): string {
  return s.toLowerCase().replace(/[’']/g, "'").replace(/^(the|mr\.?|mrs\.?|ms\.?|gen\.?|general|president|dr\.?)\s+/, '').replace(/\s+/g, ' ').trim();
}

export function claimantRight(gold: string, pred: string): boolean {
  const g = normName(gold);
  const p = normName(pred);
  return !!g && !!p && (g === p || g.includes(p) || p.includes(g));
}

function numbersIn(s: string): Set<number> {
  return new Set([...s.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)].map((m) => Math.round(Number(m[0].replace(/,/g, '')))));
}

export function valueRight(gold: string | null, pred: ClaimValue | null): boolean {
  if (gold === null || pred === null) return gold === null && pred === null;
  const g = numbersIn(gold);
  const figures = pred.parts ?? [pred];
  const fromBounds = new Set<number>();
  for (const f of figures) for (const x of [f.min, f.max]) if (x !== null) fromBounds.add(Math.round(x));
  const fromText = numbersIn(pred.text);
  const same = (a: Set<number>, b: Set<number>): boolean => a.size === b.size && [...a].every((x) => b.has(x));
  return same(g, fromBounds) || same(g, fromText);
}

interface Tally {
  gold: number;
  pred: number;
  matched: number;
  claimant: number;
  kind: number;
  value: number;
  exact: number;
}

function scoreSet(name: string, articlesDir: string, goldDir: string, useParties = true): Tally {
  const t: Tally = { gold: 0, pred: 0, matched: 0, claimant: 0, kind: 0, value: 0, exact: 0 };
  const files = readdirSync(goldDir).filter((f) => f.endsWith('.gold.json')).sort();
  for (const f of files) {
    const gold = JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')) as { file: string; parties?: string[]; claims: GoldClaim[] };
    const text = readFileSync(path.join(articlesDir, gold.file), 'utf8');
    // the extra set names its conflict's parties, as an analyst would in settings; the samples use the default
    const pred = cliPath ? detectClaims(text, detectEntities(text)) : detectClaims(text, undefined, useParties && gold.parties ? { parties: gold.parties } : {});
    const asSpan = (c: { start: number; end: number }): ScoredSpan => ({ start: c.start, end: c.end, type: 'claim' });
    const pairs = matchOverlap(gold.claims.map(asSpan), pred.map(asSpan));
    t.gold += gold.claims.length;
    t.pred += pred.length;
    t.matched += pairs.length;
    const lines: string[] = [];
    for (const [i, j] of pairs) {
      const g = gold.claims[i];
      const p: DetectedClaim = pred[j];
      const cr = claimantRight(g.claimant, p.claimant);
      const kr = g.kind === p.kind;
      const vr = valueRight(g.value, p.value);
      t.claimant += cr ? 1 : 0;
      t.kind += kr ? 1 : 0;
      t.value += vr ? 1 : 0;
      t.exact += g.start === p.start && g.end === p.end ? 1 : 0;
      if (!cr || !kr || !vr) {
        lines.push(`  ~ ${g.text.slice(0, 70)}`);
        if (!cr) lines.push(`      claimant gold=${g.claimant} pred=${p.claimant}`);
        if (!kr) lines.push(`      kind gold=${g.kind} pred=${p.kind}`);
        if (!vr) lines.push(`      value gold=${g.value} pred=${p.value ? p.value.text : null}`);
      }
    }
    const gi = new Set(pairs.map(([i]) => i));
    const pj = new Set(pairs.map(([, j]) => j));
    gold.claims.forEach((g, i) => { if (!gi.has(i)) lines.push(`  - MISSED [${g.claimant}] ${g.text.slice(0, 100)}`); });
    pred.forEach((p, j) => { if (!pj.has(j)) lines.push(`  + FALSE  [${p.claimant}] ${p.text.slice(0, 100)}`); });
    if (verbose && lines.length) console.log(`${name} ${gold.file}\n${lines.join('\n')}`);
  }
  return t;
}

function row(name: string, t: Tally): string {
  const s = prf({ tp: t.matched, fp: t.pred - t.matched, fn: t.gold - t.matched });
  const share = (n: number): string => (t.matched ? (n / t.matched).toFixed(3) : '  -  ');
  return `${name.padEnd(21)} ${String(t.gold).padStart(4)} ${String(t.pred).padStart(4)} ${String(t.matched).padStart(4)}  ${s.precision.toFixed(3)}  ${s.recall.toFixed(3)}  ${s.f1.toFixed(3)}   ${share(t.claimant)}    ${share(t.kind)}  ${share(t.value)}  ${share(t.exact)}`;
}

function main(): void {
  const extra = path.join(root, 'test/data/dev-extra-claims');
  const sets: Array<[string, string, string, boolean]> = [
    ['samples', path.join(root, 'samples'), path.join(root, 'test/data/gold'), true],
    ['dev-extra-claims', extra, extra, true],
    // the same articles with the default (Afghan-war) parties list: how kinds degrade without settings
    ['  default parties', extra, extra, false],
    // written after tuning (same war as the samples, default parties); first run as they came:
    // span F1 0.950, claimant 0.895, kind 0.842, value 1.000 — the generic misses it showed were fixed since
    ['blind set', path.join(extra, 'blind'), path.join(extra, 'blind'), true],
    // other conflicts/politics (Congo–M23, Mozambique's election), default options as the CLI runs;
    // first run as they came: span F1 0.941 (32 of 36 found, no false), claimant 0.750, kind 0.719, value 0.875;
    // after the role-based kinds and claimant rules (gold claimant forms aligned, see make-gold.mjs): F1 0.971, claimant 0.941, kind 1.000, value 0.971
    ['other wars (defaults)', path.join(extra, 'defaults'), path.join(extra, 'defaults'), false],
    // the held-out set written blind by someone else (bench/score-dir.ts scores it too); --cli only, to keep it blind to tuning runs
    ...(cliPath ? [['heldout (blind)', path.join(root, 'test/data/heldout'), path.join(root, 'test/data/heldout'), false] as [string, string, string, boolean]] : []),
  ];
  const rows: string[] = [];
  for (const [name, articles, gold, useParties] of sets) {
    if (!existsSync(gold)) continue;
    rows.push(row(name, scoreSet(name, articles, gold, useParties)));
  }
  console.log('\nclaims accuracy (span: one-to-one overlap; fields: share of matched pairs)');
  console.log('set                   gold pred  hit  prec   rec    F1      claimant kind   value  exact-span');
  for (const r of rows) console.log(r);
  console.log('targets on samples: span F1 >= 0.80, claimant >= 0.85, kind >= 0.80');
}

if (require.main === module) main();
