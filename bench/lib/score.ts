/**
 * Span scoring shared by the accuracy benchmarks (entities here, claims in the claims bench).
 * Micro-averaged precision/recall/F1, per type and overall, in two modes:
 * - exact: same start, end and type;
 * - overlap: same type and at least one shared character, matched one-to-one greedily by overlap
 *   length (a gold span split in two predictions is one hit and one false positive).
 */

export interface ScoredSpan {
  start: number;
  end: number;
  type: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export type Mode = 'exact' | 'overlap';

/** A matched (gold index, predicted index) pair. */
export type Pair = [number, number];

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

function overlapLength(a: ScoredSpan, b: ScoredSpan): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/** Exact matches: identical (start, end, type); each span used at most once. */
export function matchExact(gold: readonly ScoredSpan[], pred: readonly ScoredSpan[]): Pair[] {
  const byKey = new Map<string, number[]>();
  pred.forEach((p, j) => {
    const k = `${p.start}:${p.end}:${p.type}`;
    const list = byKey.get(k);
    if (list) list.push(j);
    else byKey.set(k, [j]);
  });
  const pairs: Pair[] = [];
  gold.forEach((g, i) => {
    const list = byKey.get(`${g.start}:${g.end}:${g.type}`);
    const j = list?.shift();
    if (j !== undefined) pairs.push([i, j]);
  });
  return pairs;
}

/**
 * Overlap matches: all (gold, pred) pairs of the same type sharing ≥ 1 character, taken greedily
 * by decreasing overlap length (ties: earlier gold, then earlier prediction), one-to-one.
 * `sameType` can be relaxed by callers that match spans of a single kind (claims).
 */
export function matchOverlap(
  gold: readonly ScoredSpan[],
  pred: readonly ScoredSpan[],
  sameType: (g: ScoredSpan, p: ScoredSpan) => boolean = (g, p) => g.type === p.type,
): Pair[] {
  const cands: Array<[number, number, number]> = [];
  const sortedPred = pred.map((p, j) => ({ p, j })).sort((a, b) => a.p.start - b.p.start);
  gold.forEach((g, i) => {
    for (const { p, j } of sortedPred) {
      if (p.start >= g.end) break;
      const len = overlapLength(g, p);
      if (len > 0 && sameType(g, p)) cands.push([len, i, j]);
    }
  });
  cands.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Pair[] = [];
  for (const [, i, j] of cands) {
    if (usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i);
    usedP.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

export function match(mode: Mode, gold: readonly ScoredSpan[], pred: readonly ScoredSpan[]): Pair[] {
  return mode === 'exact' ? matchExact(gold, pred) : matchOverlap(gold, pred);
}

/** Per-type and overall ("ALL") counts for one document; add documents with `addCounts`. */
export function countByType(mode: Mode, gold: readonly ScoredSpan[], pred: readonly ScoredSpan[]): Map<string, Counts> {
  const pairs = match(mode, gold, pred);
  const out = new Map<string, Counts>();
  const get = (t: string): Counts => {
    let c = out.get(t);
    if (!c) out.set(t, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  const hitG = new Set(pairs.map(([i]) => i));
  const hitP = new Set(pairs.map(([, j]) => j));
  gold.forEach((g, i) => {
    if (hitG.has(i)) get(g.type).tp++;
    else get(g.type).fn++;
  });
  pred.forEach((p, j) => {
    if (!hitP.has(j)) get(p.type).fp++;
  });
  const all = { tp: 0, fp: 0, fn: 0 };
  for (const c of out.values()) addInto(all, c);
  out.set('ALL', all);
  return out;
}

function addInto(into: Counts, c: Counts): void {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
}

export function addCounts(into: Map<string, Counts>, more: Map<string, Counts>): void {
  for (const [t, c] of more) {
    const cur = into.get(t);
    if (cur) addInto(cur, c);
    else into.set(t, { ...c });
  }
}

/** A fixed-width table: type, P, R, F1, tp/fp/fn; "ALL" last. */
export function formatTable(title: string, counts: Map<string, Counts>): string {
  const types = [...counts.keys()].filter((t) => t !== 'ALL').sort();
  types.push('ALL');
  const pct = (x: number): string => x.toFixed(3).padStart(6);
  const lines = [title, `${'type'.padEnd(14)}${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   tp/fp/fn`];
  for (const t of types) {
    const c = counts.get(t);
    if (!c) continue;
    const s = prf(c);
    lines.push(`${t.padEnd(14)}${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   ${c.tp}/${c.fp}/${c.fn}`);
  }
  return lines.join('\n');
}
