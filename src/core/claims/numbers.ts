/**
 * Tokens and number words: the lexical layer under value normalisation (value.ts).
 * Pure functions over a token list; no knowledge of units or qualifiers.
 */

export interface Token {
  text: string;
  /** lower-cased text, curly apostrophes folded to "'" */
  low: string;
  start: number;
  end: number;
  kind: 'num' | 'word' | 'sym';
}

const TOKEN_RE = /\d+(?:,\d{3})*(?:\.\d+)?|\.\d+|[A-Za-z]+(?:[-'’][A-Za-z]+)*|\S/g;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    const kind = /^[\d.]/.test(t) && /\d/.test(t) ? 'num' : /^[A-Za-z]/.test(t) ? 'word' : 'sym';
    out.push({ text: t, low: t.toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + t.length, kind });
  }
  return out;
}

export const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
export const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Scale words that multiply what precedes them, written out or abbreviated after digits ("£2bn", "€65m"). */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};
export const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12,
};

/** Value of a single written number word ("twenty-five" → 25), or undefined. */
export function wordValue(low: string): number | undefined {
  if (low in UNITS) return UNITS[low];
  if (low in TENS) return TENS[low];
  const m = /^([a-z]+)-([a-z]+)$/.exec(low);
  if (m && m[1] in TENS && m[2] in UNITS && UNITS[m[2]] > 0 && UNITS[m[2]] < 10) return TENS[m[1]] + UNITS[m[2]];
  return undefined;
}

export function digitValue(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/**
 * Parses a run of number words starting at token i: "two hundred and fifty thousand", "a dozen",
 * "half a dozen", "twenty-five". Returns the value and the index after the last consumed token.
 */
export function parseNumberWords(toks: readonly Token[], i: number): { value: number; next: number } | undefined {
  const t = toks[i];
  if (!t || t.kind !== 'word') return undefined;
  // "half a dozen", "a dozen", "two dozen"
  if (t.low === 'half' && toks[i + 1]?.low === 'a' && toks[i + 2]?.low === 'dozen') return { value: 6, next: i + 3 };
  // "half a million", "half a billion"
  if (t.low === 'half' && toks[i + 1]?.low === 'a' && toks[i + 2] && toks[i + 2].low in SCALES) return { value: SCALES[toks[i + 2].low] / 2, next: i + 3 };
  if ((t.low === 'a' || t.low === 'one') && toks[i + 1]?.low === 'dozen') return { value: 12, next: i + 2 };
  let total = 0;
  let current = 0;
  let j = i;
  let any = false;
  let last: 'none' | 'unit' | 'tens' | 'teen' | 'scale' = 'none';
  if ((t.low === 'a' || t.low === 'one') && toks[i + 1] && toks[i + 1].low in SCALES) {
    current = 1;
    j = i + 1;
    any = true;
    last = 'unit';
  }
  for (; j < toks.length; j++) {
    const w = toks[j];
    if (w.kind !== 'word') break;
    const v = wordValue(w.low);
    if (v !== undefined) {
      // "twenty five" joins, "five six" or "twenty thirty" do not
      const kind = w.low in TENS ? 'tens' : v < 10 && !w.low.includes('-') ? 'unit' : 'teen';
      const ok = last === 'none' || last === 'scale' || (kind === 'unit' && last === 'tens');
      if (!ok) break;
      current += v;
      last = kind;
      any = true;
      continue;
    }
    if (any && w.low === 'dozen') {
      current *= 12;
      last = 'scale';
      continue;
    }
    if (any && w.low in SCALES) {
      const s = SCALES[w.low];
      if (s === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * s;
        current = 0;
      }
      last = 'scale';
      continue;
    }
    // "two hundred and fifty"
    if (any && w.low === 'and' && toks[j - 1].low === 'hundred' && toks[j + 1] && wordValue(toks[j + 1].low) !== undefined) continue;
    break;
  }
  if (!any) return undefined;
  return { value: total + current, next: j };
}

export const FRACTIONS: Readonly<Record<string, number>> = {
  half: 1 / 2, halves: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fourth: 1 / 4, fourths: 1 / 4,
  fifth: 1 / 5, fifths: 1 / 5, sixth: 1 / 6, sixths: 1 / 6, eighth: 1 / 8, eighths: 1 / 8, tenth: 1 / 10, tenths: 1 / 10,
};

/**
 * A fraction written in words, as a share in [0, 1]: "two-thirds", "one-half", "a quarter",
 * "one third", "three quarters", "half". Returns the share and the index after it.
 */
export function parseFraction(toks: readonly Token[], i: number): { share: number; next: number } | undefined {
  const t = toks[i];
  if (!t || t.kind !== 'word') return undefined;
  const hy = /^([a-z]+)-([a-z]+)$/.exec(t.low);
  if (hy && hy[2] in FRACTIONS) {
    const n = hy[1] === 'a' ? 1 : UNITS[hy[1]];
    if (n !== undefined && n > 0 && (n === 1 || /s$/.test(hy[2]) || hy[2] === 'half')) return { share: n * FRACTIONS[hy[2]], next: i + 1 };
    return undefined;
  }
  if (t.low === 'half') return { share: 0.5, next: i + 1 };
  const n = t.low === 'a' ? 1 : UNITS[t.low];
  const f = toks[i + 1];
  if (n !== undefined && n > 0 && n < 10 && f && f.kind === 'word' && f.low in FRACTIONS) {
    // "one third", "two thirds", "a quarter" — but not "one fifth-floor", and plural after n > 1
    if (n === 1 && /s$/.test(f.low)) return undefined;
    if (n > 1 && !/s$/.test(f.low)) return undefined;
    if (f.low === 'fourth' || f.low === 'sixth' || f.low === 'eighth' || f.low === 'tenth') {
      // "a fourth" is ordinal-ish ("a fourth round"); accept only before "of"
      if (toks[i + 2]?.low !== 'of') return undefined;
    }
    return { share: n * FRACTIONS[f.low], next: i + 2 };
  }
  return undefined;
}
