/**
 * The detector's stages, cumulatively, for bench/stages.ts (bundled as shipped): each function runs
 * the stages before it too, so the differences between their times are what each stage adds.
 * The line loop is that of `detectLine` (line.ts) stopped after a stage (with a fresh `used` array per
 * line, where detectLine reuses one); the "detectLine" stage is the same rules through detectLine itself, so
 * the next stage adds only the document table and its resolution.
 */
import { detectEntities, lineRanges } from '../../src/core/detect';
import { findDates } from '../../src/core/detect/date';
import { detectLine } from '../../src/core/detect/line';
import { gazetteer, isDemonym } from '../../src/core/detect/gazetteer';
import { splitHyphenNames } from '../../src/core/detect/layout';
import { findNames } from '../../src/core/detect/names';
import { findQuantities } from '../../src/core/detect/quantity';
import { hadHyphenWords, tokenize, type Tok } from '../../src/core/detect/tokens';
import type { Cand } from '../../src/core/detect/types';

export const STAGES = ['lines', 'tokens', 'dates+quantities', 'names', 'detectLine (same rules)', 'document table (all)'] as const;

const scratch: Tok[] = [];
const isDemonymTok = (t: Tok): boolean => isDemonym(t.l);
const isCommonTok = (t: Tok): boolean => gazetteer().common.has(t.l);

/** Runs stages 0..upTo over `text`; returns a count so no work is optimised away. */
export function runStages(text: string, upTo: number): number {
  if (upTo >= 5) return detectEntities(text).length;
  const ranges = lineRanges(text);
  let count = 0;
  if (upTo === 4) {
    // the same rules as the stages before, as detectEntities runs them (shared `used` array, sorted output)
    for (let i = 0; i < ranges.length; i += 2) count += detectLine(text.slice(ranges[i], ranges[i + 1])).length;
    return count;
  }
  for (let i = 0; i < ranges.length; i += 2) {
    const line = text.slice(ranges[i], ranges[i + 1]);
    count += line.length;
    if (upTo < 1 || line.length === 0) continue;
    const words = tokenize(line, scratch);
    const toks = hadHyphenWords() ? splitHyphenNames(words) : words;
    count += toks.length;
    if (upTo < 2) continue;
    const used = new Uint8Array(toks.length);
    const out: Cand[] = [];
    findDates(toks, used, out);
    findQuantities(toks, used, out, isDemonymTok, isCommonTok);
    if (upTo >= 3) findNames(toks, used, out, {});
    count += out.length;
  }
  return count;
}
