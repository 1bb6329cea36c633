import type { Anchor } from '../model';

/** One edit of the article text: `[start, end)` of the text before the edit was replaced by `text`. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

/** What an edit did to one anchor. */
export type ShiftOutcome = 'unchanged' | 'moved' | 'edited' | 'orphaned';

function mapPos(p: number, c: TextChange, delta: number, side: 'start' | 'end'): number {
  if (p <= c.start) return p;
  if (p >= c.end) return p + delta;
  return side === 'start' ? c.start : c.start + c.text.length;
}

/**
 * Moves `a` (in place) for an edit made in the editor, without looking at the rest of the text.
 * - edit entirely before the span (insertion at its start included): the span moves;
 * - edit entirely after it (insertion at its end included): unchanged;
 * - edit strictly inside the span: the span grows or shrinks and its quote takes the edit, so it
 *   keeps covering the same words (typo fixed inside a name);
 * - edit that crosses a boundary of the span or replaces it whole: the span is orphaned (kept with
 *   its old quote and context, positions mapped near the edit), to be re-found by `findAnchor`
 *   if the text comes back (undo).
 * Orphans only move.
 */
export function shiftAnchor(a: Anchor, c: TextChange): ShiftOutcome {
  const delta = c.text.length - (c.end - c.start);
  if (a.end <= c.start) return 'unchanged';
  if (a.start >= c.end) {
    if (delta === 0) return 'unchanged';
    a.start += delta;
    a.end += delta;
    return 'moved';
  }
  const inside = c.start >= a.start && c.end <= a.end && !(c.start === a.start && c.end === a.end);
  if (inside && !a.orphaned) {
    const quote = a.quote.slice(0, c.start - a.start) + c.text + a.quote.slice(c.end - a.start);
    if (quote.length > 0) {
      a.quote = quote;
      a.end += delta;
      return 'edited';
    }
  }
  const start = mapPos(a.start, c, delta, 'start');
  a.end = Math.max(start, mapPos(a.end, c, delta, 'end'));
  a.start = start;
  if (a.orphaned) return 'moved';
  a.orphaned = true;
  return 'orphaned';
}
