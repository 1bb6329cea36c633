/**
 * A one-pass tokenizer for one line of news text: words (with internal hyphens, apostrophes and
 * acronym dots: "Pul-e-Khumri", "O’Donnell", "U.S."), numbers ("1,500", "1990s", "19-year"),
 * and single punctuation characters. The possessive "’s" is its own token. Offsets are relative
 * to the line.
 */
import { ABBREVIATIONS, CURRENCY_CODES, CURRENCY_PREFIXES, CALENDAR_MONTHS, MONTHS, NAME_CONNECTORS, NP_STOP, NUMBER_WORDS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from './lexicon';

/** Word flags, looked up once per token (one hash lookup instead of one per rule). */
export const F_DATE = 1;
export const F_NUMBER = 2;
export const F_STOP = 4;
/** The word has an ASCII hyphen inside ("Pul-e-Khumri", "one-third"). */
export const F_HYPHEN = 8;

/** Whether the last line tokenized had a hyphenated word (F_HYPHEN). */
let hyphenWords = false;
export const hadHyphenWords = (): boolean => hyphenWords;

/** Set by scanWord when it crosses an ASCII hyphen. */
let sawHyphen = false;
/** Set by scanWord when it takes a character toLowerCase could change. */
let sawHigh = false;

let flagMap: Map<string, number> | undefined;

/** Longest word of ABBREVIATIONS: longer words before a period are not looked up (a hash per sentence end). */
const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((w) => w.length));

/**
 * Flags of words of one to three letters a-z, by table (index from the letters): the commonest
 * words of all ("a", "of", "the") are flagged, and a string hash per token costs more. Other
 * short words go to the map.
 */
const SHORT_FLAGS = new Uint8Array(27 * 27 * 27);
function shortIndex(l: string): number {
  let x = 0;
  for (let i = 0; i < l.length; i++) {
    const c = l.charCodeAt(i) - 96;
    if (c < 1 || c > 26) return -1;
    x = x * 27 + c;
  }
  return x;
}
function shortFlags(l: string, fm: Map<string, number>): number {
  const x = shortIndex(l);
  return x >= 0 ? SHORT_FLAGS[x] : fm.get(l) ?? 0;
}
/**
 * Which (length, first and last character) shapes occur among the flagged words: most words are
 * looked up in no map at all (a fresh token string costs a hash computation per lookup).
 */
const flagShapes = new Uint8Array(1 << 16);
const shape = (w: string): number => ((w.length & 15) << 12) | ((w.charCodeAt(0) & 63) << 6) | (w.charCodeAt(w.length - 1) & 63);

function flags(): Map<string, number> {
  if (flagMap) return flagMap;
  const m = new Map<string, number>();
  const add = (words: Iterable<string>, f: number): void => {
    for (const w of words) m.set(w, (m.get(w) ?? 0) | f);
  };
  add(MONTHS.keys(), F_DATE);
  add(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'], F_DATE);
  add(WEEKDAYS, F_DATE);
  add(WEEKDAY_ABBREVIATIONS, F_DATE);
  add(CALENDAR_MONTHS, F_DATE);
  add(['last', 'next', 'this', 'previous', 'following', 'yesterday', 'today', 'tomorrow', 'end', 'beginning', 'start', 'middle', 'a', 'an', 'fy', 'tonight', 'sixties', 'seventies', 'eighties', 'nineties', 'christmas', 'ramadan', 'ramazan', 'eid', 'nowruz', 'navroz', 'ashura', 'diwali', 'hanukkah', 'passover', 'easter', 'purim'], F_DATE);
  add(NUMBER_WORDS.keys(), F_DATE | F_NUMBER);
  add(['a', 'half'], F_NUMBER);
  add(NP_STOP, F_STOP);
  add(NAME_CONNECTORS, F_STOP);
  for (const [w, f] of m) {
    flagShapes[shape(w)] = 1;
    const x = w.length <= 3 ? shortIndex(w) : -1;
    if (x >= 0) SHORT_FLAGS[x] = f;
  }
  flagMap = m;
  return m;
}

/** F_DATE, F_NUMBER and F_STOP of a lowercase word (as the tokenizer sets them; not F_HYPHEN). */
export function wordFlags(l: string): number {
  const fm = flags();
  return l.length <= 3 ? shortFlags(l, fm) : flagShapes[shape(l)] === 1 ? fm.get(l) ?? 0 : 0;
}

export const WORD = 1;
export const NUM = 2;
export const ORD = 3;
export const PUNCT = 4;

export interface Tok {
  /** Start and end (exclusive) in the line. */
  s: number;
  e: number;
  /** WORD | NUM | ORD | PUNCT */
  k: number;
  /** The text as written. */
  t: string;
  /** Lowercase text. */
  l: string;
  /** Whitespace (or line start) before the token. */
  sp: boolean;
  /** Starts with an uppercase letter. */
  cap: boolean;
  /** Has two or more letters and no lowercase letter ("KABUL", "NATO", "U.S."). */
  upper: boolean;
  /** F_* flags of the lowercase word. */
  f: number;
  /** Lexicon bits of `l` for the name rules (name-words.ts), -1 until asked; reset when `l` changes. */
  x: number;
}

const PUNCT_STRINGS: string[] = [];
function punctString(c: number): string {
  if (c >= 0x3000) return String.fromCharCode(c);
  return (PUNCT_STRINGS[c] ??= String.fromCharCode(c));
}

export function isUpperCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x100 && c <= 0x24f && c % 2 === 0 && c < 0x138);
}

/** Letters below U+0250 (ASCII and Latin), by table: the tokenizer asks for every character. */
const LATIN_LETTER = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) LATIN_LETTER[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) ? 1 : 0;

function isLetterCode(c: number): boolean {
  if (c < 0x250) return LATIN_LETTER[c] === 1;
  if (c < 0x370 || (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xfe00 && c <= 0xfeff)) return false;
  let v = otherLetters.get(c);
  if (v === undefined) {
    v = /\p{L}/u.test(String.fromCharCode(c));
    otherLetters.set(c, v);
  }
  return v;
}

const otherLetters = new Map<number, boolean>();

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `w` is `min` to `max` ASCII digits and nothing else (what /^\d{min,max}$/ tests, without a regex call). */
export function digits(w: string, min: number, max: number): boolean {
  const n = w.length;
  if (n < min || n > max) return false;
  for (let i = 0; i < n; i++) if (!isDigitCode(w.charCodeAt(i))) return false;
  return true;
}

const APOS = 0x27;
const RSQUO = 0x2019;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 13 || c === 0x2009 || c === 0x202f || c === 0x200b || c === 0xfeff;
}

/** Tokenizes `line` (no newlines) into `out` (its old tokens are replaced; reusing the objects measured no faster). */
export function tokenize(line: string, out: Tok[] = []): Tok[] {
  hyphenWords = false;
  const n = line.length;
  let i = 0;
  let sp = true;
  let count = 0;
  while (i < n) {
    const c = line.charCodeAt(i);
    // a tab between words is a table's cell boundary ("Perpetrator\tIslamic State"): a token of its own, no name crosses it
    if (c === 9 && count > 0 && out[count - 1].k !== PUNCT) {
      out[count] = { s: i, e: i + 1, k: PUNCT, t: '\t', l: '\t', sp, cap: false, upper: false, f: 0, x: -1 };
      count++;
      sp = true;
      i++;
      continue;
    }
    if (isSpace(c)) {
      sp = true;
      i++;
      continue;
    }
    const start = i;
    let k = PUNCT;
    let t: string;
    let l: string;
    let f = 0;
    let upper = false;
    // (most capitalised words have a lowercase letter next and no digit in their second or third place)
    // a web address is one token, no word of it a name ("https://x.org/Peace-Agreement-02", "www.dawn.com")
    // (a character test first: words starting with h or w are many, web addresses few)
    const url = c === 104 ? line.charCodeAt(i + 1) === 116 && line.charCodeAt(i + 2) === 116 && (line.startsWith('http://', i) || line.startsWith('https://', i)) : c === 119 && line.charCodeAt(i + 1) === 119 && line.startsWith('www.', i);
    if (url) {
      while (i < n && !isSpace(line.charCodeAt(i))) i++;
      out[count] = { s: start, e: i, k: PUNCT, t: line.slice(start, i), l: line.slice(start, i), sp, cap: false, upper: false, f: 0, x: -1 };
      count++;
      sp = false;
      continue;
    }
    const cur = c >= 65 && c <= 90 && (line.charCodeAt(i + 1) < 97 || isDigitCode(line.charCodeAt(i + 2)) || isDigitCode(line.charCodeAt(i + 3)) || isDigitCode(line.charCodeAt(i + 4))) ? currencyPrefix(line, i, n) : 0;
    if (cur > 0) {
      // "Rs1 million", "KSh200", "N30 million": a currency glued to its amount is a symbol of its own
      i += cur;
      t = line.slice(start, i);
      l = t;
    } else if (isLetterCode(c)) {
      k = WORD;
      sawHyphen = false;
      sawHigh = high(c);
      i = scanWord(line, i + 1, n);
      // "Read moreTaliban", "professionalsReuters", "intoTajikistan": a name glued to the lowercase word before it
      // (not "iPhone", "eBay": one letter before the capital)
      if (sawHigh && c >= 97 && c <= 122) {
        const k = gluedName(line, start, i);
        if (k > 0) {
          i = k;
          sawHigh = false;
          sawHyphen = false;
        }
      }
      // "TIMESOFINDIA.COM", "dawn.com": a web domain is one token, no word of it a name
      if (i + 2 < n && line.charCodeAt(i) === 46 && isLetterCode(line.charCodeAt(i + 1))) {
        const e = domainEnd(line, i, n);
        if (e > 0) {
          // (a capitalised site name is a word the name rules type: "Reuters.com", "USA.gov"; "dawn.com" is none)
          const dt = line.slice(start, e);
          const named = isUpperCode(c) && line.charCodeAt(i - 1) !== 47 && !dt.includes('/');
          out[count] = { s: start, e, k: named ? WORD : PUNCT, t: dt, l: named ? dt.toLowerCase() : dt, sp, cap: named, upper: named && isAllUpper(dt), f: 0, x: -1 };
          count++;
          sp = false;
          i = e;
          continue;
        }
      }
      // (interning the words, measured, cost as much as it saved)
      t = line.slice(start, i);
      l = sawHigh ? t.toLowerCase() : t;
      if (i < n && line.charCodeAt(i) === 46 && ((t.length === 1 && isUpperCode(c)) || (l.length <= MAX_ABBREVIATION && ABBREVIATIONS.has(l)) || t.charCodeAt(t.length - 2) === 46)) {
        i++;
        t = line.slice(start, i);
        l += '.';
      }
      // an OCR slip, "l" read for a capital "I" before a consonant no English word begins with: "lmran Khan", "lslamic State"
      const ocrI = c === 108 && t.length >= 4 && OCR_I_NEXT.has(t.charCodeAt(1));
      if (ocrI) l = 'i' + l.slice(1);
      f = wordFlags(l);
      if (sawHyphen) {
        f |= F_HYPHEN;
        hyphenWords = true;
      }
      upper = isUpperCode(c) && isAllUpper(t);
    } else if (isDigitCode(c)) {
      k = NUM;
      i++;
      while (i < n) {
        const d = line.charCodeAt(i);
        if (isDigitCode(d)) i++;
        // (a comma separates thousands only before three digits: "Jan 29,2024" is a day, a comma and a year)
        else if ((d === 46 || (d === 44 && thousandsAt(line, i + 1, n))) && i + 1 < n && isDigitCode(line.charCodeAt(i + 1))) {
          // "by 1 May 2021.12 In return": a year, its sentence's period and an endnote number
          if (d === 46 && i - start === 4 && yearThenEndnote(line, start, i, n)) break;
          i += 2;
        } else break;
      }
      // "November 11, 20229:18 PM": a year glued to the time after it (scraped date lines)
      if ((i - start === 5 || i - start === 6) && line.charCodeAt(i) === 58 && isDigitCode(line.charCodeAt(i + 1)) && start >= 2 && line.charCodeAt(start - 2) === 44 && yearDigits(line, start)) i = start + 4;
      if (i < n) {
        const d = line.charCodeAt(i);
        const d2 = i + 1 < n ? line.charCodeAt(i + 1) : 0;
        const d3 = i + 2 < n ? line.charCodeAt(i + 2) : 0;
        if (d === 115 && !isLetterCode(d2)) i++; // 1990s
        // 19-year, 20-year-old, "4-Minute" (not "2022-January 2023": a month after the hyphen begins the next date)
        else if (d === 45 && isLetterCode(d2)) {
          const e = scanWord(line, i + 2, n);
          if (!isUpperCode(d2) || !MONTHS.has(line.slice(i + 1, e).toLowerCase())) i = e;
        }
        else if (isLetterCode(d) && isLetterCode(d2) && !isLetterCode(d3)) {
          const suf = (d | 32) * 256 + (d2 | 32);
          if (suf === 0x7374 || suf === 0x6e64 || suf === 0x7264 || suf === 0x7468) {
            // st nd rd th
            k = ORD;
            i += 2;
          }
        }
      }
      t = line.slice(start, i);
      l = hasUpperAscii(t) ? t.toLowerCase() : t;
    } else {
      i++;
      // possessive ’s / 's
      if ((c === RSQUO || c === APOS) && i < n && (line.charCodeAt(i) | 32) === 115 && (i + 1 >= n || !isLetterCode(line.charCodeAt(i + 1)))) i++;
      // (the Arabic comma is a comma to the rules: "19 July، 2025")
      t = i === start + 1 ? punctString(c === 0x60c ? 44 : c) : line.slice(start, i);
      l = t;
    }
    const cap = k === WORD && (isUpperCode(c) || (c === 108 && t.length >= 4 && OCR_I_NEXT.has(t.charCodeAt(1))));
    out[count] = { s: start, e: i, k, t, l, sp, cap, upper: cap && upper, f, x: -1 };
    count++;
    sp = false;
  }
  out.length = count;
  return out;
}

/** Second letters after an "l" that begins no English word (b d f g h k m n p q r s v w x z): the "l" is an OCR'd "I". */
const OCR_I_NEXT = new Set([98, 100, 102, 103, 104, 107, 109, 110, 112, 113, 114, 115, 118, 119, 120, 122]);

const GLUED_PREPOSITIONS = new Set(['of', 'in', 'at', 'on', 'to', 'by']);

/** In a word [start, end) that begins in lowercase: where a capitalised name glued to it begins, or 0. */
function gluedName(line: string, start: number, end: number): number {
  let k = start;
  while (k < end && line.charCodeAt(k) >= 97 && line.charCodeAt(k) <= 122) k++;
  if (k - start < 2 || k + 2 >= end) return 0;
  // (two letters only when a preposition: "ofHerat", "inNad-e Ali"; not "reCaptcha", "wpAdFusion")
  if (k - start === 2 && !GLUED_PREPOSITIONS.has(line.slice(start, k))) return 0;
  const u = line.charCodeAt(k);
  const l = line.charCodeAt(k + 1);
  return u >= 65 && u <= 90 && l >= 97 && l <= 122 ? k : 0;
}

/**
 * A group of digits after a comma at k: three and no digit after them, or two before another comma (the Indian lakh
 * grouping, "3,77,000").
 */
function thousandsAt(line: string, k: number, n: number): boolean {
  if (!(k + 1 < n && isDigitCode(line.charCodeAt(k)) && isDigitCode(line.charCodeAt(k + 1)))) return false;
  if (line.charCodeAt(k + 2) === 44) return k + 3 < n && isDigitCode(line.charCodeAt(k + 3));
  return k + 2 < n && isDigitCode(line.charCodeAt(k + 2)) && (k + 3 >= n || !isDigitCode(line.charCodeAt(k + 3)));
}

/** line[start, start + 4) are digits of a year 1900–2099. */
function yearDigits(line: string, start: number): boolean {
  const c0 = line.charCodeAt(start);
  const c1 = line.charCodeAt(start + 1);
  return ((c0 === 49 && c1 === 57) || (c0 === 50 && c1 === 48)) && isDigitCode(line.charCodeAt(start + 2)) && isDigitCode(line.charCodeAt(start + 3));
}

/** line[start, dot) is a year (1900–2099) and the dot ends its sentence before an endnote number of one to three digits. */
function yearThenEndnote(line: string, start: number, dot: number, n: number): boolean {
  const c0 = line.charCodeAt(start);
  const c1 = line.charCodeAt(start + 1);
  if (!((c0 === 49 && c1 === 57) || (c0 === 50 && c1 === 48))) return false;
  let j = dot + 1;
  while (j < n && isDigitCode(line.charCodeAt(j))) j++;
  if (j - dot - 1 > 3) return false;
  if (j === n) return true;
  const after = line.charCodeAt(j + 1);
  return isSpace(line.charCodeAt(j)) && j + 1 < n && (isUpperCode(after) || after === 0x201c || after === 34);
}

/** Top-level domains of web addresses written without "www." ("dawn.com", "TIMESOFINDIA.COM"). */
const DOMAINS = new Set(['com', 'org', 'net', 'gov', 'edu', 'info', 'io', 'mil', 'me', 'uk']);

/** End of a web domain whose first label ends at `dot` (a dot), or -1: labels joined by dots, the last one in DOMAINS. */
function domainEnd(line: string, dot: number, n: number): number {
  let j = dot;
  while (j < n && line.charCodeAt(j) === 46) {
    let k = j + 1;
    while (k < n && (isLetterCode(line.charCodeAt(k)) || isDigitCode(line.charCodeAt(k)) || line.charCodeAt(k) === 45)) k++;
    if (k === j + 1) break;
    if (DOMAINS.has(line.slice(j + 1, k).toLowerCase()) && (k >= n || !isLetterCode(line.charCodeAt(k)))) {
      // with its path: "t.me/MoDAfghanistan"
      if (line.charCodeAt(k) === 47) while (k < n && !isSpace(line.charCodeAt(k))) k++;
      return k;
    }
    j = k;
  }
  return -1;
}

/** Currencies written as letters glued to the amount; the one-letter ones (naira, rand) only before a large amount. */
/**
 * Currencies written as letters before a space and the amount (the ISO codes are handled apart): "Rs 500", and the
 * dollars of several countries as some outlets space them ("US$ 7.3 million", "US $12 million").
 */
const SPACED_PREFIXES = ['Rs.', 'Rs', 'Tk', 'KSh', 'Ksh', 'Afs', 'LE', 'US $', 'US$', 'NT$', 'HK$', 'NZ$', 'MX$', 'A$', 'C$', 'S$', 'R$'];
const SCALE_AFTER = /^(?:bn|mn|m|k|tn)\b|^ (?:million|billion|trillion)\b/;

/** Length of a currency prefix at i followed by a digit ("Rs1", "N4.5 million"), or 0. */
function currencyPrefix(line: string, i: number, n: number): number {
  // "NIS 15 billion", "KES 2,000": a currency code, a space, the amount
  if (i + 4 < n && isUpperCode(line.charCodeAt(i + 1)) && (line.charCodeAt(i + 3) === 32 || line.charCodeAt(i + 3) === 0xa0) && isDigitCode(line.charCodeAt(i + 4)) && CURRENCY_CODES.has(line.slice(i, i + 3)) && (i === 0 || !isLetterCode(line.charCodeAt(i - 1)))) return 3;
  // "Rs 22,000 crore", "Rs. 500", "Tk 300": a currency's letters, a space, the amount
  if (i + 3 < n && (i === 0 || !isLetterCode(line.charCodeAt(i - 1)))) {
    for (const p of SPACED_PREFIXES) {
      const e = i + p.length;
      if (e + 1 < n && line.startsWith(p, i) && (line.charCodeAt(e) === 32 || line.charCodeAt(e) === 0xa0) && isDigitCode(line.charCodeAt(e + 1))) return p.length;
    }
  }
  // "SYP434", "USD100": a currency code glued to the amount
  // (not "COP29", the climate summit)
  if (i + 3 < n && isDigitCode(line.charCodeAt(i + 3)) && CURRENCY_CODES.has(line.slice(i, i + 3)) && !line.startsWith('COP', i) && (i === 0 || !isLetterCode(line.charCodeAt(i - 1)))) return 3;
  // most words starting with a capital have no digit in their first four characters
  if (!isDigitCode(line.charCodeAt(i + 1)) && !isDigitCode(line.charCodeAt(i + 2)) && !isDigitCode(line.charCodeAt(i + 3)) && !isDigitCode(line.charCodeAt(i + 4))) return 0;
  for (const p of CURRENCY_PREFIXES) {
    const e = i + p.length;
    if (e >= n || !line.startsWith(p, i) || !isDigitCode(line.charCodeAt(e))) continue;
    if (i > 0 && (isLetterCode(line.charCodeAt(i - 1)) || isDigitCode(line.charCodeAt(i - 1)))) return 0;
    if (p.length > 1) return p.length;
    let j = e;
    let grouped = false;
    while (j < n) {
      const d = line.charCodeAt(j);
      if (isDigitCode(d)) j++;
      else if ((d === 44 || d === 46) && j + 1 < n && isDigitCode(line.charCodeAt(j + 1))) {
        grouped = true;
        j += 2;
      } else break;
    }
    return grouped || SCALE_AFTER.test(line.slice(j, j + 9)) ? 1 : 0;
  }
  return 0;
}

/** A character toLowerCase could change (ASCII capitals, or anything from U+00C0 on), as hasUpperAscii counts them. */
const high = (c: number): boolean => (c >= 65 && c <= 90) || c >= 0xc0;

/** Scans a word's continuation; sets sawHyphen, and sawHigh for every character it takes that `high` counts. */
function scanWord(line: string, i: number, n: number): number {
  while (i < n) {
    const d = line.charCodeAt(i);
    if (isLetterCode(d) || isDigitCode(d)) {
      if (high(d)) sawHigh = true;
      i++;
      continue;
    }
    const next = i + 1 < n ? line.charCodeAt(i + 1) : 0;
    if ((d === APOS || d === RSQUO) && isLetterCode(next)) {
      // possessive: stop before ’s
      if ((next | 32) === 115 && (i + 2 >= n || !isLetterCode(line.charCodeAt(i + 2)))) break;
      if (high(d) || high(next)) sawHigh = true;
      i += 2;
      continue;
    }
    if ((d === 45 || d === 0x2010 || d === 0x2011) && (isLetterCode(next) || isDigitCode(next))) {
      if (d === 45) sawHyphen = true;
      if (high(d) || high(next)) sawHigh = true;
      i += 2;
      continue;
    }
    if (d === 46 && isLetterCode(next) && i + 2 < n && line.charCodeAt(i + 2) === 46 && isSingleLetterBefore(line, i)) {
      // U.S., U.N., U.K.: letter dot letter dot
      if (high(next)) sawHigh = true;
      i += 2;
      continue;
    }
    if (d === 38 && isUpperCode(next) && isUpperCode(line.charCodeAt(i - 1))) {
      sawHigh = true;
      i += 2; // AT&T
      continue;
    }
    break;
  }
  return i;
}

function isSingleLetterBefore(line: string, i: number): boolean {
  return i >= 1 && isLetterCode(line.charCodeAt(i - 1)) && (i < 2 || !isLetterCode(line.charCodeAt(i - 2)) || line.charCodeAt(i - 2) === 46);
}

/** Any uppercase letter (ASCII or Latin-1/Extended-A), i.e. toLowerCase could change the word. */
function hasUpperAscii(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 0xc0) return true;
  }
  return false;
}

function isAllUpper(t: string): boolean {
  let letters = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 0xdf && c <= 0xff && c !== 0xf7) return false;
    if (isLetterCode(c)) letters++;
  }
  return letters >= 2;
}

/** A possessive "’s" or "'s" glued to the word before it ("Ghani’s", "St. George's"). */
export function isPossessive(t: Tok | undefined): boolean {
  return !!t && t.k === PUNCT && !t.sp && (t.t === '’s' || t.t === "'s");
}

/** toks[i], without reading outside the array: V8 reads a negative index as a named property, slowly, and the read's site stays slower after (bench/negative-index.ts). */
export function tokAt(toks: readonly Tok[], i: number): Tok {
  return (i >= 0 && i < toks.length ? toks[i] : undefined) as Tok;
}
