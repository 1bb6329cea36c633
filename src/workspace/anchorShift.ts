/**
 * Moves in-memory anchors along with text edits made in the editor, so highlights stay on their
 * words between saves (the store issue replaces this with its anchoring engine behind
 * AnnotationStore.applyTextChanges). Pure: no VS Code.
 */
import type { AnnotationDoc, Span } from '../core/model';

/** One replacement, in the offsets of the text before the edit (as VS Code reports changes). */
export interface TextChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

/**
 * Shifts one span through a change. Spans after it move; spans before it stay; a change inside a
 * span stretches or shrinks it (its quote then no longer matches, which the view reports as
 * orphaned until it is re-anchored); a change that covers a span's edge clamps it.
 */
export function shiftSpan(span: Span, change: TextChange): void {
  const from = change.rangeOffset;
  const to = change.rangeOffset + change.rangeLength;
  const delta = change.text.length - change.rangeLength;
  if (span.end <= from) return; // entirely before (an insertion at a span's end does not extend it)
  if (span.start >= to) {
    span.start += delta;
    span.end += delta;
    return;
  }
  // Overlap.
  const newTo = from + change.text.length;
  span.start = span.start < from ? span.start : Math.min(span.start, newTo);
  span.end = span.end > to ? span.end + delta : Math.max(span.start, Math.min(span.end, newTo));
}

/** Applies changes (in the order VS Code reports them for one event) to every anchor of the doc. */
export function shiftDoc(doc: AnnotationDoc, changes: readonly TextChange[]): void {
  // VS Code reports the changes of one event against the text before the event, sorted from the
  // end of the document backwards when they come from one multi-cursor edit; applying them from
  // the highest offset down keeps every offset valid.
  const ordered = [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset);
  for (const change of ordered) {
    for (const e of doc.entities) for (const m of e.mentions) shiftSpan(m, change);
    for (const c of doc.claims) shiftSpan(c, change);
    for (const r of doc.rejected) shiftSpan(r, change);
  }
}
