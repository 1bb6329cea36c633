/** Detection of one line: dates, then quantities, then names (each marks the tokens it takes). */
import { gazetteer, isDemonym, type GazEntry } from './gazetteer';
import { GROUP_ADJECTIVES } from './lexicon';
import { findDates } from './date';
import { splitHyphenNames } from './layout';
import { findNames } from './names';
import { findQuantities } from './quantity';
import { hadHyphenWords, tokenize, type Tok } from './tokens';
import type { Cand } from './types';

const scratch: Tok[] = [];
/** Tokens taken by a rule: zero beyond the last line's tokens (cleared per line up to `usedLen`, never a fresh view). */
let used = new Uint8Array(256);
let usedLen = 0;
const isDemonymTok = (t: Tok): boolean => isDemonym(t.l) || GROUP_ADJECTIVES.has(t.l);
const isCommonTok = (t: Tok): boolean => gazetteer().common.has(t.l) || gazetteer().common.has(t.l.slice(0, -1));

export function detectLine(line: string, user?: Map<string, GazEntry>): Cand[] {
  const out: Cand[] = [];
  if (line.length === 0) return out;
  const words = tokenize(line, scratch);
  const toks = hadHyphenWords() ? splitHyphenNames(words) : words;
  // a subarray view per line cost ~1 µs (a typed array made through the runtime); the rules read
  // past the last token only where toks[] is undefined too, and those cells stay zero
  if (used.length < toks.length) used = new Uint8Array(toks.length * 2);
  else if (usedLen > 0) used.fill(0, 0, usedLen);
  usedLen = toks.length;
  findDates(toks, used, out);
  findQuantities(toks, used, out, isDemonymTok, isCommonTok);
  findNames(toks, used, out, { user });
  // dates, quantities and names each come in order: a stable insertion sort moves the few that
  // interleave (Array.sort with a comparator cost more than the rules of a short line)
  for (let k = 1; k < out.length; k++) {
    const c = out[k];
    let j = k - 1;
    if (out[j].s <= c.s) continue;
    while (j >= 0 && out[j].s > c.s) {
      out[j + 1] = out[j];
      j--;
    }
    out[j + 1] = c;
  }
  return out;
}
