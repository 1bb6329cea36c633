/** Detection of one line: dates, then quantities, then names (each marks the tokens it takes). */
import { gazetteer, isDemonym, type GazEntry } from './gazetteer';
import { GROUP_ADJECTIVES } from './lexicon';
import { findDates } from './date';
import { findNames, splitHyphenNames } from './names';
import { findQuantities } from './quantity';
import { tokenize, type Tok } from './tokens';
import type { Cand } from './types';

const scratch: Tok[] = [];

export function detectLine(line: string, user?: Map<string, GazEntry>): Cand[] {
  const out: Cand[] = [];
  if (line.length === 0) return out;
  const toks = splitHyphenNames(tokenize(line, scratch));
  const used = new Uint8Array(toks.length);
  findDates(toks, used, out);
  const common = gazetteer().common;
  findQuantities(toks, used, out, (t) => isDemonym(t.l) || GROUP_ADJECTIVES.has(t.l), (t) => common.has(t.l) || common.has(t.l.slice(0, -1)));
  findNames(toks, used, out, { user });
  out.sort((x, y) => x.s - y.s);
  return out;
}
