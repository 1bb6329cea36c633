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

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * Edit distance between `pattern` and the best piece of `window` that touches the window's `edge`
 * (its end for a prefix, its start for a suffix): Levenshtein with the far end of the window free.
 * O(pattern × window) with two reused rows, no allocation.
 */
function anchoredDistance(pattern: string, window: string, edge: 'end' | 'start'): number {
  const m = pattern.length;
  const n = window.length;
  if (rowA.length <= n) {
    rowA = new Int32Array(n + 1);
    rowB = new Int32Array(n + 1);
  }
  let prev = rowA;
  let cur = rowB;
  const P = (i: number) => (edge === 'end' ? pattern.charCodeAt(m - 1 - i) : pattern.charCodeAt(i));
  const W = (j: number) => (edge === 'end' ? window.charCodeAt(n - 1 - j) : window.charCodeAt(j));
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const pc = P(i - 1);
    for (let j = 1; j <= n; j++) {
      const sub = prev[j - 1] + (pc === W(j - 1) ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  let best = m;
  for (let j = 0; j <= n; j++) if (prev[j] < best) best = prev[j];
  return best;
}

/** Similarity in [0, 1] of `pattern` to the piece of `window` at its `edge`. */
function sideSimilarity(window: string, pattern: string, edge: 'end' | 'start'): number {
  return Math.max(0, 1 - anchoredDistance(pattern, window, edge) / pattern.length);
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
