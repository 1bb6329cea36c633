import search from 'approx-string-match';
import type { Anchor } from '../model';
import { contextMatchesExactly, contextSimilarity } from './context';

/**
 * Re-finding a stored anchor in a changed text. Order of preference:
 *   1. position: the quote is still at the old offsets (or at the old offsets moved by the shift
 *      the previous anchors of the same document showed) with its context around it;
 *   2. exact: the quote occurs verbatim; context decides between occurrences, nearness breaks ties;
 *   3. fuzzy: an approximate occurrence scored on quote, context and distance, accepted only above
 *      the floor below (ACCEPT); otherwise the anchor is orphaned (null), never attached elsewhere.
 */
export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

export interface Found {
  start: number;
  end: number;
  method: AnchorMethod;
  /** In [0, 1]; 1 for an exact match with its context. */
  score: number;
}

export interface FindOptions {
  /** Shift observed on nearby anchors (new start - old start); tried right after the old position. */
  delta?: number;
  /** Spans that must not be chosen (e.g. already taken by another mention of the same entity). */
  exclude?: (start: number, end: number) => boolean;
  /**
   * Characters the whole-text fuzzy search may still scan, shared by the anchors of one document
   * (decremented). When spent, fuzzy search looks near the expected position only, so a big
   * deletion costs seconds at most, not minutes; orphans are retried on the next re-anchor.
   */
  budget?: { chars: number };
  /** The caller already knows the quote with its full context occurs nowhere (skip that search). */
  noContextMatch?: boolean;
}

/** The floors of the fuzzy step. Below them a span is orphaned. */
export const ACCEPT = {
  /** Fraction of quote characters that must match (1 - errors / quote length). */
  minQuoteSimilarity: 0.6,
  /** Quotes shorter than this need one error at most and corroboration by context (position is not enough). */
  shortQuote: 8,
  /** Context similarity (prefix/suffix) that counts as corroboration. */
  minContext: 0.5,
  /** Without stored context, a quote-only fuzzy match must be at least this long. */
  minQuoteOnlyLength: 12,
  /** Max exact occurrences scored per anchor (nearest first). */
  maxCandidates: 32,
  /** Half-width of the window searched fuzzily around the expected position before the whole text. */
  fuzzyWindow: 4096,
  /** Default budget of whole-text fuzzy search per document re-anchor, in characters scanned. */
  fuzzyBudgetChars: 30_000_000,
};

function hasPosition(a: Anchor): boolean {
  return Number.isInteger(a.start) && Number.isInteger(a.end);
}

/** Position-proximity score in [0, 1]: 1 at the expected position, falling with distance. */
function nearness(dist: number, quoteLength: number): number {
  return 1 / (1 + dist / Math.max(64, quoteLength));
}

/** True when `a`'s quote sits at `p` in `text` with its stored context around it (and `p` is not excluded). */
export function anchoredAt(a: Anchor, text: string, p: number, opts: FindOptions = {}): boolean {
  if (p < 0 || p + a.quote.length > text.length) return false;
  if (!text.startsWith(a.quote, p)) return false;
  if (opts.exclude?.(p, p + a.quote.length)) return false;
  return contextMatchesExactly(a, text, p, p + a.quote.length);
}

/** Exact occurrences of the quote, nearest to `expected` first, at most `limit` (lazily). */
function* occurrences(text: string, quote: string, expected: number, limit: number): Generator<number> {
  let fwd = text.indexOf(quote, expected);
  // Occurrences before `expected`, found with forward searches in windows growing backwards
  // (lastIndexOf scans slowly); `back` holds those of the current window, nearest last.
  const back: number[] = [];
  let hi = expected;
  let span = 4096;
  const refill = (): void => {
    while (!back.length && hi > 0) {
      const lo = Math.max(0, hi - span);
      for (let i = text.indexOf(quote, lo); i >= 0 && i < hi; i = text.indexOf(quote, i + 1)) back.push(i);
      hi = lo;
      span *= 2;
    }
  };
  refill();
  for (let n = 0; n < limit; n++) {
    const b = back.length ? back[back.length - 1] : -1;
    if (fwd < 0 && b < 0) return;
    if (fwd >= 0 && (b < 0 || fwd - expected <= expected - b)) {
      yield fwd;
      fwd = text.indexOf(quote, fwd + 1);
    } else {
      back.pop();
      yield b;
      refill();
    }
  }
}

/**
 * Where the quote sits with its full stored context (prefix + quote + suffix verbatim), nearest
 * to `expected`: one pair of string searches for the whole stored string, which is distinctive
 * even when the quote alone ("Taliban") occurs hundreds of times. How a re-anchor learns how far
 * an edit moved the text.
 */
export function nearestWithContext(a: Anchor, text: string, expected: number, opts: FindOptions = {}): number | undefined {
  const prefix = a.prefix ?? '';
  const probe = prefix + a.quote + (a.suffix ?? '');
  const from = Math.min(Math.max(0, expected - prefix.length), text.length);
  const ok = (i: number): boolean => !opts.exclude?.(i + prefix.length, i + prefix.length + a.quote.length);
  let fwd = text.indexOf(probe, from);
  for (let tries = 0; fwd >= 0 && !ok(fwd); tries++) fwd = tries < 16 ? text.indexOf(probe, fwd + 1) : -1;
  // Backwards with forward searches only (lastIndexOf scans slowly): the last acceptable
  // occurrence before `from` that is no farther than the forward one.
  const lo = fwd >= 0 ? Math.max(0, from - (fwd - from)) : 0;
  let back = -1;
  for (let i = text.indexOf(probe, lo); i >= 0 && i < from; i = text.indexOf(probe, i + 1)) if (ok(i)) back = i;
  if (fwd < 0 && back < 0) return undefined;
  const at = fwd >= 0 && (back < 0 || fwd - from <= from - back) ? fwd : back;
  return at + prefix.length;
}

/**
 * True when the quote also sits with its full context closer to `oldStart` than `candidate`
 * (looking at most 16384 characters away): then a shift learned from neighbouring spans must not
 * be applied blindly (repeated passages would send the span to the wrong copy).
 */
export function nearerWithContext(a: Anchor, text: string, oldStart: number, candidate: number): boolean {
  const dist = Math.min(Math.abs(candidate - oldStart), 16384);
  if (dist <= 0) return false;
  const prefix = a.prefix ?? '';
  const probe = prefix + a.quote + (a.suffix ?? '');
  const lo = Math.max(0, oldStart - dist - prefix.length);
  const w = text.slice(lo, Math.min(text.length, oldStart + dist + probe.length));
  for (let i = w.indexOf(probe); i >= 0; i = w.indexOf(probe, i + 1)) {
    const p = lo + i + prefix.length;
    if (p !== candidate && Math.abs(p - oldStart) < Math.abs(candidate - oldStart)) return true;
  }
  return false;
}

function findExact(a: Anchor, text: string, expected: number | null, opts: FindOptions): Found | null {
  const quote = a.quote;
  const from = expected ?? 0;
  // Nearest occurrence with its full context: nothing can beat it.
  const withContext = opts.noContextMatch ? undefined : nearestWithContext(a, text, from, opts);
  if (withContext !== undefined) return { start: withContext, end: withContext + quote.length, method: 'exact', score: 1 };
  let best: Found | null = null;
  for (const p of occurrences(text, quote, Math.min(Math.max(0, from), text.length), ACCEPT.maxCandidates)) {
    const end = p + quote.length;
    if (opts.exclude?.(p, end)) continue;
    const ctx = contextSimilarity(a, text, p, end) ?? 1;
    const near = expected === null ? 0 : nearness(Math.abs(p - expected), quote.length);
    const score = 0.9 * ctx + 0.1 * near;
    if (!best || score > best.score) best = { start: p, end, method: 'exact', score };
  }
  return best;
}

interface FuzzyCandidate extends Found {
  quoteSim: number;
  ctx: number | null;
  near: boolean;
}

function acceptable(c: FuzzyCandidate, quoteLength: number): boolean {
  if (c.quoteSim < ACCEPT.minQuoteSimilarity) return false;
  const corroborated = c.near || (c.ctx !== null && c.ctx >= ACCEPT.minContext);
  if (quoteLength < ACCEPT.shortQuote) {
    const errors = Math.round((1 - c.quoteSim) * quoteLength);
    return errors <= 1 && c.ctx !== null && c.ctx >= 0.7;
  }
  if (c.ctx === null) return corroborated || quoteLength >= ACCEPT.minQuoteOnlyLength;
  return corroborated;
}

function fuzzyIn(a: Anchor, text: string, from: number, to: number, expected: number | null, opts: FindOptions): FuzzyCandidate | null {
  const quote = a.quote;
  const maxErrors = Math.floor(quote.length * (1 - ACCEPT.minQuoteSimilarity));
  const slice = text.slice(from, to);
  let best: FuzzyCandidate | null = null;
  for (const m of search(slice, quote, maxErrors)) {
    const start = from + m.start;
    const end = from + m.end;
    if (end <= start || opts.exclude?.(start, end)) continue;
    const quoteSim = 1 - m.errors / quote.length;
    const ctx = contextSimilarity(a, text, start, end);
    const dist = expected === null ? Infinity : Math.abs(start - expected);
    const near = dist <= Math.max(32, quote.length);
    const pos = expected === null ? 0 : nearness(dist, quote.length);
    const score = 0.5 * quoteSim + 0.35 * (ctx ?? quoteSim) + 0.15 * pos;
    const c: FuzzyCandidate = { start, end, method: 'fuzzy', score, quoteSim, ctx, near };
    if (!acceptable(c, quote.length)) continue;
    if (!best || c.score > best.score) best = c;
  }
  return best;
}

/**
 * Finds where `a` is in `text` now, or null when it cannot be found with confidence (orphan).
 * The returned span, when exact, holds exactly `a.quote`; when fuzzy, the caller takes the new
 * quote from the text.
 */
export function findAnchor(a: Anchor, text: string, opts: FindOptions = {}): Found | null {
  const quote = a.quote;
  if (!quote || !text) return null;
  const positioned = hasPosition(a);
  if (positioned) {
    if (anchoredAt(a, text, a.start, opts)) return { start: a.start, end: a.start + quote.length, method: 'position', score: 1 };
    if (opts.delta && anchoredAt(a, text, a.start + opts.delta, opts) && !nearerWithContext(a, text, a.start, a.start + opts.delta)) {
      return { start: a.start + opts.delta, end: a.start + opts.delta + quote.length, method: 'exact', score: 1 };
    }
  }
  const expected = positioned ? Math.min(Math.max(0, a.start + (opts.delta ?? 0)), text.length) : null;
  const exact = findExact(a, text, expected, opts);
  if (exact) return exact;
  if (expected !== null && text.length > 2 * ACCEPT.fuzzyWindow) {
    const from = Math.max(0, expected - ACCEPT.fuzzyWindow);
    const to = Math.min(text.length, expected + quote.length + ACCEPT.fuzzyWindow);
    const local = fuzzyIn(a, text, from, to, expected, opts);
    if (local && local.ctx !== null && local.ctx >= 0.8) return strip(local);
  }
  if (opts.budget && text.length > 2 * ACCEPT.fuzzyWindow) {
    if (opts.budget.chars < text.length) return null;
    opts.budget.chars -= text.length;
  }
  const found = fuzzyIn(a, text, 0, text.length, expected, opts);
  return found ? strip(found) : null;
}

function strip(c: FuzzyCandidate): Found {
  return { start: c.start, end: c.end, method: c.method, score: c.score };
}
