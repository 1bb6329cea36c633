import type { Anchor, AnnotationDoc, Claim, Entity, Rejection } from '../model';

/** The order keys are written in, per kind of object; keys not listed follow in their own order. */
export const KEY_ORDER = {
  top: ['version', 'article', 'entities', 'claims', 'rejected'],
  article: ['file', 'title', 'source', 'date', 'sha256'],
  entity: ['id', 'name', 'type', 'aliases', 'note', 'mentions'],
  anchor: ['start', 'end', 'quote', 'prefix', 'suffix', 'orphaned'],
  claim: ['id', 'start', 'end', 'quote', 'prefix', 'suffix', 'orphaned', 'claimant', 'kind', 'topic', 'value', 'date', 'status', 'compare', 'note'],
  rejection: ['start', 'end', 'quote', 'prefix', 'suffix', 'orphaned', 'type'],
  value: ['min', 'max', 'unit', 'qualifier', 'text', 'parts'],
} as const;

/** The keys of `obj` in canonical order: those of `order` first, then the others as they come. */
export function orderedKeys(obj: object, order: readonly string[]): string[] {
  const o = obj as Record<string, unknown>;
  const out: string[] = [];
  for (const k of order) if (o[k] !== undefined && Object.prototype.hasOwnProperty.call(o, k)) out.push(k);
  let defined = 0;
  for (const k in o) if (o[k] !== undefined) defined++;
  if (defined > out.length) for (const k in o) if (o[k] !== undefined && !order.includes(k)) out.push(k);
  return out;
}

const byPosition = (a: Anchor, b: Anchor): number => a.start - b.start || a.end - b.end;

function entityPosition(e: Entity): number {
  let min = Infinity;
  for (const m of e.mentions) if (m.start < min) min = m.start;
  return min;
}

/** Entities by first mention (those without mentions last, by name), ties by id. */
export function sortedEntities(entities: Entity[]): Entity[] {
  return entities
    .map((e) => ({ e, p: entityPosition(e) }))
    .sort((x, y) => x.p - y.p || (x.e.name < y.e.name ? -1 : x.e.name > y.e.name ? 1 : 0) || (x.e.id < y.e.id ? -1 : x.e.id > y.e.id ? 1 : 0))
    .map((x) => x.e);
}

export function sortedAnchors<T extends Anchor>(anchors: T[]): T[] {
  return [...anchors].sort(byPosition);
}

export function sortedClaims(claims: Claim[]): Claim[] {
  return [...claims].sort((a, b) => byPosition(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function sortedRejections(rs: Rejection[]): Rejection[] {
  return [...rs].sort((a, b) => byPosition(a, b) || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

/** A copy of `doc` with every list in canonical order (entries by position, mentions by start). */
export function canonicalOrder(doc: AnnotationDoc): AnnotationDoc {
  return {
    ...doc,
    entities: sortedEntities(doc.entities).map((e) => ({ ...e, mentions: sortedAnchors(e.mentions) })),
    claims: sortedClaims(doc.claims),
    rejected: sortedRejections(doc.rejected),
  };
}
