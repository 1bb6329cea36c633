/** Whole-word occurrences of a phrase in an article (Tag All Occurrences). Pure. */
import type { Span } from '../core/model';

const WORD = /[\p{L}\p{N}_]/u;

/**
 * Every occurrence of `phrase` in `text` (case-sensitive) that is a whole word or words: the
 * characters before and after are not letters, digits or '_'. Runs of white space in the phrase
 * match any run of white space (a name may wrap onto the next line).
 */
export function wholeWordMatches(text: string, phrase: string): Span[] {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const source = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  const re = new RegExp(source, 'gu');
  const out: Span[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!m[0].length) re.lastIndex++;
    else if (!isWordAt(text, start - 1) && !isWordAt(text, end)) out.push({ start, end });
  }
  return out;
}

function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  // a surrogate pair: look at the whole code point
  const cp = text.codePointAt(i > 0 && /[\uDC00-\uDFFF]/.test(text[i]) ? i - 1 : i);
  return cp !== undefined && WORD.test(String.fromCodePoint(cp));
}
