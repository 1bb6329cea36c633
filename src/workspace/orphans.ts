/**
 * Orphaned annotations: spans whose text could not be found in the article (flagged `orphaned`, or
 * not on their quote). They are kept in the sidecar and listed (Problems panel, side panel) until
 * the user re-attaches them to a selection or deletes them explicitly. Pure: no VS Code, no I/O.
 */
import type { Anchor, AnnotationDoc, Span } from '../core/model';
import { placeAnchor } from '../core/anchor/doc';

export interface Orphan {
  /** `m:<entity id>:<mention index>` or `c:<claim id>`: what the commands take. */
  key: string;
  kind: 'mention' | 'claim';
  /** Entity name or claimant, for lists. */
  label: string;
  /** Entity type, or the claim's kind. */
  type: string;
  quote: string;
  /** Where the span was last seen (a hint: offsets of an orphan may be collapsed). */
  start: number;
  end: number;
}

/** True when the anchor sits on text equal to its quote (and is not flagged orphaned). */
export function isAnchoredOn(a: Anchor, text: string): boolean {
  return !a.orphaned && a.start >= 0 && a.end <= text.length && a.start < a.end && text.slice(a.start, a.end) === a.quote;
}

/** Every orphaned entity mention and claim of `doc`, in position order. */
export function listOrphans(doc: AnnotationDoc, text: string): Orphan[] {
  const out: Orphan[] = [];
  for (const e of doc.entities) {
    e.mentions.forEach((m, i) => {
      if (!isAnchoredOn(m, text)) out.push({ key: `m:${e.id}:${i}`, kind: 'mention', label: e.name, type: e.type, quote: m.quote, start: m.start, end: m.end });
    });
  }
  for (const c of doc.claims) {
    if (!isAnchoredOn(c, text)) out.push({ key: `c:${c.id}`, kind: 'claim', label: c.claimant, type: c.kind, quote: c.quote, start: c.start, end: c.end });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

function locate(doc: AnnotationDoc, key: string): { anchor: Anchor; remove: () => void } | undefined {
  const m = /^m:(.+):(\d+)$/.exec(key);
  if (m) {
    const e = doc.entities.find((x) => x.id === m[1]);
    const i = Number(m[2]);
    const anchor = e?.mentions[i];
    if (!e || !anchor) return undefined;
    return {
      anchor,
      remove: () => {
        e.mentions.splice(i, 1);
        if (!e.mentions.length) doc.entities = doc.entities.filter((x) => x !== e);
      },
    };
  }
  const c = key.startsWith('c:') ? doc.claims.find((x) => x.id === key.slice(2)) : undefined;
  return c && { anchor: c, remove: () => { doc.claims = doc.claims.filter((x) => x !== c); } };
}

function orphanAt(doc: AnnotationDoc, text: string, key: string): { anchor: Anchor; remove: () => void } {
  const hit = locate(doc, key);
  if (!hit) throw new RangeError(`no annotation ${key} (the sidecar changed meanwhile?)`);
  if (isAnchoredOn(hit.anchor, text)) throw new RangeError(`"${hit.anchor.quote}" is not orphaned: it sits on its text`);
  return hit;
}

/**
 * Re-attaches the orphan `key` to `span` of `text`: its offsets, quote and context become those of
 * the span. When the entity already has a mention exactly there, the orphan is dropped instead (it
 * would be a duplicate). Returns the quote it now has.
 */
export function reattachOrphan(doc: AnnotationDoc, text: string, key: string, span: Span): { quote: string; merged: boolean } {
  if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= text.length)) {
    throw new RangeError(`span ${span.start}–${span.end} is not inside the article (length ${text.length})`);
  }
  const hit = orphanAt(doc, text, key);
  const entity = key.startsWith('m:') ? doc.entities.find((e) => e.mentions.includes(hit.anchor)) : undefined;
  if (entity?.mentions.some((m) => m !== hit.anchor && isAnchoredOn(m, text) && m.start === span.start && m.end === span.end)) {
    hit.remove();
    return { quote: text.slice(span.start, span.end), merged: true };
  }
  placeAnchor(hit.anchor, text, span.start, span.end);
  entity?.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return { quote: hit.anchor.quote, merged: false };
}

/** Deletes the orphan `key` (the entity goes with its last mention). Returns its quote. */
export function deleteOrphan(doc: AnnotationDoc, text: string, key: string): string {
  const hit = orphanAt(doc, text, key);
  hit.remove();
  return hit.anchor.quote;
}
