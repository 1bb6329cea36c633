/**
 * Vague quantity words and the ranges they are normalised to.
 *
 * Rule: a vague word becomes a range
 *   min = the conservative figure conflict-event datasets code for it
 *         (ACLED codes "dozens" as 12 and "hundreds" as 100: the smallest defensible reading),
 *   max = the largest figure the word can still denote before the next order of magnitude
 *         would be named ("dozens" stops short of "hundreds", so 99),
 * i.e. a low/high pair in the spirit of UCDP's low/best/high estimates, without inventing a "best".
 * The qualifier is always "vague" so the comparison never treats the range as a reported figure.
 * The claim detector does not assign vague ranges as claim values (guidelines: "dozens" → null);
 * they serve the editor's pre-fill and explicit normalisation only.
 */
export interface VagueQuantity {
  min: number;
  max: number;
  /** Why these bounds (shown in docs and tests). */
  rule: string;
}

export const VAGUE_QUANTITIES: Readonly<Record<string, VagueQuantity>> = {
  'a few': { min: 2, max: 9, rule: 'more than one, fewer than "a dozen"' },
  'a handful': { min: 2, max: 9, rule: 'as "a few"' },
  several: { min: 3, max: 9, rule: 'more than "a couple", fewer than "a dozen"' },
  dozens: { min: 12, max: 99, rule: 'ACLED codes "dozens" as 12; fewer than "hundreds"' },
  'a few dozen': { min: 24, max: 99, rule: 'two dozen at least; fewer than "hundreds"' },
  'several dozen': { min: 36, max: 99, rule: 'three dozen at least; fewer than "hundreds"' },
  'a few hundred': { min: 200, max: 999, rule: 'two hundred at least; fewer than "thousands"' },
  'several hundred': { min: 300, max: 999, rule: 'three hundred at least; fewer than "thousands"' },
  'a few thousand': { min: 2000, max: 9999, rule: 'two thousand at least; fewer than "tens of thousands"' },
  'several thousand': { min: 3000, max: 9999, rule: 'three thousand at least; fewer than "tens of thousands"' },
  scores: { min: 40, max: 99, rule: 'two score = 40; fewer than "hundreds"' },
  hundreds: { min: 100, max: 999, rule: 'ACLED codes "hundreds" as 100; fewer than "thousands"' },
  thousands: { min: 1000, max: 9999, rule: 'one thousand; fewer than "tens of thousands"' },
  'tens of thousands': { min: 10000, max: 99999, rule: 'ten thousand; fewer than "hundreds of thousands"' },
  'hundreds of thousands': { min: 100000, max: 999999, rule: 'a hundred thousand; fewer than "millions"' },
  millions: { min: 1000000, max: 9999999, rule: 'one million; fewer than "tens of millions"' },
  'tens of millions': { min: 10000000, max: 99999999, rule: 'ten million; fewer than "hundreds of millions"' },
};

/** Longest vague phrase starting at word index i of `words` (lower-case), or undefined. */
export function matchVague(words: readonly string[], i: number): { phrase: string; length: number } | undefined {
  for (const n of [4, 3, 2, 1]) {
    const phrase = words.slice(i, i + n).join(' ');
    if (words.length >= i + n && phrase in VAGUE_QUANTITIES) return { phrase, length: n };
  }
  return undefined;
}
