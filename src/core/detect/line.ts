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
let usedScratch = new Uint8Array(256);
const isDemonymTok = (t: Tok): boolean => isDemonym(t.l) || GROUP_ADJECTIVES.has(t.l);
const isCommonTok = (t: Tok): boolean => gazetteer().common.has(t.l) || gazetteer().common.has(t.l.slice(0, -1));

export function detectLine(line: string, user?: Map<string, GazEntry>): Cand[] {
  const out: Cand[] = [];
  if (line.length === 0) return out;
  const words = tokenize(line, scratch);
  const toks = hadHyphenWords() ? splitHyphenNames(words) : words;
  if (usedScratch.length < toks.length) usedScratch = new Uint8Array(toks.length * 2);
  const used = usedScratch.subarray(0, toks.length);
  used.fill(0);
  findDates(toks, used, out);
  findQuantities(toks, used, out, isDemonymTok, isCommonTok);
  findNames(toks, used, out, { user });
  for (let k = 1; k < out.length; k++) {
    if (out[k - 1].s > out[k].s) {
      out.sort((x, y) => x.s - y.s);
      break;
    }
  }
  return out;
}
