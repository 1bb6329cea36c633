import type { Anchor, AnnotationDoc } from '../model';
import { CONTEXT_LENGTH } from './context';
import { ACCEPT, anchoredAt, findAnchor, nearerWithContext, nearestWithContext, type AnchorMethod } from './find';
import { shiftAnchor, type TextChange } from './shift';
import { sha256 } from '../store/hash';

/** Where an anchor lives in the document. */
export type AnchorOwner =
  | { kind: 'mention'; entityId: string; index: number }
  | { kind: 'claim'; claimId: string }
  | { kind: 'rejected'; index: number };

export interface OwnedAnchor {
  anchor: Anchor;
  owner: AnchorOwner;
}

/** Every anchor of the document (mentions, claims, rejected suggestions), in document order. */
export function anchorsOf(doc: AnnotationDoc): OwnedAnchor[] {
  const out: OwnedAnchor[] = [];
  for (const e of doc.entities) e.mentions.forEach((m, index) => out.push({ anchor: m, owner: { kind: 'mention', entityId: e.id, index } }));
  for (const c of doc.claims) out.push({ anchor: c, owner: { kind: 'claim', claimId: c.id } });
  doc.rejected.forEach((r, index) => out.push({ anchor: r, owner: { kind: 'rejected', index } }));
  return out;
}

export interface ShiftReport {
  moved: number;
  edited: number;
  /** Anchors the edit orphaned (an edit across a boundary or over the whole span). */
  orphaned: OwnedAnchor[];
}

/**
 * Applies one editor change to every anchor of `doc`, in place, from the offsets alone (no
 * re-scan of the text): O(number of anchors) with tiny constants, meant to run per keystroke.
 * The changes of one VS Code event all refer to the text before the event: apply them sorted by
 * descending `rangeOffset` so earlier offsets stay valid.
 */
export function shiftAnchors(doc: AnnotationDoc, change: TextChange): ShiftReport {
  const report: ShiftReport = { moved: 0, edited: 0, orphaned: [] };
  const visit = (anchor: Anchor, owner: () => AnchorOwner): void => {
    const r = shiftAnchor(anchor, change);
    if (r === 'moved') report.moved++;
    else if (r === 'edited') report.edited++;
    else if (r === 'orphaned') report.orphaned.push({ anchor, owner: owner() });
  };
  for (const e of doc.entities) {
    const ms = e.mentions;
    for (let i = 0; i < ms.length; i++) visit(ms[i], () => ({ kind: 'mention', entityId: e.id, index: i }));
  }
  for (const c of doc.claims) visit(c, () => ({ kind: 'claim', claimId: c.id }));
  const rs = doc.rejected;
  for (let i = 0; i < rs.length; i++) visit(rs[i], () => ({ kind: 'rejected', index: i }));
  return report;
}

export interface ReanchorReport {
  /** Anchors found where they were. */
  unchanged: number;
  /** Found elsewhere verbatim. */
  moved: number;
  /** Found by fuzzy match: the quote was updated to the new text. */
  fuzzy: OwnedAnchor[];
  /** Orphaned before and found again. */
  revived: OwnedAnchor[];
  /** Not found with confidence: kept, flagged `orphaned: true`. */
  orphaned: OwnedAnchor[];
}

/** Sets the anchor to `[start, end)` of `text`, refreshing quote and context. */
export function placeAnchor(a: Anchor, text: string, start: number, end: number): void {
  a.start = start;
  a.end = end;
  a.quote = text.slice(start, end);
  a.prefix = text.slice(Math.max(0, start - CONTEXT_LENGTH), start);
  a.suffix = text.slice(end, end + CONTEXT_LENGTH);
  delete a.orphaned;
}

/**
 * Re-finds every anchor of `doc` in `text` (the article changed while closed, or after a batch of
 * live edits), in place, and records the text's sha256. Never drops an anchor: what cannot be found
 * with confidence is flagged `orphaned` and keeps its old quote, context and offsets. Orphans are
 * retried, so an article restored to its old text revives them.
 *
 * Fast path: anchors are visited by old position and each first tries its old offset moved by the
 * shift its predecessor showed, so an edit near the start of a big article costs O(1) per anchor.
 * Mentions of one entity never land on the same span twice.
 */
export function reanchorDoc(doc: AnnotationDoc, text: string): ReanchorReport {
  const report: ReanchorReport = { unchanged: 0, moved: 0, fuzzy: [], revived: [], orphaned: [] };
  const all = anchorsOf(doc).sort((x, y) => (x.anchor.start - y.anchor.start) || (x.anchor.end - y.anchor.end));
  // Spans taken per entity, as start * 2^26 + end (articles are far below 2^26 characters).
  const taken = new Map<string, { set: Set<number>; opts: { exclude: (s: number, e: number) => boolean } }>();
  const key = (s: number, e: number): number => s * 67108864 + e;
  const takenBy = (o: OwnedAnchor) => {
    if (o.owner.kind !== 'mention') return undefined;
    let t = taken.get(o.owner.entityId);
    if (!t) {
      const set = new Set<number>();
      taken.set(o.owner.entityId, (t = { set, opts: { exclude: (s, e) => set.has(key(s, e)) } }));
    }
    return t;
  };
  const none = {};
  const resolved = new Array<number | undefined>(all.length);
  const noContext = new Array<boolean>(all.length);
  // Pass 1: anchors still in place, or moved by the running shift, with their full context.
  let delta = 0;
  for (let i = 0; i < all.length; i++) {
    const a = all[i].anchor;
    if (!a.quote || !Number.isInteger(a.start)) continue;
    const t = takenBy(all[i]);
    const opts = t ? t.opts : none;
    let d: number | undefined;
    if (anchoredAt(a, text, a.start, opts)) d = 0;
    else if (delta && anchoredAt(a, text, a.start + delta, opts) && !nearerWithContext(a, text, a.start, a.start + delta)) d = delta;
    else {
      // Learn the shift from where the quote sits with its full stored context, nearest first.
      const p = nearestWithContext(a, text, a.start, opts);
      if (p !== undefined) d = p - a.start;
      else noContext[i] = true;
    }
    if (d !== undefined) {
      resolved[i] = d;
      delta = d;
      t?.set.add(key(a.start + d, a.start + d + a.quote.length));
    }
  }
  // Pass 2: the rest, searched with the shift of the nearest resolved predecessor as a hint.
  let hint = 0;
  const budget = { chars: ACCEPT.fuzzyBudgetChars };
  for (let i = 0; i < all.length; i++) {
    const o = all[i];
    const a = o.anchor;
    const d = resolved[i];
    if (d !== undefined) {
      hint = d;
      const wasOrphan = a.orphaned === true;
      if (d === 0 && !wasOrphan) report.unchanged++;
      else if (wasOrphan) report.revived.push(o);
      else report.moved++;
      if (d !== 0 || wasOrphan) placeAnchor(a, text, a.start + d, a.start + d + a.quote.length);
      continue;
    }
    const t = takenBy(o);
    const found = findAnchor(a, text, { delta: hint, exclude: t?.opts.exclude, budget, noContextMatch: noContext[i] === true });
    if (!found) {
      a.orphaned = true;
      report.orphaned.push(o);
      continue;
    }
    t?.set.add(key(found.start, found.end));
    const wasOrphan = a.orphaned === true;
    record(report, o, found.method, wasOrphan);
    placeAnchor(a, text, found.start, found.end);
  }
  doc.article.sha256 = sha256(text);
  return report;
}

function record(report: ReanchorReport, o: OwnedAnchor, method: AnchorMethod, wasOrphan: boolean): void {
  if (wasOrphan) report.revived.push(o);
  else if (method === 'fuzzy') report.fuzzy.push(o);
  else report.moved++;
}
