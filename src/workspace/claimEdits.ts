/**
 * Pure edits of an AnnotationDoc's claims made by the editor commands: tag a span as a claim,
 * remove one, set its status or note, reject a proposed claim (remembered as a Rejection of type
 * CLAIM_REJECTION_TYPE), and which detector proposals are still open. No VS Code, no I/O; the
 * store adapter applies them and writes the result.
 */
import { CLAIM_REJECTION_TYPE, type AnnotationDoc, type Claim, type ClaimKind, type ClaimStatus, type ClaimValue, type DetectedClaim, type Rejection, type Span } from '../core/model';
import { newId } from '../core/ids';
import { anchorAt } from './entityEdits';

export interface ClaimFields {
  /** An entity id of the doc or a free name. */
  claimant: string;
  kind: ClaimKind;
  topic: string;
  value?: ClaimValue | null;
  date?: string;
  status?: ClaimStatus;
  note?: string;
}

/** The entity id whose name or alias is `name` (any case), else the name itself. */
export function resolveClaimant(doc: AnnotationDoc | undefined, name: string): string {
  const n = name.trim().toLowerCase();
  if (!doc || !n) return name.trim();
  const byId = doc.entities.find((e) => e.id === name.trim());
  if (byId) return byId.id;
  const e = doc.entities.find((x) => x.name.toLowerCase() === n || (x.aliases ?? []).some((a) => a.toLowerCase() === n));
  return e ? e.id : name.trim();
}

/** What a claimant shows as: the entity's name for an entity id, else the free name. */
export function claimantName(doc: AnnotationDoc | undefined, claimant: string): string {
  return doc?.entities.find((e) => e.id === claimant)?.name ?? claimant;
}

/**
 * Adds a claim on text[span]; a claim already on exactly that span is updated instead (its id,
 * status, note and links kept unless given). A rejection of the span is lifted.
 */
export function tagClaim(doc: AnnotationDoc, text: string, span: Span, fields: ClaimFields): { claim: Claim; created: boolean } {
  const anchor = anchorAt(text, span.start, span.end);
  if (!fields.claimant.trim()) throw new RangeError('a claim needs a claimant');
  if (!fields.topic.trim()) throw new RangeError('a claim needs a topic');
  doc.rejected = doc.rejected.filter((r) => !(r.type === CLAIM_REJECTION_TYPE && r.start === span.start && r.end === span.end));
  const existing = doc.claims.find((c) => c.start === span.start && c.end === span.end && !c.orphaned);
  const claim: Claim = {
    ...anchor,
    id: existing?.id ?? uniqueClaimId(doc),
    claimant: fields.claimant.trim(),
    kind: fields.kind,
    topic: fields.topic.trim(),
    status: fields.status ?? existing?.status ?? 'unverified',
  };
  if (fields.value) claim.value = fields.value;
  if (fields.date) claim.date = fields.date;
  if (existing?.compare?.length) claim.compare = existing.compare;
  const note = fields.note ?? existing?.note;
  if (note) claim.note = note;
  if (existing) doc.claims[doc.claims.indexOf(existing)] = claim;
  else doc.claims.push(claim);
  doc.claims.sort((a, b) => a.start - b.start || a.end - b.end);
  return { claim, created: !existing };
}

export function findClaim(doc: AnnotationDoc, id: string): Claim | undefined {
  return doc.claims.find((c) => c.id === id);
}

/** The innermost non-orphaned claim containing `offset` (start ≤ offset ≤ end). */
export function claimAt(claims: readonly Claim[], offset: number): Claim | undefined {
  let best: Claim | undefined;
  for (const c of claims) {
    if (c.orphaned || offset < c.start || offset > c.end) continue;
    if (!best || c.end - c.start < best.end - best.start) best = c;
  }
  return best;
}

export function removeClaim(doc: AnnotationDoc, id: string): Claim | undefined {
  const claim = findClaim(doc, id);
  if (!claim) return undefined;
  doc.claims = doc.claims.filter((c) => c !== claim);
  // links from other claims of this doc go with it
  for (const c of doc.claims) {
    if (!c.compare) continue;
    c.compare = c.compare.filter((x) => x !== id);
    if (!c.compare.length) delete c.compare;
  }
  return claim;
}

export function setClaimStatus(doc: AnnotationDoc, id: string, status: ClaimStatus): Claim | undefined {
  const claim = findClaim(doc, id);
  if (claim) claim.status = status;
  return claim;
}

/** Sets the note; an empty note removes it. */
export function setClaimNote(doc: AnnotationDoc, id: string, note: string): Claim | undefined {
  const claim = findClaim(doc, id);
  if (!claim) return undefined;
  if (note.trim()) claim.note = note;
  else delete claim.note;
  return claim;
}

/** Remembers that the detector's proposed claim at span is wrong, so it is not proposed again. */
export function rejectProposedClaim(doc: AnnotationDoc, text: string, span: Span): Rejection {
  const existing = doc.rejected.find((r) => r.type === CLAIM_REJECTION_TYPE && r.start === span.start && r.end === span.end);
  if (existing) return existing;
  const rejection: Rejection = { ...anchorAt(text, span.start, span.end), type: CLAIM_REJECTION_TYPE };
  doc.rejected.push(rejection);
  doc.rejected.sort((a, b) => a.start - b.start || a.end - b.end);
  return rejection;
}

/** Detector proposals neither rejected nor overlapping a claim of the doc, by position. */
export function openProposals(detected: readonly DetectedClaim[], doc: AnnotationDoc | undefined): DetectedClaim[] {
  const claims = (doc?.claims ?? []).filter((c) => !c.orphaned);
  const rejected = new Set((doc?.rejected ?? []).filter((r) => r.type === CLAIM_REJECTION_TYPE && !r.orphaned).map((r) => `${r.start}:${r.end}`));
  return detected
    .filter((d) => !rejected.has(`${d.start}:${d.end}`) && !claims.some((c) => c.start < d.end && d.start < c.end))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The item sharing the most text with span; for an empty span (a cursor), the first one containing it. */
export function bestOverlap<T extends Span>(items: readonly T[], span: Span): T | undefined {
  let best: T | undefined;
  let bestLen = -1;
  for (const d of items) {
    const len = Math.min(d.end, span.end) - Math.max(d.start, span.start);
    const touches = span.start === span.end ? d.start <= span.start && span.start <= d.end : len > 0;
    if (touches && len > bestLen) {
      best = d;
      bestLen = len;
    }
  }
  return best;
}

/** A value as words the value parser reads back: "33.3–50 percent", "at least 1,500 families", "around 65 percent". */
export function valueInputText(v: ClaimValue | null | undefined): string {
  if (!v) return '';
  const n = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 1 });
  const unit = v.unit ? ` ${v.unit}` : '';
  const q = v.qualifier && !/vague/.test(v.qualifier) ? `${v.qualifier} ` : '';
  if (v.min !== null && v.max !== null) return v.min === v.max ? `${q}${n(v.min)}${unit}` : `${q}${n(v.min)}–${n(v.max)}${unit}`;
  if (v.min !== null) return `${q || 'at least '}${n(v.min)}${unit}`;
  if (v.max !== null) return `${q || 'up to '}${n(v.max)}${unit}`;
  return v.text;
}

function uniqueClaimId(doc: AnnotationDoc): string {
  const taken = new Set(doc.claims.map((c) => c.id));
  let id = newId('c');
  while (taken.has(id)) id = newId('c');
  return id;
}
