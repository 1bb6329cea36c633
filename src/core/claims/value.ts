/**
 * Value normalisation: the figures in a span as {min, max, unit, qualifier, text}.
 *
 *   "85 percent", "85%"          → 85–85 percent
 *   "one-third to one-half"      → 33.3–50 percent        (fractions and "three in four" are shares → percent)
 *   "at least 1,500 families"    → 1500–null families, qualifier "at least"
 *   "up to 300"                  → null–300, qualifier "up to"
 *   "nearly 30 people"           → 30–30 people, qualifier "nearly" (approximators keep min = max)
 *   "$281 million", "£2bn"       → 281000000 USD, 2000000000 GBP
 *   "five or six police"         → 5–6 police
 *   "dozens", "tens of thousands"→ the VAGUE_QUANTITIES ranges, qualifier "vague" (only with {vague: true})
 *
 * Several figures in one text ("56 insurgents, 20 security forces, 5 civilians killed"): findValues
 * returns each; normaliseValue returns the FIRST figure as min/max/unit (the headline number of the
 * statement), `text` spanning all of them, and every figure in `parts`, so nothing is summed across
 * different units and nothing is lost.
 *
 * Not values: years ("in 2015"), days of dates ("Oct. 12"), times, ordinals ("4th", "ninth"),
 * decades ("1990s"), model names ("COVID-19"), numbers inside compound adjectives ("20-year", "three-page"),
 * a bare "one" ("one of the roads").
 */
import type { ClaimValue } from '../model';
import { digitValue, parseFraction, parseNumberWords, SCALE_ABBREVIATIONS, SCALES, tokenize, type Token } from './numbers';
import { matchVague, VAGUE_QUANTITIES } from './vague';

export interface FoundValue {
  start: number;
  end: number;
  value: ClaimValue;
}

export interface FindValuesOptions {
  /** Also normalise vague words ("dozens", "hundreds") to their documented ranges. Default false. */
  vague?: boolean;
}

type Bound = 'approx' | 'lower' | 'upper';

/** Qualifiers before a figure and what they do to the bounds; longest first when matching. */
export const QUALIFIERS: ReadonlyArray<readonly [string, Bound]> = [
  ['more than', 'lower'], ['at least', 'lower'], ['no fewer than', 'lower'], ['no less than', 'lower'],
  ['upwards of', 'lower'], ['in excess of', 'lower'], ['well over', 'lower'], ['just over', 'lower'],
  ['over', 'lower'], ['above', 'lower'], ['a minimum of', 'lower'],
  ['up to', 'upper'], ['as many as', 'upper'], ['at most', 'upper'], ['no more than', 'upper'],
  ['not more than', 'upper'], ['fewer than', 'upper'], ['less than', 'upper'], ['just under', 'upper'],
  ['under', 'upper'], ['below', 'upper'], ['a maximum of', 'upper'],
  ['about', 'approx'], ['around', 'approx'], ['roughly', 'approx'], ['approximately', 'approx'], ['some', 'approx'],
  ['nearly', 'approx'], ['almost', 'approx'], ['close to', 'approx'], ['closer to', 'approx'], ['an estimated', 'approx'],
  ['estimated', 'approx'], ['circa', 'approx'], ['approx', 'approx'], ['an approximate', 'approx'],
];

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR' };
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR', pounds: 'GBP', afghanis: 'AFN', rupees: 'INR', rubles: 'RUB', roubles: 'RUB', yuan: 'CNY',
};
const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)$/;
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'of', 'early', 'late', 'mid', 'before', 'after', 'during', 'year', 'the']);
/** Words that end a unit phrase after a figure. */
const UNIT_STOP = new Set([
  'of', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'with', 'and', 'or', 'but', 'nor', 'as', 'than', 'per', 'each', 'who', 'whom',
  'which', 'that', 'this', 'these', 'those', 'the', 'a', 'an', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has',
  'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'across', 'around', 'over', 'under', 'into', 'onto', 'since',
  'during', 'after', 'before', 'while', 'when', 'where', 'said', 'says', 'say', 'told', 'near', 'inside', 'outside', 'between',
  'among', 'against', 'along', 'through', 'throughout', 'within', 'without', 'about', 'last', 'this', 'next', 'ago', 'earlier',
  'later', 'so', 'far', 'there', 'here', 'east', 'west', 'north', 'south', 'away', 'up', 'down', 'out', 'off', 'more', 'also',
  'had', 'did', 'do', 'does', 'not', 'no', 'if', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'it', 'they', 'he', 'she', 'we',
  'percent', 'including', 'according', 'alone', 'only', 'still', 'already', 'now', 'then', 'too', 'very', 'overnight', 'daily',
  'annually', 'yesterday', 'today', 'tonight', 'ago', 'apiece', 'each', 'respectively', 'altogether', 'total', 'in total',
]);
const UNIT_SKIP_FIRST = new Set(['more', 'additional', 'other', 'extra', 'new', 'further', 'fewer']);
const DURATION_UNITS = /^(seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|years?|decades?|centuries|century|times?)$/;

/** True for "24 hours", "20 years", "four days": durations, not claimed figures. */
export function isDurationUnit(unit: string): boolean {
  return DURATION_UNITS.test(unit.toLowerCase().split(' ').pop() ?? '');
}

interface Core {
  min: number;
  max: number;
  unit?: string;
  percent: boolean;
  vague: boolean;
  fraction: boolean;
  /** index after the core */
  next: number;
}

interface Atom {
  value: number;
  next: number;
  currency?: string;
  percent: boolean;
  fraction: boolean;
  scaled: boolean;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.end === b.start;
}

function isConnector(t: Token | undefined): boolean {
  return !!t && (t.text === '-' || t.text === '–' || t.text === '—' || t.low === 'to' || t.low === 'or');
}

/** One figure: currency? (digits | number words | fraction) scale? percent? */
function parseAtom(toks: readonly Token[], i: number, fracContext: boolean): Atom | undefined {
  let k = i;
  let currency: string | undefined;
  if (toks[k]?.low === 'us' && toks[k + 1]?.text === '$' && adjacent(toks[k], toks[k + 1])) k++;
  if (toks[k] && CURRENCY_SYMBOLS[toks[k].text] && toks[k + 1]?.kind === 'num') {
    currency = CURRENCY_SYMBOLS[toks[k].text];
    k++;
  }
  const t = toks[k];
  if (!t) return undefined;
  let value: number;
  let scaled = false;
  if (t.kind === 'num') {
    value = digitValue(t.text);
    k++;
    const n = toks[k];
    if (n && n.kind === 'word' && adjacent(t, n)) {
      // "2bn", "65m", "10k" — any other glued letters make it an ordinal, decade or code
      if (!(n.low in SCALE_ABBREVIATIONS)) return undefined;
      value *= SCALE_ABBREVIATIONS[n.low];
      scaled = true;
      k++;
    } else if (n && n.kind === 'word' && n.low in SCALES && n.low !== 'hundred') {
      value *= SCALES[n.low];
      scaled = true;
      k++;
    } else if (n && n.kind === 'word' && (n.low === 'bn' || n.low === 'mn' || (currency && n.low === 'm'))) {
      value *= SCALE_ABBREVIATIONS[n.low];
      scaled = true;
      k++;
    }
  } else {
    const halfDozen = t.low === 'half' && toks[k + 1]?.low === 'a' && (toks[k + 2]?.low === 'dozen' || (toks[k + 2]?.low ?? '') in SCALES);
    const frac = halfDozen ? undefined : parseFraction(toks, k);
    if (frac) {
      const spaced = frac.next - k > 1 || !toks[k].low.includes('-');
      const after = toks[frac.next];
      // "the first half", "the second half of the year" are periods, not shares
      if (t.low === 'half' && /^(first|second|third|last|latter|former|the|other|this|that|each|later|earlier)$/.test(toks[k - 1]?.low ?? '')) return undefined;
      const okSpaced = fracContext || (t.low === 'half'
        ? !!after && /^(of|the|its|their|his|her|a|an|all)$/.test(after.low)
        : !after || after.kind === 'sym' || after.low === 'of' || isConnector(after));
      if (!spaced || okSpaced) return { value: round1(frac.share * 100), next: frac.next, percent: true, fraction: true, scaled: false };
    }
    const w = parseNumberWords(toks, k);
    if (!w) return undefined;
    // a bare "one" or "a" is an article or a pronoun far more often than a figure
    const after = toks[w.next];
    const figureFollows = !!after && (after.low === 'in' || after.low === 'out' || after.low === 'or' || after.low === 'to');
    if (w.next === k + 1 && (t.low === 'one' || t.low === 'a') && !figureFollows) return undefined;
    value = w.value;
    k = w.next;
  }
  let percent = false;
  const p = toks[k];
  if (p && (p.text === '%' || p.low === 'percent' || p.low === 'pct' || p.low === 'pc')) {
    percent = true;
    k++;
  } else if (p && p.low === 'per' && toks[k + 1]?.low === 'cent') {
    percent = true;
    k += 2;
  }
  return { value, next: k, currency, percent, fraction: false, scaled };
}

function parseCore(toks: readonly Token[], i: number, between: boolean, opts: FindValuesOptions, qualified: boolean): Core | undefined {
  if (opts.vague) {
    const v = matchVague(toks.map((t) => t.low).slice(i, i + 4), 0);
    if (v && toks.slice(i, i + v.length).every((t) => t.kind === 'word')) {
      const q = VAGUE_QUANTITIES[v.phrase];
      return { min: q.min, max: q.max, percent: false, vague: true, fraction: false, next: i + v.length };
    }
  }
  const a = parseAtom(toks, i, qualified);
  if (!a) return undefined;
  let core: Core = { min: a.value, max: a.value, percent: a.percent || a.fraction, vague: false, fraction: a.fraction, next: a.next };
  if (a.currency) core.unit = a.currency;
  // ranges: "2-6%", "33%-50%", "five or six", "one-third to one-half", "between 10 and 20"
  const c = toks[a.next];
  // "rose from 2,000 to 3,000" is a change, not a range
  const fromTo = toks[i - 1]?.low === 'from' && c?.low === 'to';
  if (!fromTo && (isConnector(c) || (between && c?.low === 'and'))) {
    const b = parseAtom(toks, a.next + 1, a.fraction);
    const sameKind = b && (b.fraction === a.fraction) && (!a.percent || b.percent || b.fraction);
    if (b && sameKind && b.value > a.value) {
      const hyphen = c.kind === 'sym';
      if (!hyphen || (adjacent(toks[a.next - 1], c) && adjacent(c, toks[a.next + 1])) || c.text !== '-') {
        let min = a.value;
        // "$2-3 million", "2 to 3 million": the scale of the second figure applies to the first
        if (b.scaled && !a.scaled && b.value / a.value > 100) min = a.value * (b.value / digitOnly(toks, a.next + 1));
        core = { ...core, min, max: b.value, percent: core.percent || b.percent, next: b.next };
        if (!core.unit && b.currency) core.unit = b.currency;
      }
    }
  }
  // "three in four", "one in five", "1 in 3" → a share
  const inTok = toks[core.next];
  if (!core.percent && !core.vague && core.min === core.max && inTok && (inTok.low === 'in' || (inTok.low === 'out' && toks[core.next + 1]?.low === 'of'))) {
    const j = core.next + (inTok.low === 'in' ? 1 : 2);
    const d = parseAtom(toks, j, false);
    if (d && !d.percent && !d.currency && d.value > core.min && d.value <= 100 && Number.isInteger(d.value)) {
      const share = round1((core.min / d.value) * 100);
      core = { ...core, min: share, max: share, percent: true, fraction: true, next: d.next };
    }
  }
  return core;
}

function digitOnly(toks: readonly Token[], i: number): number {
  const t = toks[i]?.kind === 'num' ? toks[i] : toks[i + 1];
  return t ? digitValue(t.text) || 1 : 1;
}

function matchQualifier(toks: readonly Token[], i: number): { text: string; bound: Bound; next: number } | undefined {
  for (const [q, bound] of QUALIFIERS) {
    const words = q.split(' ');
    if (words.every((w, n) => toks[i + n]?.low === w)) return { text: toks.slice(i, i + words.length).map((t) => t.low).join(' '), bound, next: i + words.length };
  }
  return undefined;
}

/** The noun phrase a figure counts: up to three words, stopping at function words and punctuation. */
function parseUnit(toks: readonly Token[], i: number): { unit: string; next: number } {
  let k = i;
  const words: Token[] = [];
  if (toks[k]?.kind === 'word' && UNIT_SKIP_FIRST.has(toks[k].low) && toks[k + 1]?.kind === 'word' && !UNIT_STOP.has(toks[k + 1].low)) k++;
  const first = k;
  while (words.length < 3) {
    const t = toks[k];
    if (!t || t.kind !== 'word' || UNIT_STOP.has(t.low)) break;
    if (words.length > 0 && !adjacentish(toks[k - 1], t)) break;
    words.push(t);
    k++;
  }
  // trailing participles are the predicate, not the unit: "1,500 families displaced"
  while (words.length > 1 && /(ed|ing)$/.test(words[words.length - 1].low)) words.pop();
  if (!words.length) return { unit: '', next: i };
  void first;
  return { unit: words.map((w) => w.text).join(' '), next: toks.indexOf(words[words.length - 1]) + 1 };
}

function adjacentish(a: Token, b: Token): boolean {
  return b.start - a.end <= 2;
}

function isDateDay(toks: readonly Token[], i: number, core: Core): boolean {
  const t = toks[i];
  if (t.kind !== 'num' || core.percent || core.unit) return false;
  const prev = toks[i - 1]?.text === '.' ? toks[i - 2] : toks[i - 1];
  if (prev && MONTHS.test(prev.low)) return true;
  const next = toks[core.next];
  return !!next && MONTHS.test(next.low) && digitValue(t.text) <= 31;
}

function isYear(toks: readonly Token[], i: number, core: Core, unit: string): boolean {
  const t = toks[i];
  if (t.kind !== 'num' || core.percent || core.unit || core.min !== core.max) return false;
  if (!/^\d{4}$/.test(t.text) || core.min < 1800 || core.min > 2100) return false;
  const prev = toks[i - 1];
  return unit === '' || /^[A-Z]/.test(unit) || (!!prev && (YEAR_PREPOSITIONS.has(prev.low) || MONTHS.test(prev.low)));
}

function isCodeOrCompound(toks: readonly Token[], i: number, next: number): boolean {
  const prev = toks[i - 1];
  const prev2 = toks[i - 2];
  // "COVID-19", "F-16", "#1"
  if (prev && (prev.text === '-' || prev.text === '#') && adjacent(prev, toks[i]) && prev2 && prev2.kind === 'word' && adjacent(prev2, prev)) return true;
  if (prev && prev.text === '#') return true;
  // "20-year conflict", "19-year-old"
  const h = toks[next];
  if (h && h.text === '-' && adjacent(toks[next - 1], h) && toks[next + 1]?.kind === 'word' && adjacent(h, toks[next + 1])) return true;
  // times "9:30", scores "3:1", "9/11"
  if (h && (h.text === ':' || h.text === '/') && toks[next + 1]?.kind === 'num' && adjacent(h, toks[next + 1])) return true;
  if (prev && (prev.text === ':' || prev.text === '/') && prev2?.kind === 'num' && adjacent(prev, toks[i])) return true;
  return false;
}

/** Every figure in `text`, in order, with its offsets (qualifier and unit included in the span). */
export function findValues(text: string, options: FindValuesOptions = {}): FoundValue[] {
  const toks = tokenize(text);
  const out: FoundValue[] = [];
  let i = 0;
  while (i < toks.length) {
    const q = matchQualifier(toks, i);
    const coreAt = q ? q.next : i;
    const between = toks[coreAt]?.low === 'between';
    const at = between ? coreAt + 1 : coreAt;
    const core = parseCore(toks, at, between, options, !!q);
    if (!core) {
      i = q ? q.next : i + 1;
      continue;
    }
    if (isCodeOrCompound(toks, at, core.next) || isDateDay(toks, at, core)) {
      i = core.next;
      continue;
    }
    let unit = core.unit ?? '';
    let end = toks[core.next - 1].end;
    let next = core.next;
    if (core.percent) unit = 'percent';
    else if (!unit) {
      const cw = toks[next];
      if (cw && cw.kind === 'word' && CURRENCY_WORDS[cw.low]) {
        unit = CURRENCY_WORDS[cw.low];
        end = cw.end;
        next++;
      } else if (core.vague && cw?.low === 'of') {
        const skip = /^(the|their|its|his|her|them)$/.test(toks[next + 1]?.low ?? '') ? 2 : 1;
        const u = parseUnit(toks, next + skip);
        if (u.unit) {
          unit = u.unit;
          end = toks[u.next - 1].end;
          next = u.next;
        }
      } else {
        const u = parseUnit(toks, next);
        if (u.unit) {
          unit = u.unit;
          end = toks[u.next - 1].end;
          next = u.next;
        }
      }
    }
    if (isYear(toks, at, core, unit)) {
      i = core.next;
      continue;
    }
    const value: ClaimValue = { min: core.min, max: core.max, unit, text: '' };
    if (core.vague) value.qualifier = 'vague';
    if (q) {
      value.qualifier = core.vague ? `${q.text} (vague)` : q.text;
      if (q.bound === 'lower' && core.min === core.max) value.max = null;
      if (q.bound === 'upper' && core.min === core.max) value.min = null;
    }
    const start = toks[q ? i : coreAt].start;
    value.text = text.slice(start, end);
    out.push({ start, end, value });
    i = next;
  }
  return out;
}

/** The normalised value of the figures in `text` (see the module comment), or null when there is none. */
export function normaliseValue(text: string, options: FindValuesOptions = { vague: true }): ClaimValue | null {
  const found = findValues(text, options);
  if (!found.length) return null;
  if (found.length === 1) return found[0].value;
  const first = found[0].value;
  return { ...first, text: text.slice(found[0].start, found[found.length - 1].end), parts: found.map((f) => f.value) };
}
