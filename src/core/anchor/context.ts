import search from 'approx-string-match';
import type { Anchor } from '../model';

/** How many characters of context an anchor keeps on each side of its quote. */
export const CONTEXT_LENGTH = 32;

/** The anchor for `text[start, end)`: offsets, quote and up to CONTEXT_LENGTH characters of context. */
export function makeAnchor(text: string, start: number, end: number): Anchor {
  return {
    start,
    end,
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

/** True when the stored context is exactly what surrounds `[start, end)` in `text` (absent context counts as matching). */
export function contextMatchesExactly(a: Anchor, text: string, start: number, end: number): boolean {
  const prefix = a.prefix ?? '';
  const suffix = a.suffix ?? '';
  if (prefix && (start < prefix.length || !text.startsWith(prefix, start - prefix.length))) return false;
  if (suffix && !text.startsWith(suffix, end)) return false;
  return true;
}

/** Similarity in [0, 1] of `pattern` to the best approximate occurrence in `window`, counting the gap to `edge` as errors. */
function sideSimilarity(window: string, pattern: string, edge: 'end' | 'start'): number {
  const matches = search(window, pattern, pattern.length);
  let best = pattern.length;
  for (const m of matches) {
    const gap = edge === 'end' ? window.length - m.end : m.start;
    best = Math.min(best, m.errors + gap);
  }
  return Math.max(0, 1 - best / pattern.length);
}

/**
 * How well the stored prefix and suffix match around a candidate `[start, end)`: the mean of the
 * sides that have stored context, each in [0, 1]; `null` when the anchor stores no context.
 * Small shifts (a character inserted between context and quote) cost one error, not a mismatch.
 */
export function contextSimilarity(a: Anchor, text: string, start: number, end: number): number | null {
  const prefix = a.prefix ?? '';
  const suffix = a.suffix ?? '';
  const scores: number[] = [];
  if (prefix) {
    const slack = 4 + (prefix.length >> 2);
    const window = text.slice(Math.max(0, start - prefix.length - slack), start);
    scores.push(window.endsWith(prefix) ? 1 : sideSimilarity(window, prefix, 'end'));
  }
  if (suffix) {
    const slack = 4 + (suffix.length >> 2);
    const window = text.slice(end, end + suffix.length + slack);
    scores.push(window.startsWith(suffix) ? 1 : sideSimilarity(window, suffix, 'start'));
  }
  if (!scores.length) return null;
  return scores.reduce((s, x) => s + x, 0) / scores.length;
}
