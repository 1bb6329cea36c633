/**
 * Sentence splitting for attribution: quotations are opaque (a multi-sentence quote stays inside one
 * sentence), paragraphs (line breaks) always end a sentence, abbreviations ("Mr.", "U.S.", "Oct.")
 * and initials ("Austin S. Miller") do not.
 */
import type { Span } from '../model';

export interface Sentence extends Span {
  paragraph: number;
  /** Quotations inside the sentence: the span between the quote marks (marks excluded), in text offsets. */
  quotes: Span[];
  /** The sentence with quotation interiors blanked out ("·"), same length, for cue searches. */
  masked: string;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'sgt', 'capt', 'maj', 'gov', 'sen', 'rep', 'st', 'jr', 'sr', 'prof', 'rev',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'etc', 'adm', 'cmdr', 'brig',
  'u.s', 'u.n', 'u.k', 'e.u', 'a.m', 'p.m', 'mt', 'ft', 'inc', 'corp', 'co', 'ltd',
]);

const OPEN = '“';
const CLOSE = '”';

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[A-Za-z.]/.test(text[s - 1])) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // single initials "S." and dotted acronyms "U.S." (the latter end a sentence only before a capitalised non-name… keep them)
  return /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word);
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      splitParagraph(text, lineStart, i, paragraph, out);
      if (i < text.length && text.slice(lineStart, i).trim()) paragraph++;
      lineStart = i + 1;
    }
  }
  return out;
}

function splitParagraph(text: string, from: number, to: number, paragraph: number, out: Sentence[], notQuotes: ReadonlySet<number> = new Set()): void {
  const mark = out.length;
  let start = from;
  let inQuote = false;
  let straight = false;
  let quoteStart = -1;
  let quotes: Span[] = [];
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) {
      const qs = quotes.filter((q) => q.start >= s && q.end <= e);
      const parts: string[] = [];
      let at = s;
      for (const q of qs) {
        parts.push(text.slice(at, q.start), '·'.repeat(q.end - q.start));
        at = q.end;
      }
      parts.push(text.slice(at, e));
      const masked = parts.join('');
      out.push({ start: s, end: e, paragraph, quotes: qs, masked });
    }
    start = end;
    quotes = [];
  };
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (notQuotes.has(i)) continue;
    // a straight quote opens only at a word start ("6\" gun" is an inch mark)
    const opensWord = (i === from || /[\s(\[—–-]/.test(text[i - 1])) && /\S/.test(text[i + 1] ?? '');
    if (c === '"' && !inQuote && !opensWord) continue;
    if (c === OPEN || (c === '"' && !inQuote)) {
      if (!inQuote) {
        inQuote = true;
        straight = c === '"';
        quoteStart = i + 1;
      }
      continue;
    }
    if ((c === CLOSE && inQuote && !straight) || (c === '"' && inQuote && straight) || (c === CLOSE && inQuote && straight)) {
      inQuote = false;
      quotes.push({ start: quoteStart, end: i });
      // sentence ends at a closing quote after . ! ? when the next word starts a sentence
      if (/[.!?]/.test(text[i - 1]) && startsSentence(text, i + 1, to)) push(i + 1);
      continue;
    }
    if (inQuote) continue;
    if (/[.!?]/.test(c)) {
      if (c === '.' && (isAbbreviation(text, i) || /[0-9a-z]/.test(text[i + 1] ?? ''))) continue;
      if (startsSentence(text, i + 1, to)) push(i + 1);
    }
  }
  if (inQuote && straight) {
    // a stray straight quote (inch mark, typo) would hide the rest of the paragraph: read it as a plain character
    out.length = mark;
    splitParagraph(text, from, to, paragraph, out, new Set([...notQuotes, quoteStart - 1]));
    return;
  }
  // an unclosed curly quote runs to the end of the paragraph (multi-paragraph quotations)
  if (inQuote && quoteStart >= 0) quotes.push({ start: quoteStart, end: to });
  push(to);
}

/** A sentence starts at j: optional spaces, then an upper-case letter, a digit or an opening quote. */
function startsSentence(text: string, j: number, to: number): boolean {
  let k = j;
  while (k < to && (text[k] === ' ' || text[k] === '\u00a0' || text[k] === '\t')) k++;
  if (k >= to) return true;
  return /[A-Z0-9“"]/.test(text[k]);
}
