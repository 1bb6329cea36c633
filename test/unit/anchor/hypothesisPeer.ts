import search from 'approx-string-match';
import type { Anchor } from '../../../src/core/model';

/**
 * A reimplementation of the Hypothesis client's quote matching (`matchQuote` in
 * src/annotator/anchoring/match-quote.js, BSD-2-Clause): after a position selector whose text
 * still equals the quote, every approximate match with at most min(256, quote/2) errors is scored
 * 50·quote + 20·prefix + 20·suffix + 2·position (normalised) and the best one wins — no floor
 * beyond the error budget. Used only to compare our strategy with the peer's.
 */
function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  const matches = search(text, str, str.length);
  return matches.length ? 1 - matches[0].errors / str.length : 0;
}

export function hypothesisAnchor(a: Anchor, text: string): { start: number; end: number } | null {
  const quote = a.quote;
  if (Number.isInteger(a.start) && text.slice(a.start, a.end) === quote) return { start: a.start, end: a.end };
  if (!quote.length) return null;
  const matches = search(text, quote, Math.min(256, quote.length / 2));
  if (!matches.length) return null;
  const hint = Number.isInteger(a.start) ? a.start : undefined;
  let best: { start: number; end: number; score: number } | null = null;
  for (const m of matches) {
    const quoteScore = 1 - m.errors / quote.length;
    const prefixScore = a.prefix ? textMatchScore(text.slice(Math.max(0, m.start - a.prefix.length), m.start), a.prefix) : 1;
    const suffixScore = a.suffix ? textMatchScore(text.slice(m.end, m.end + a.suffix.length), a.suffix) : 1;
    const posScore = hint === undefined ? 1 : 1 - Math.abs(m.start - hint) / text.length;
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best && { start: best.start, end: best.end };
}
