import type { Anchor, AnnotationDoc, ArticleMeta } from '../model';
import { stableJson } from './stableJson';

/** A field both sides changed differently. Ours is kept (notes are joined); theirs is reported here. */
export interface MergeConflict {
  where: string;
  field: string;
  ours: unknown;
  theirs: unknown;
}

export interface MergeResult {
  doc: AnnotationDoc;
  conflicts: MergeConflict[];
}

type Obj = Record<string, unknown>;

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return stableJson(a) === stableJson(b);
}

function anchorKey(a: Anchor): string {
  return `${a.start}:${a.end}:${a.quote}`;
}

/**
 * Three-way merge of a set: what either side added is kept, what either side removed from the
 * base is removed (unless the other side changed it), items present on both sides come from ours.
 */
function mergeSet<T>(base: T[], ours: T[], theirs: T[], key: (x: T) => string): T[] {
  // Multiset: equal entries within one list are told apart by their rank, so none collapses.
  const keyed = (list: T[]): Map<string, T> => {
    const count = new Map<string, number>();
    return new Map(list.map((x) => {
      const k = key(x);
      const n = (count.get(k) ?? 0) + 1;
      count.set(k, n);
      return [`${k}#${n}`, x];
    }));
  };
  const b = keyed(base);
  const o = keyed(ours);
  const t = keyed(theirs);
  const out: T[] = [];
  const seen = new Set<string>();
  for (const [k, x] of [...o, ...t]) {
    if (seen.has(k)) continue;
    seen.add(k);
    const inBase = b.get(k);
    if (inBase !== undefined) {
      const ox = o.get(k);
      const tx = t.get(k);
      // Removed by one side and left as it was by the other: removed.
      if (ox === undefined && tx !== undefined && same(tx, inBase)) continue;
      if (tx === undefined && ox !== undefined && same(ox, inBase)) continue;
      if (ox !== undefined && tx !== undefined && !same(ox, tx)) {
        out.push(same(ox, inBase) ? tx : ox);
        continue;
      }
    }
    out.push(o.get(k) ?? x);
  }
  return out;
}

function mergeObject(where: string, base: Obj | undefined, ours: Obj, theirs: Obj, conflicts: MergeConflict[]): Obj {
  const out: Obj = {};
  const keys = [...new Set([...Object.keys(ours), ...Object.keys(theirs)])];
  for (const k of keys) {
    const bv = base?.[k];
    const ov = ours[k];
    const tv = theirs[k];
    let v: unknown;
    if (same(ov, tv)) v = ov;
    else if (same(ov, bv)) v = tv;
    else if (same(tv, bv)) v = ov;
    else if (k === 'mentions' && Array.isArray(ov) && Array.isArray(tv)) {
      v = mergeSet((bv as Anchor[] | undefined) ?? [], ov as Anchor[], tv as Anchor[], anchorKey);
    } else if ((k === 'aliases' || k === 'compare') && Array.isArray(ov) && Array.isArray(tv)) {
      v = mergeSet((bv as string[] | undefined) ?? [], ov as string[], tv as string[], String);
    } else if (k === 'note' && typeof ov === 'string' && typeof tv === 'string') {
      v = `${ov}\n${tv}`;
      conflicts.push({ where, field: k, ours: ov, theirs: tv });
    } else {
      v = ov === undefined ? tv : ov;
      conflicts.push({ where, field: k, ours: ov, theirs: tv });
    }
    if (v !== undefined) out[k] = v;
  }
  return out;
}

function mergeById<T extends { id: string }>(kind: string, base: T[], ours: T[], theirs: T[], conflicts: MergeConflict[]): T[] {
  const b = new Map(base.map((x) => [x.id, x]));
  const t = new Map(theirs.map((x) => [x.id, x]));
  const o = new Map(ours.map((x) => [x.id, x]));
  const out: T[] = [];
  for (const id of new Set([...o.keys(), ...t.keys()])) {
    const bx = b.get(id);
    const ox = o.get(id);
    const tx = t.get(id);
    if (ox && tx) {
      out.push(same(ox, tx) ? ox : (mergeObject(`${kind} ${id}`, bx as Obj | undefined, ox as unknown as Obj, tx as unknown as Obj, conflicts) as unknown as T));
    } else if (ox) {
      // Theirs deleted it: follow unless ours changed it (then keep: nothing is lost).
      if (!(bx && same(ox, bx))) out.push(ox);
    } else if (tx) {
      if (!(bx && same(tx, bx))) out.push(tx);
    }
  }
  return out;
}

/**
 * Merges two versions of a sidecar that both descend from `base`, by id: for "the file changed on
 * disk while we hold unsaved changes" (base = what we loaded, ours = in memory, theirs = disk) and
 * for git's merge driver. Additions from both sides are kept; a deletion applies unless the other
 * side changed the entry; entries changed on both sides merge field by field (mentions, aliases
 * and compare links as sets; notes joined); a field changed differently on both sides keeps ours
 * and is listed in `conflicts`. Inputs are not modified.
 */
export function mergeDocs(base: AnnotationDoc | undefined, ours: AnnotationDoc, theirs: AnnotationDoc): MergeResult {
  const conflicts: MergeConflict[] = [];
  const b = base ?? { ...ours, entities: [], claims: [], rejected: [] };
  const article = mergeObject('article', b.article as unknown as Obj, ours.article as unknown as Obj, theirs.article as unknown as Obj, conflicts) as unknown as ArticleMeta;
  const doc: AnnotationDoc = {
    ...(structuredClone(ours) as AnnotationDoc),
    article,
    entities: structuredClone(mergeById('entity', b.entities, ours.entities, theirs.entities, conflicts)),
    claims: structuredClone(mergeById('claim', b.claims, ours.claims, theirs.claims, conflicts)),
    rejected: structuredClone(mergeSet(b.rejected, ours.rejected, theirs.rejected, (r) => `${r.type}:${anchorKey(r)}`)),
  };
  return { doc, conflicts };
}
