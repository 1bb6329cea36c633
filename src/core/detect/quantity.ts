/**
 * Quantities: a cardinal number (digits, number words, fractions, percentages, money, ranges) plus
 * the noun phrase it counts, up to the head noun ("20 Afghan security forces", "$281 million",
 * "2-6%", "one-third to one-half", "a dozen districts"). Approximators stay outside; partitives
 * are split ("20 of the country's 34 provinces" → "20", "34 provinces"); durations, ages,
 * ordinals, compound adjectives ("three-page") and vague plurals ("dozens") are not quantities.
 */
import {
  COLLECTIVE_NOUNS, isModelCode, NON_ORG_ACRONYMS, CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOCUMENT_NOUNS, FRACTION_WORDS, NP_STOP, NUMBER_WORDS, PERCENT_WORDS, ROLE_NOUNS, SCALES, SPEECH_VERBS, TIME_UNITS,
} from './lexicon';
import { F_HYPHEN, F_NUMBER, NUM, PUNCT, WORD, digits, tokAt, type Tok } from './tokens';
import { STR_GAZ, type Cand } from './types';
import { gazetteer } from './gazetteer';
import { VEHICLE_FIRST_WORDS, VEHICLE_NAMES } from './name-words';

const APPROXIMATORS = new Set(['nearly', 'about', 'around', 'almost', 'roughly', 'some', 'over', 'more', 'less', 'fewer', 'only', 'just', 'approximately', 'up', 'barely', 'estimated', 'another', 'exactly', 'at', 'under', 'below', 'above', 'least', 'most', 'than']);

const UNITS = new Set([
  'mile', 'miles', 'km', 'kilometer', 'kilometers', 'kilometre', 'kilometres', 'meter', 'meters', 'metre', 'metres', 'foot', 'feet',
  'ton', 'tons', 'tonne', 'tonnes', 'kg', 'kilogram', 'kilograms', 'pound', 'acre', 'acres', 'hectare', 'hectares', 'barrel', 'barrels',
  'liter', 'liters', 'litre', 'litres', 'gallon', 'gallons', 'mm', 'cm', 'sq', 'square', 'degrees', 'degree', 'mph', 'kph', 'km/h',
  'kw', 'mw', 'gw', 'kwh', 'mwh', 'gwh', 'mb', 'gb', 'tb', 'lb', 'lbs',
]);

/** Plural nouns that modify a plural head ("weapons depots", "arms dealers", "goods trucks"). */
const PLURAL_MODIFIERS = new Set(['weapons', 'arms', 'goods', 'drugs', 'narcotics', 'explosives', 'sales', 'operations', 'communications', 'savings', 'customs', 'sports', 'students', 'womens', 'veterans', 'rights', 'munitions', 'supplies', 'logistics', 'electronics', 'firearms']);

/** Fractions after "a": "a third of", "a sixth of" (compared, not hashed: the word after every "a" comes here). */
const aFraction = (w: string): boolean => w === 'quarter' || w === 'third' || w === 'half' || w === 'fifth' || w === 'sixth' || w === 'eighth' || w === 'tenth';

const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);

/** Words that, with a capital, may sit inside a counted phrase without being a named entity. */
export type IsDemonym = (t: Tok) => boolean;
export type IsCommon = (t: Tok) => boolean;

function isNumberWord(t: Tok | undefined): boolean {
  return !!t && t.k === WORD && NUMBER_WORDS.has(t.l) && t.l !== 'one' && t.l !== 'zero';
}

/** "two-thirds", "one-third", "three-quarters", "twenty-five" */
function hyphenNumber(t: Tok | undefined): 'fraction' | 'number' | null {
  if (!t || t.k !== WORD || !t.l.includes('-')) return null;
  const parts = t.l.split('-');
  if (parts.length !== 2 || !NUMBER_WORDS.has(parts[0])) return null;
  if (FRACTION_WORDS.has(parts[1])) return 'fraction';
  if (NUMBER_WORDS.has(parts[1])) return 'number';
  return null;
}

function isPlainNum(t: Tok | undefined): boolean {
  // (with a scale joined by a hyphen: "$20-billion", "R2.4-billion", "€20-million")
  return !!t && t.k === NUM && /^\d[\d,.]*(?:-(?:million|billion|trillion))?$/.test(t.t);
}

/** Scans one number at i; returns the last token index of the number (with scales), or -1. */
function scanNumber(toks: Tok[], i: number, used: Uint8Array, listed = false): { end: number; fraction: boolean; word: boolean; single?: number } | null {
  const t = toks[i];
  if (!t || used[i]) return null;
  let j = i;
  let fraction = false;
  let word = false;
  // the end of the singular noun that "one" after a casualty verb counts, or -1
  const casualty = t.k === WORD && t.l === 'one' && tokAt(toks, i - 1)?.l !== 'no' ? (!t.cap && CASUALTY_VERBS.has(tokAt(toks, i - 1)?.l ?? '') ? singularNounEnd(toks, i + 1) : oneThen(toks, i, listed && !t.cap)) : -1;
  if (t.k === PUNCT && CURRENCY_SYMBOLS.has(t.t) && isPlainNum(tokAt(toks, i + 1)) && (!tokAt(toks, i + 1).sp || CURRENCY_CODES.has(t.t) || (t.t.length > 1 && t.t.charCodeAt(0) >= 65))) j = i + 1;
  else if (t.t === '1' && oneInN(toks, i, used)) return { end: i + 2, fraction: true, word: true }; // "1 in 5"
  else if (isPlainNum(t)) j = i;
  else if (hyphenNumber(t)) {
    fraction = hyphenNumber(t) === 'fraction';
    word = true;
  } else if (t.k === WORD && (t.l === 'a' || (t.l === 'half' && tokAt(toks, i + 1)?.l === 'a')) && tokAt(toks, i + 1)?.k === WORD) {
    const nx = tokAt(toks, i + 1).l;
    if (t.l === 'half' && nx === 'a' && (tokAt(toks, i + 2)?.l === 'dozen' || tokAt(toks, i + 2)?.l === 'million' || tokAt(toks, i + 2)?.l === 'billion')) j = i + 2;
    else if (t.l === 'a' && (nx === 'dozen' || nx === 'hundred' || nx === 'thousand' || nx === 'million' || nx === 'billion' || nx === 'trillion')) j = i + 1;
    else if (t.l === 'a' && aFraction(nx) && (tokAt(toks, i + 2)?.k !== WORD || (NP_STOP.has(tokAt(toks, i + 2).l) && tokAt(toks, i + 2).l !== 'a') || tokAt(toks, i + 2).l === 'less' || tokAt(toks, i + 2).l === 'more')) {
      // "a third of", "a quarter.", "a sixth of", "a third less" (but "a third day" is an ordinal)
      j = i + 1;
      fraction = true;
    } else if (t.l === 'a' && aFraction(nx) && tokAt(toks, i + 2)?.l === 'of') {
      j = i + 1;
      fraction = true;
    } else return null;
    word = true;
  } else if (t.k === WORD && t.l === 'half' && !t.cap && (tokAt(toks, i + 1)?.l === 'the' || tokAt(toks, i + 1)?.l === 'of' || tokAt(toks, i + 1)?.l === 'its' || tokAt(toks, i + 1)?.l === 'their' || !tokAt(toks, i + 1) || tokAt(toks, i + 1).k === PUNCT) && APPROXIMATORS.has(tokAt(toks, i - 1)?.l ?? '')) {
    fraction = true;
    word = true;
  } else if (t.k === WORD && t.l === 'half' && bareHalf(toks, i)) {
    // "Half of the dead", "half of his squadron", "half my class", "setting aside half for relief"
    fraction = true;
    word = true;
    fraction = true;
    word = true;
  } else if (isNumberWord(t)) {
    word = true;
    if (t.l === 'hundred' || t.l === 'thousand' || t.l === 'million' || t.l === 'billion' || t.l === 'dozen') return null;
  } else if (t.k === WORD && t.l === 'one' && oneInN(toks, i, used)) {
    // "one in three": a proportion (what it counts stays outside, as in "one in three Afghans")
    return { end: i + 2, fraction: true, word: true };
  } else if (t.k === WORD && t.l === 'one' && tokAt(toks, i + 1)?.k === WORD && (tokAt(toks, i + 1).l === 'hundred' || tokAt(toks, i + 1).l === 'thousand' || tokAt(toks, i + 1).l === 'million')) {
    word = true;
  } else if (t.k === WORD && t.l === 'one' && !t.cap && APPROXIMATORS.has(tokAt(toks, i - 1)?.l ?? '') && tokAt(toks, i + 1)?.k === WORD && tokAt(toks, i + 1).sp && !tokAt(toks, i + 1).cap && !NP_STOP.has(tokAt(toks, i + 1).l) && !TIME_UNITS.has(tokAt(toks, i + 1).l) && tokAt(toks, i + 1).l !== 'another' && !(tokAt(toks, i + 1).l === 'point' && tokAt(toks, i - 1)?.l === 'at') && (!tokAt(toks, i + 2) || tokAt(toks, i + 2).k === PUNCT || NP_STOP.has(tokAt(toks, i + 2).l))) {
    // "at least one camp": a singular counted noun
    return { end: i, fraction, word: true, single: i + 1 };
  } else if (t.k === WORD && t.l === 'one' && !t.cap && tokAt(toks, i + 1)?.k === WORD && tokAt(toks, i + 1).sp && UNITS.has(tokAt(toks, i + 1).l) && !tokAt(toks, i + 1).l.endsWith('s') && tokAt(toks, i + 1).l !== 'square' && tokAt(toks, i + 1).l !== 'sq') {
    // "one kilogram of rice", "one mile from the site": one of a unit of measure
    return { end: i, fraction, word: true, single: i + 1 };
  } else if (casualty > 0) {
    // "killing one person", "wounded one police officer": one, counted by a casualty verb (or "one soldier was killed",
    // "two missiles and one drone")
    return { end: i, fraction, word: true, single: casualty };
  } else if (t.k === WORD && t.l === 'one' && !t.cap && verbObject(toks, i, i)) {
    word = true; // "sinking two and seizing one"
    return { end: i, fraction, word };
  } else return null;
  // scales and chained number words: "3 million", "two hundred and fifty", "twenty five"
  while (j + 1 < toks.length && !used[j + 1]) {
    const nx = tokAt(toks, j + 1);
    if (nx.k !== WORD) break;
    if (SCALES.has(nx.l) && (nx.l.length > 2 || !nx.sp)) j++;
    else if (word && NUMBER_WORDS.has(nx.l) && nx.l !== 'a' && !nx.l.startsWith('a ')) j++;
    else break;
  }
  return { end: j, fraction, word };
}

/** Marks quantities in `toks` (sets `used`) and appends them to `out`. */
export function findQuantities(toks: Tok[], used: Uint8Array, out: Cand[], isDemonym: IsDemonym, isCommon: IsCommon): void {
  const n = toks.length;
  // a number alone on its line counts nothing (share and comment counters, list numbers)
  if (n === 1 && toks[0].k === NUM) return;
  for (let i = 0; i < n; i++) {
    if (used[i]) continue;
    const q = toks[i];
    if (q.k === WORD ? !(q.f & (F_NUMBER | F_HYPHEN)) : q.k === PUNCT && !CURRENCY_SYMBOLS.has(q.t)) continue;
    // "one Uruguayan soldier", "one Kenyan police officer": one of a nationality, a singular noun
    const single = q.k === WORD && q.l === 'one' ? oneOfNationality(toks, i, used, isDemonym) : -1;
    if (single > 0) {
      for (let k = i; k <= single; k++) used[k] = 1;
      out.push({ s: q.s, e: toks[single].e, type: 'quantity', str: STR_GAZ, key: '' });
      i = single;
      continue;
    }
    // "18 drones, two cruise missiles and one ballistic missile": "one" after "and" or a comma that follows a count
    const prevQ = out.length > 0 ? out[out.length - 1] : undefined;
    const listed = q.l === 'one' && i >= 2 && (toks[i - 1].l === 'and' || toks[i - 1].t === ',') && !!prevQ && prevQ.type === 'quantity' && prevQ.e === toks[i - 2].e;
    const first = scanNumber(toks, i, used, listed);
    if (!first) continue;
    // "in a quarter of a century", "half of the year": a share of a span of time is a duration
    if (first.fraction && tokAt(toks, first.end + 1)?.l === 'of' && (tokAt(toks, first.end + 2)?.l === 'a' || tokAt(toks, first.end + 2)?.l === 'the') && TIME_UNITS.has(tokAt(toks, first.end + 3)?.l ?? '')) {
      i = first.end + 3;
      continue;
    }
    const t = toks[i];
    const prev = tokAt(toks, i - 1);
    const skip = notACount(toks, i, used, isCommon);
    if (skip >= 0) {
      i = skip;
      continue;
    }
    // ("A quarter of the city": a share opening the sentence)
    if (first.word && t.cap && t.l === 'a' && !SCALES.has(tokAt(toks, i + 1)?.l ?? '') && !first.fraction) continue;
    // "the Group of Seven", "Group of Twenty": a capitalised number word ending a name after "of"
    if (first.word && t.cap && prev?.l === 'of' && !prev.cap && first.end === i && gazetteer().names.has(`${tokAt(toks, i - 2)?.l} of ${t.l}`)) continue;
    // "a week and a half": the half of a duration
    if (t.l === 'a' && tokAt(toks, i + 1)?.l === 'half' && prev?.l === 'and' && TIME_UNITS.has(tokAt(toks, i - 2)?.l ?? '')) {
      i++;
      continue;
    }
    if (first.single !== undefined) {
      for (let k = i; k <= first.single; k++) used[k] = 1;
      out.push({ s: toks[i].s, e: toks[first.single].e, type: 'quantity', str: STR_GAZ, key: '' });
      i = first.single;
      continue;
    }
    let end = first.end;
    let fraction = first.fraction;
    let isPercent = false;
    const money = t.k === PUNCT;
    // range: "2-6%", "five or six", "one-third to one-half", "10 to 15"
    const r = tokAt(toks, end + 1);
    const between = prev?.l === 'between' && r?.l === 'and';
    // ("from 13,000 to 8,600": a change between two figures, each bare)
    // (but "estimates range from 2,000 to 6,000 fighters", "killing somewhere from 10,000 to 40,000 people": a range)
    const fromAt = prev?.l === 'from' ? i - 1 : APPROXIMATORS.has(prev?.l ?? '') && tokAt(toks, i - 2)?.l === 'from' ? i - 2 : -1;
    const fromChange = r?.l === 'to' && fromAt >= 0 && !RANGE_WORDS.has(tokAt(toks, fromAt - 1)?.l ?? '');
    if (r && !used[end + 1] && !fromChange && (r.t === '-' || r.t === '–' || r.l === 'to' || r.l === 'or' || between)) {
      const second = scanNumber(toks, end + 2, used);
      const dash = r.t === '-' || r.t === '–';
      // ("nine or 10 weapons": words and figures may mix when joined by a word)
      if (second && (!dash || (!r.sp && !tokAt(toks, end + 2).sp)) && (second.word === first.word || r.l === 'or')) {
        end = second.end;
        fraction = fraction || second.fraction;
      }
    }
    // percent
    const p = tokAt(toks, end + 1);
    if (p && p.k === PUNCT && p.t === '%') {
      end++;
      isPercent = true;
      // "0.1%-0.2%", "20% to 30%": a range of percentages
      const r2 = tokAt(toks, end + 1);
      const n2 = tokAt(toks, end + 2);
      if (r2 && n2 && n2.k === NUM && !used[end + 2] && tokAt(toks, end + 3)?.t === '%' && (r2.l === 'to' || ((r2.t === '-' || r2.t === '–') && !r2.sp && !n2.sp)) && !fromChange) end += 3;
    } else if (p && p.k === WORD && (PERCENT_WORDS.has(p.l) || (p.l === 'per' && tokAt(toks, end + 2)?.l === 'cent'))) {
      end += p.l === 'per' ? 2 : 1;
      isPercent = true;
      // "10 percent to 20 percent": a range of percentages written out
      if (tokAt(toks, end + 1)?.l === 'to' && tokAt(toks, end + 2)?.k === NUM && !used[end + 2] && PERCENT_WORDS.has(tokAt(toks, end + 3)?.l ?? '') && prev?.l !== 'from' && tokAt(toks, i - 2)?.l !== 'from') end += 3;
    } else if (p && p.k === WORD && (CURRENCY_WORDS.has(p.l) || (p.l === 'cfa' && CURRENCY_WORDS.has(tokAt(toks, end + 2)?.l ?? '')))) {
      end += p.l === 'cfa' ? 2 : 1;
      isPercent = true; // money: the currency is what it measures
    }
    if (tokAt(toks, end + 1)?.k === WORD && (tokAt(toks, end + 1).l === 'a.m.' || tokAt(toks, end + 1).l === 'p.m.' || tokAt(toks, end + 1).l === 'am' || tokAt(toks, end + 1).l === 'pm' || tokAt(toks, end + 1).l === "o'clock" || tokAt(toks, end + 1).l === 'o’clock')) {
      i = end;
      continue;
    }
    let keep = true;
    if (!isPercent && !money && !fraction) {
      const np = countedPhrase(toks, end + 1, used, isDemonym, isCommon);
      if (np === -3) continue; // a name follows: "Three Brotherhood Alliance", "two Taliban commanders"
      if (np === -2) keep = false; // duration
      else if (np >= 0) end = np;
      // bare number words: too vague ("the two"), but "two of the bombs", "wounded nine", "nearly a million"
      // ("a city of some five million": an approximated number with its scale)
      // ("that four million might return": a number with its scale)
      else if (first.word && tokAt(toks, end + 1)?.l !== 'of') keep = verbObject(toks, i, end) || numberSubject(toks, i, end) || (end > i && SCALES.has(toks[end].l) && (APPROXIMATORS.has(prev?.l ?? '') || (toks[end].l !== 'hundred' && toks[end].l !== 'dozen'))) || elidedCount(toks, i, end) || understoodCount(toks, i, end, out);
      // ages: "Khin Maung Than, 52, a farmer", "said Ms. Ahmadi, 36."
      const after = tokAt(toks, end + 1);
      // ("his sibling, 19, in the chaos", "The general, 64, has led")
      if (np < 0 && t.k === NUM && prev?.t === ',' && (after?.t === ',' || ((!after || after.t === '.') && digits(t.t, 1, 2))) && (tokAt(toks, i - 2)?.cap || /^\p{Ll}{1,3}-\p{Lu}/u.test(tokAt(toks, i - 2)?.t ?? '') || AGE_SUBJECTS.has(tokAt(toks, i - 2)?.l ?? '') || (ROLE_NOUNS.has(tokAt(toks, i - 2)?.l ?? '') && (tokAt(toks, i - 3)?.l === 'a' || tokAt(toks, i - 3)?.l === 'an' || tokAt(toks, i - 3)?.l === 'the')) || personBefore(toks, i - 2))) keep = false;
      // "Eight out of 10 families": the first figure of a proportion
      if (np < 0 && first.word && tokAt(toks, end + 1)?.l === 'out' && tokAt(toks, end + 2)?.l === 'of') keep = true;
    }
    for (let k = i; k <= end; k++) used[k] = 1;
    if (keep) out.push({ s: toks[i].s, e: toks[end].e, type: 'quantity', str: STR_GAZ, key: '' });
    i = end;
  }
}

/** In a headline, capitalised common words up to a plural (after "More") at i: "Hold 100 Districts", "Seize 3 More Border Towns". */
function headlineCount(toks: Tok[], i: number, isCommon: IsCommon): boolean {
  if (tokAt(toks, i)?.t === '%') return true; // "Taliban Claim 85% of Afghanistan"
  const from = tokAt(toks, i)?.l === 'more' ? i + 1 : i;
  for (let k = from; k < from + 3; k++) {
    const t = tokAt(toks, k);
    if (!t || t.k !== WORD || !t.cap || !t.sp) return false;
    if (k === i && PERCENT_WORDS.has(t.l)) return true; // "Say They Hold 85 Percent"
    if (!isCommon(t) && gazetteer().names.has(t.l)) return false;
    if (isPluralNoun(t)) return true;
  }
  return false;
}

/** "the" and a known organisation before the number at i, a lowercase plural after it: "the Taliban 221 districts". */
function nameThenCount(toks: Tok[], i: number): boolean {
  const nx = tokAt(toks, i + 1);
  if (!nx || nx.k !== WORD || nx.cap || !nx.sp || !toks[i].sp || !(isPluralNoun(nx) || PERCENT_WORDS.has(nx.l)) || NP_STOP.has(nx.l) || !/^\d[\d,.]*$/.test(toks[i].t)) return false;
  // (after "the": not a model number, "Boeing 737 jets")
  const e = gazetteer().names.get(toks[i - 1].l);
  return !!e && e.type === 'organization' && tokAt(toks, i - 2)?.l === 'the';
}

/** Times of day after which "at 7" is a clock time. */
const DAY_TIMES = new Set(['morning', 'afternoon', 'evening', 'night']);

/**
 * Numbers that count nothing: names' numbers ("Route 66", "Hearing 117-389"), ages, clock times, phone and page
 * numbers, references, coordinates, elided durations. The last token index the number covers (the loop goes on
 * after it), or -1 when the number at i may count something.
 */
function notACount(toks: Tok[], i: number, used: Uint8Array, isCommon: IsCommon): number {
  const t = toks[i];
  if (t.k !== NUM) return -1;
  const n = toks.length;
  const prev = tokAt(toks, i - 1);
  // picture and record IDs: "Editorial #: 2154938127", "ID: 33WQ8XK" (a long figure with no separator, or digits
  // glued to capitals)
  if (digits(t.t, 7, Infinity) || (tokAt(toks, i + 1)?.k === WORD && !tokAt(toks, i + 1).sp && tokAt(toks, i + 1).upper && /\d/.test(tokAt(toks, i + 1).t))) return numberedRangeEnd(toks, i);
  // document symbols "A/HRC/57/86", "ASA 16/6927/2023": a number glued after a slash that follows a code or a number
  if (prev?.t === '/' && !prev.sp && !t.sp && (tokAt(toks, i - 2)?.upper || (tokAt(toks, i - 2)?.k === NUM && !tokAt(toks, i - 2).sp))) return numberedRangeEnd(toks, i);
  // "Articles 3, 5, 8 and 14": the further numbers of a list of articles
  if (prev && (prev.t === ',' || prev.l === 'and') && articleList(toks, i)) return i;
  // phone numbers "1-866-329-8893", "202-555-0148": groups joined by hyphens
  if (tokAt(toks, i + 1)?.t === '-' && !tokAt(toks, i + 1).sp && digits(tokAt(toks, i + 2)?.t ?? '', 3, 3) && tokAt(toks, i + 3)?.t === '-' && !tokAt(toks, i + 3).sp && digits(tokAt(toks, i + 4)?.t ?? '', 3, 4)) {
    i += 4;
    while (tokAt(toks, i + 1)?.t === '-' && !tokAt(toks, i + 1).sp && tokAt(toks, i + 2)?.k === NUM) i += 2;
    return i;
  }
  // phone numbers "020 7008 3100", "Telephone 0799 123 456": a number with its leading zero, then its other groups
  if (((t.t.charCodeAt(0) === 48 && digits(t.t, 3, Infinity)) || PHONE_WORDS.has(prev?.l ?? '')) && tokAt(toks, i + 1)?.k === NUM && digits(tokAt(toks, i + 1).t, 3, 4)) {
    while (tokAt(toks, i + 1)?.k === NUM && tokAt(toks, i + 1).sp) i++;
    return i;
  }
  // Not counts: "Route 66", "No. 5", times "10:30", "aged 25"
  // (a headline verb is no name before a number: "Strike Killed 10 Civilians", "Kills 17")
  // ("The Taliban Say They Hold 100 Districts": a capitalised common plural after the number is what it counts)
  // ("gave the Taliban 221 districts": a known name, then the number and the plural it counts)
  if (prev && !used[i - 1] && ((prev.k === WORD && prev.cap && !NP_STOP.has(prev.l) && !APPROXIMATORS.has(prev.l) && !headlineVerb(prev, isCommon) && !(headlineCount(toks, i + 1, isCommon) && (isCommon(prev) || !gazetteer().names.has(prev.l))) && !nameThenCount(toks, i)) || (prev.t === '#' && !t.sp) || prev.l === 'aged' || prev.l === 'age')) {
    i = numberedRangeEnd(toks, i); // "Hearing 117-389"
    // "Page 2 of 4"
    if (tokAt(toks, i + 1)?.l === 'of' && tokAt(toks, i + 2)?.k === NUM && DOCUMENT_NOUNS.has(prev.l)) i += 2;
    // "aged 18 to 35"
    if ((prev.l === 'aged' || prev.l === 'age') && (tokAt(toks, i + 1)?.l === 'to' || tokAt(toks, i + 1)?.l === 'and') && tokAt(toks, i + 2)?.k === NUM) i += 2;
    return i;
  }
  // "No 10 said": Downing Street's number, not a count
  if (prev?.t === 'No' && t.t === '10') return i;
  // "Group of 7", "Group of 20": a number inside a known name
  if (prev?.l === 'of' && tokAt(toks, i - 2)?.t === 'Group') return i;
  // "aged between 11 and 17"
  if (prev?.l === 'between' && tokAt(toks, i - 2)?.l === 'aged') {
    if (tokAt(toks, i + 1)?.l === 'and' && tokAt(toks, i + 2)?.k === NUM) i += 2;
    return i;
  }
  // ages: "at the age of 73"
  if (prev?.l === 'of' && (tokAt(toks, i - 2)?.l === 'age' || tokAt(toks, i - 2)?.l === 'ages')) return i;
  // ages: "a boy of about 12", "a girl of 9"
  if (digits(t.t, 1, 2) && tokAt(toks, atOf(toks, i))?.l === 'of' && (AGE_SUBJECTS.has(tokAt(toks, atOf(toks, i) - 1)?.l ?? '') || AGED_PEOPLE.has(tokAt(toks, atOf(toks, i) - 1)?.l ?? ''))) return i;
  // ages: "children under 5"
  // ("girls over 12", "men over 50")
  if ((prev?.l === 'under' || prev?.l === 'over') && digits(t.t, 1, 2) && PEOPLE_BY_AGE.has(tokAt(toks, i - 2)?.l ?? '')) return i;
  // ages: "people older than 65", "those younger than 18"
  if (prev?.l === 'than' && digits(t.t, 1, 2) && (tokAt(toks, i - 2)?.l === 'older' || tokAt(toks, i - 2)?.l === 'younger')) return i;
  // clock times: "until almost 5 in the evening", "at 9 o'clock"
  if (digits(t.t, 1, 2) && ((tokAt(toks, i + 1)?.l === 'in' && tokAt(toks, i + 2)?.l === 'the' && TIMES_OF_DAY_AFTER.has(tokAt(toks, i + 3)?.l ?? '')) || tokAt(toks, i + 1)?.l === "o'clock" || tokAt(toks, i + 1)?.l === 'o’clock')) return i;
  // ages: "some as young as 12", "as old as 80"
  if (prev?.l === 'as' && digits(t.t, 1, 2) && (tokAt(toks, i - 2)?.l === 'young' || tokAt(toks, i - 2)?.l === 'old') && tokAt(toks, i - 3)?.l === 'as') return i;
  // ages: "Mr. Noori, now 35,", "she died at 68"
  if (digits(t.t, 1, 3) && ((prev?.l === 'now' && tokAt(toks, i - 2)?.t === ',' && tokAt(toks, i + 1)?.t === ',') || (prev?.l === 'at' && (tokAt(toks, i - 2)?.l === 'died' || tokAt(toks, i - 2)?.l === 'dies')))) return i;
  // footnote markers "[3]", page references "p. 64", section numbers of a contents line ("8 References"),
  // numbers inside a handle ("sher_khan_1990"), counters "Comments (3)", document numbers ("resolution 2593")
  if ((referenceNumber(toks, i) || (i === 0 && contentsLine(toks)) || (tokAt(toks, i - 1)?.t === '_' && !t.sp) || (prev?.t === '(' && tokAt(toks, i + 1)?.t === ')') || (prev?.k === WORD && DOCUMENT_NOUNS.has(prev.l)) || numberNoun(toks, i))) {
    if (prev?.k === WORD && DOCUMENT_NOUNS.has(prev.l)) i = numberedRangeEnd(toks, i);
    return i;
  }
  // phone numbers written in groups: "Lifeline on 13 11 14", "1300 22 4636"
  if (tokAt(toks, i + 1)?.k === NUM && tokAt(toks, i + 2)?.k === NUM && digits(t.t, 1, Infinity) && digits(tokAt(toks, i + 1).t, 1, Infinity)) {
    while (tokAt(toks, i + 1)?.k === NUM) i++;
    return i;
  }
  // ages: "the coordinator, who is 47", "She is 61", "she was about 50"
  const approx = !!prev && prev.k === WORD && prev.l !== 'is' && prev.l !== 'was' && prev.l !== 'am' && APPROXIMATORS.has(prev.l) ? 1 : 0;
  // ("I am 30 now")
  if ((tokAt(toks, i - 1 - approx)?.l === 'is' || tokAt(toks, i - 1 - approx)?.l === 'was' || tokAt(toks, i - 1 - approx)?.l === 'am') && AGE_SUBJECTS.has(tokAt(toks, i - 2 - approx)?.l ?? '') && (!tokAt(toks, i + 1) || tokAt(toks, i + 1).k === PUNCT || tokAt(toks, i + 1).l === 'and' || tokAt(toks, i + 1).l === 'now')) return i;
  // ages: "was 12 when his father was killed"
  if ((prev?.l === 'was' || prev?.l === 'is') && digits(t.t, 1, 2) && tokAt(toks, i + 1)?.l === 'when') return i;
  // ages at a clause's end: "He's 52.", "Zawahiri was 71.", "the youngest 2", "who turned 9 in captivity"
  if (digits(t.t, 1, 3) && ageAt(toks, i)) return i;
  // "could fall within 90.": a duration whose unit was left out
  if (prev?.l === 'within' && (!tokAt(toks, i + 1) || tokAt(toks, i + 1).k === PUNCT)) return i;
  // phone numbers "917-555-0143"
  if (tokAt(toks, i + 1)?.t === '-' && !tokAt(toks, i + 1).sp && tokAt(toks, i + 2)?.k === NUM && tokAt(toks, i + 3)?.t === '-' && !tokAt(toks, i + 3).sp && tokAt(toks, i + 4)?.k === NUM && !tokAt(toks, i + 4).sp) {
    i += 4;
    return i;
  }
  // clock times without their "a.m.": "at 4 in the morning", "every morning at 7"
  // ("every morning at about 7")
  const atK = prev?.l === 'about' || prev?.l === 'around' ? i - 2 : i - 1;
  if ((tokAt(toks, atK)?.l === 'at' || tokAt(toks, atK)?.l === 'from' || tokAt(toks, atK)?.l === 'until' || tokAt(toks, atK)?.l === 'by') && digits(t.t, 1, 2) && ((tokAt(toks, i + 1)?.l === 'in' && tokAt(toks, i + 2)?.l === 'the' && DAY_TIMES.has(tokAt(toks, i + 3)?.l ?? '')) || DAY_TIMES.has(tokAt(toks, atK - 1)?.l ?? '') || ((tokAt(toks, i + 1)?.l === 'each' || tokAt(toks, i + 1)?.l === 'every') && DAY_TIMES.has(tokAt(toks, i + 2)?.l ?? '')))) return i; // ("At 9 each morning")
  // live-blog times "22m ago", "2h ago"
  if (AGO_UNITS.has(tokAt(toks, i + 1)?.l ?? '') && !tokAt(toks, i + 1).sp && tokAt(toks, i + 2)?.l === 'ago') {
    i += 2;
    return i;
  }
  // phone numbers "0700 161 612": a leading zero; list numbers "2. NATO follows suit"
  if (t.t.length >= 3 && t.t.charCodeAt(0) === 48 && digits(t.t, 1, Infinity)) {
    while (tokAt(toks, i + 1)?.k === NUM) i++;
    return i;
  }
  if (i === 0 && tokAt(toks, 1)?.t === '.' && tokAt(toks, 2)?.cap && tokAt(toks, 2).sp) return i;
  // phone numbers "(202) 293-5550"
  if (prev?.t === ')' && digits(tokAt(toks, i - 2)?.t ?? '', 3, 3) && tokAt(toks, i - 3)?.t === '(' && tokAt(toks, i + 1)?.t === '-' && tokAt(toks, i + 2)?.k === NUM) {
    i += 2;
    return i;
  }
  // document codes "SC/15021", "SG/SM/21436", "PR-33/2024": a number after letters and a slash
  if (prev?.t === '/' && !prev.sp && !t.sp && tokAt(toks, i - 2)?.k === WORD && tokAt(toks, i - 2).upper) return i;
  // a thread's post counter: "… the Islamic Emirate. 1/", "🧵 7/" (a number and a slash with no number after)
  if (tokAt(toks, i + 1)?.t === '/' && !tokAt(toks, i + 1).sp && tokAt(toks, i + 2)?.k !== NUM) return i;
  // page numbers of a pager: "Previous | 1 | 2 | 3 | ... | 119 | Next" (next to the one before or after, or to the ellipsis;
  // not a table's cells)
  if (prev?.t === '|' && tokAt(toks, i + 1)?.t === '|' && pagerNumber(toks, i)) return i;
  // clock times "12 noon", "12 midnight"
  if (tokAt(toks, i + 1)?.l === 'noon' || tokAt(toks, i + 1)?.l === 'midnight') return i;
  // phone numbers "+93 790 612 100": the rest of the digits go with it
  // (not a tally's change in brackets: "tanks ‒ 6,536 (+11)")
  if (prev?.t === '+' && !t.sp && !(tokAt(toks, i - 2)?.t === '(' && tokAt(toks, i + 1)?.t === ')')) {
    while (tokAt(toks, i + 1)?.k === NUM || (tokAt(toks, i + 1)?.t === '-' && tokAt(toks, i + 2)?.k === NUM)) i++;
    return i;
  }
  // coordinates "48.7232, 37.5581": four or more decimals measure no count
  if (t.t.length >= 5 && /\.\d{4,}$/.test(t.t)) return i;
  // times "16:42", "21:31:10", slashed numbers "24/7", "9/11", "3/4": no number counts anything
  if (prev?.t === ':' && !prev.sp && !t.sp && tokAt(toks, i - 2)?.k === NUM) return i;
  if ((tokAt(toks, i + 1)?.t === ':' || (tokAt(toks, i + 1)?.t === '/' && !tokAt(toks, i + 1).sp && !tokAt(toks, i + 2)?.sp)) && tokAt(toks, i + 2)?.k === NUM) {
    i += 2;
    return i;
  }
  // page furniture "1 of 3" (slides, lists): a bare number of a bare number counts nothing
  // (not a share in a sentence: "is 231 of 407, with 101 contested")
  if (tokAt(toks, i + 1)?.l === 'of' && tokAt(toks, i + 2)?.k === NUM && !(tokAt(toks, i + 3)?.k === WORD && !tokAt(toks, i + 3).cap) && (n <= 8 || !prev || prev.k === PUNCT && prev.t !== ',')) {
    i += 2;
    return i;
  }
  return -1;
}

/** A capitalised verb form of a headline ("Killed", "Kills"), not a name before its number ("Route 66"). */
function headlineVerb(t: Tok, isCommon: IsCommon): boolean {
  return isCommon(t) && !DOCUMENT_NOUNS.has(t.l) && (t.l.endsWith('ed') || (t.l.endsWith('s') && !t.l.endsWith('ss')));
}

/** After a reference number at i, the end of a glued range ("117-389"), or i. */
function numberedRangeEnd(toks: Tok[], i: number): number {
  while (tokAt(toks, i + 1)?.t === '-' && !tokAt(toks, i + 1).sp && tokAt(toks, i + 2)?.k === NUM && !tokAt(toks, i + 2).sp) i += 2;
  return i;
}

/** toks[i] follows a list of numbers opened by a document noun ("Articles 3, 5, 8 and 14"). */
function articleList(toks: Tok[], i: number): boolean {
  let k = i - 1;
  while (k >= 1 && (toks[k].t === ',' || toks[k].l === 'and') && toks[k - 1].k === NUM) {
    k -= 2;
    if (k >= 0 && toks[k].k === WORD && DOCUMENT_NOUNS.has(toks[k].l)) return true;
  }
  return false;
}

/** "hull number 14609", "serial number 5" (but "would number 5,000 troops": the verb). */
function numberNoun(toks: Tok[], i: number): boolean {
  const p = tokAt(toks, i - 1);
  if (!p || p.l !== 'number') return false;
  const w = tokAt(toks, i - 2);
  return !!w && w.k === WORD && !NUMBER_VERB_BEFORE.has(w.l);
}
const NUMBER_VERB_BEFORE = new Set(['would', 'will', 'could', 'can', 'to', 'may', 'might', 'now', 'already', 'should', 'must', 'shall', 'forces', 'troops']);

/** "[3]", "p. 64", "pp. 12": a number that points into a text. */
function referenceNumber(toks: Tok[], i: number): boolean {
  const p = tokAt(toks, i - 1);
  const n = tokAt(toks, i + 1);
  if (p?.t === '[' && n?.t === ']' && !n.sp && !toks[i].sp) return true;
  // "fight.118": an endnote glued to the end of a sentence
  if ((p?.t === '.' || p?.t === ',' || p?.t === '”' || p?.t === '"') && !p.sp && !toks[i].sp && (tokAt(toks, i - 2)?.k === WORD || (p.t === '.' && /^(?:19|20)\d\d$/.test(tokAt(toks, i - 2)?.t ?? '')))) return true;
  const w = p?.t === '.' ? tokAt(toks, i - 2) : p;
  return !!w && w.k === WORD && (w.l === 'p' || w.l === 'pp' || w.l === 'p.' || w.l === 'pp.');
}

/** Headings of the sections of a page ("8 References", "7 See also", "6 Aftermath"). */
const HEADING_WORDS = new Set(['references', 'notes', 'see', 'contents', 'sources', 'bibliography', 'external', 'further', 'background', 'aftermath', 'timeline', 'history', 'overview', 'reactions', 'analysis', 'summary', 'introduction', 'conclusion', 'footnotes', 'citations']);

/** "6 Aftermath", "7 See also", "2.1 Background": a contents line, a section number and a heading; "1.1 The …": a numbered paragraph. */
function contentsLine(toks: Tok[]): boolean {
  const t = toks[0];
  const w = toks[1];
  // (not a scale glued to the number: "3.5M people")
  if (!w || w.k !== WORD || !w.cap || !w.sp) return false;
  // a report's numbered paragraph or section: "1.1 The de facto authorities …", "2.2 On 19 February"
  if (/^\d{1,2}\.\d{1,2}$/.test(t.t)) return !(w.f & F_NUMBER);
  return toks.length <= 6 && digits(t.t, 1, 2) && HEADING_WORDS.has(w.l);
}

/** "wounded nine", "sinking two and": a number word right after a verb form, ending its clause. */
function verbObject(toks: Tok[], i: number, end: number): boolean {
  const prev = tokAt(toks, i - 1);
  const nx = tokAt(toks, end + 1);
  // a headline's "Gunmen Kill 26 at Tourist Site", "Pagers Kill 12 and Wound Thousands"
  if (prev && prev.k === WORD && prev.cap && HEADLINE_CASUALTY_VERBS.has(prev.l)) return true;
  if (!prev || prev.k !== WORD || prev.cap || NP_STOP.has(prev.l) || APPROXIMATORS.has(prev.l) || !/(?:ed|ing)$/.test(prev.l)) return false;
  return !nx || nx.k === PUNCT || nx.l === 'and' || nx.l === 'or' || nx.l === 'on' || nx.l === 'in';
}

/** "A woman, 67,", "a displaced man, 34,": a person's noun (after an article and maybe an adjective) before an age. */
function personBefore(toks: Tok[], k: number): boolean {
  if (!PERSON_NOUNS.has(tokAt(toks, k)?.l ?? '')) return false;
  const art = (t: Tok | undefined): boolean => !!t && (t.l === 'a' || t.l === 'an' || t.l === 'the');
  return art(tokAt(toks, k - 1)) || (tokAt(toks, k - 1)?.k === WORD && !tokAt(toks, k - 1).cap && art(tokAt(toks, k - 2)));
}
const PERSON_NOUNS = new Set(['woman', 'man', 'girl', 'boy', 'child', 'mother', 'father', 'teenager', 'widow', 'resident', 'villager', 'refugee', 'survivor', 'patient', 'worker']);

/** Casualty verbs of headlines, capitalised before a bare count. */
const HEADLINE_CASUALTY_VERBS = new Set(['kill', 'kills', 'killed', 'wound', 'wounds', 'wounded', 'injure', 'injures', 'injured']);

/** Verbs whose object "one" counts a casualty ("killing one person"). */
const CASUALTY_VERBS = new Set(['killing', 'killed', 'wounding', 'wounded', 'injuring', 'injured', 'kill', 'wound', 'injure']);

/** Passive verbs of what befalls a counted person ("one soldier was martyred"). */
const PASSIVE_CASUALTY = new Set(['killed', 'wounded', 'injured', 'martyred', 'arrested', 'detained', 'captured', 'kidnapped', 'abducted', 'shot', 'hurt', 'executed', 'rescued', 'freed', 'released']);

/**
 * The end of the singular noun "one" at i counts when the noun is followed by "was" and a casualty's participle ("one
 * soldier was martyred") or, `listed`, when "one" ends a list of counts ("two missiles and one drone"); else -1.
 */
function oneThen(toks: Tok[], i: number, listed: boolean): number {
  const e = singularNounEnd(toks, i + 1);
  if (e < 0) return -1;
  if (listed) return e;
  return tokAt(toks, e + 1)?.l === 'was' && PASSIVE_CASUALTY.has(tokAt(toks, e + 2)?.l ?? '') ? e : -1;
}

/** The last token of a lowercase noun of one or two words from k ("person", "police officer") before punctuation or a function word, or -1. */
function singularNounEnd(toks: Tok[], k: number): number {
  for (let e = k; e < k + 2; e++) {
    const w = tokAt(toks, e);
    if (!w || w.k !== WORD || w.cap || !w.sp || NP_STOP.has(w.l) || TIME_UNITS.has(w.l) || w.l === 'another' || w.l === 'other' || w.l === 'more' || w.l.endsWith('ly') || (e > k && (w.l.endsWith('ed') || w.l.endsWith('ing')))) return -1;
    const nx = tokAt(toks, e + 1);
    if (!nx || nx.k === PUNCT || NP_STOP.has(nx.l)) return e;
  }
  return -1;
}

/** "one in three", "1 in 5": a proportion at i. */
function oneInN(toks: Tok[], i: number, used: Uint8Array): boolean {
  const n = tokAt(toks, i + 2);
  return tokAt(toks, i + 1)?.l === 'in' && (isNumberWord(n) || n?.k === NUM) && !used[i + 2];
}

/** "half" as a share of something: not "the first half of 2019", "half an hour", "a week and a half", "Half of Pullout" in a headline. */
function bareHalf(toks: Tok[], i: number): boolean {
  const prev = tokAt(toks, i - 1);
  const nx = tokAt(toks, i + 1);
  if (prev && prev.k === WORD && (HALF_ORDINALS.has(prev.l) || prev.l === 'a' || prev.l === 'and' || prev.l === 'one' || prev.l === 'by')) return false;
  if (toks[i].cap && prev && prev.k === WORD && prev.cap) return false;
  if (!nx) return true;
  if (nx.k === PUNCT) return nx.t !== '-';
  // "to more than half in less than three months"
  if (prev && APPROXIMATORS.has(prev.l) && (nx.l === 'in' || nx.l === 'since' || nx.l === 'by')) return true;
  return nx.l === 'of' || nx.l === 'the' || nx.l === 'my' || nx.l === 'his' || nx.l === 'her' || nx.l === 'its' || nx.l === 'their' || nx.l === 'our' || nx.l === 'for' || nx.l === 'to' || nx.l === 'have' || nx.l === 'had' || nx.l === 'were' || nx.l === 'are' || nx.l === 'will' || nx.l === 'hold';
}
const HALF_ORDINALS = new Set(['first', 'second', 'latter', 'last', 'former', 'back', 'front', 'top', 'bottom', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower']);

/** A number word whose noun was said before: "killed and six wounded", "the Taliban hold at least six." */
function elidedCount(toks: Tok[], i: number, end: number): boolean {
  const prev = tokAt(toks, i - 1);
  const nx = tokAt(toks, end + 1);
  if (!prev || prev.k !== WORD) return false;
  if (prev.l === 'and' && nx?.k === WORD && CASUALTY_PARTICIPLES.has(nx.l)) return true;
  const after = tokAt(toks, end + 2);
  return prev.l === 'least' && tokAt(toks, i - 2)?.l === 'at' && !!nx && (nx.t === '.' || nx.t === ';') && (!after || after.cap);
}
const CASUALTY_PARTICIPLES = new Set(['wounded', 'injured', 'dead', 'missing', 'killed', 'hurt']);

/**
 * A number word whose noun is understood: a family's size ("a family of seven"), a tally's new figure ("bringing the
 * death toll to five.", "put the number at four."), people befallen ("three captured", "two killed"), or a list's next
 * figure after a count of the line ("15 from the Philippines, four from Vietnam", "… and five in Faryab").
 */
function understoodCount(toks: Tok[], i: number, end: number, out: readonly Cand[]): boolean {
  const prev = tokAt(toks, i - 1);
  const nx = tokAt(toks, end + 1);
  if (!prev) return false;
  if (prev.l === 'of' && FAMILY_NOUNS.has(tokAt(toks, i - 2)?.l ?? '') && (!nx || nx.k === PUNCT)) return true;
  if ((prev.l === 'to' || prev.l === 'at') && (!nx || nx.k === PUNCT)) {
    for (let k = i - 2; k >= Math.max(0, i - 8); k--) if (TALLY_WORDS.has(toks[k].l)) return true;
  }
  if (nx && nx.k === WORD && (nx.l === 'killed' || nx.l === 'wounded' || nx.l === 'injured' || nx.l === 'captured') && !DETERMINERS.has(prev.l) && prev.k !== NUM) return true;
  if (nx && nx.k === WORD && (nx.l === 'from' || nx.l === 'in') && tokAt(toks, end + 2)?.cap && (prev.t === ',' || prev.l === 'and')) {
    const q = out.length > 0 ? out[out.length - 1] : undefined;
    if (q && q.type === 'quantity' && q.e <= prev.s) return true;
  }
  return false;
}
const FAMILY_NOUNS = new Set(['family', 'families', 'household', 'mother', 'father', 'parent', 'parents']);
const TALLY_WORDS = new Set(['toll', 'tally', 'total', 'number', 'count', 'bringing', 'brings', 'brought']);
const DETERMINERS = new Set(['the', 'these', 'those', 'all', 'both', 'its', 'their', 'his', 'her']);

/** People whose age follows "of": "a man of 40", "boys of 15". */
const AGED_PEOPLE = new Set(['man', 'woman', 'men', 'women', 'boys', 'girls', 'children']);

/** The index of the word before a number at i, past an approximator ("of about 12" → "of"). */
function atOf(toks: Tok[], i: number): number {
  const prev = tokAt(toks, i - 1);
  return prev && prev.k === WORD && (prev.l === 'about' || prev.l === 'around' || prev.l === 'nearly' || prev.l === 'roughly') ? i - 2 : i - 1;
}

/** "only four were still holding", "five had died": a number word as the subject of its verb (not "the two were"). */
function numberSubject(toks: Tok[], i: number, end: number): boolean {
  const prev = tokAt(toks, i - 1);
  const nx = tokAt(toks, end + 1);
  if (!nx || nx.k !== WORD || !SUBJECT_VERBS.has(nx.l)) return false;
  return !prev || prev.t === ',' || prev.t === '.' || prev.t === ';' || prev.l === 'only' || prev.l === 'and' || prev.l === 'but' || prev.l === 'that' || (APPROXIMATORS.has(prev.l) && prev.l !== 'the');
}
const SUBJECT_VERBS = new Set(['were', 'was', 'had', 'have', 'are', 'remain', 'remained', 'died', 'survived', 'belonged', 'belong', 'escaped', 'fled', 'returned']);

/** After "one": a demonym and the singular noun it counts ("one Uruguayan soldier"); the noun's index, or -1. */
function oneOfNationality(toks: Tok[], i: number, used: Uint8Array, isDemonym: IsDemonym): number {
  const d = tokAt(toks, i + 1);
  const j = i + 2;
  const plain = (t: Tok | undefined, k: number): boolean =>
    !!t && t.k === WORD && !t.cap && t.sp && !used[k] && !NP_STOP.has(t.l) && !SPEECH_VERBS.has(t.l) && !/(?:ed|ing|ly)$/.test(t.l);
  if (!d || !d.cap || !d.sp || used[i + 1] || !isDemonym(d) || !plain(toks[j], j)) return -1;
  // "one Kenyan police officer": a collective noun before the singular head
  if (COLLECTIVE_NOUNS.has(toks[j].l) && plain(tokAt(toks, j + 1), j + 1) && !isPluralNoun(tokAt(toks, j + 1))) return j + 1;
  return isPluralNoun(toks[j]) ? -1 : j;
}

/** After "and"/"or" in a counted phrase: one or two lowercase words ending in a plural head; its index, or -1. */
function coordinatedHead(toks: Tok[], i: number, used: Uint8Array): number {
  for (let k = i; k < i + 2; k++) {
    const t = tokAt(toks, k);
    if (!t || t.k !== WORD || t.cap || !t.sp || used[k] || NP_STOP.has(t.l) || TIME_UNITS.has(t.l) || /(?:ed|ing|ly)$/.test(t.l)) return -1;
    if (isPluralNoun(t)) return k;
  }
  return -1;
}

/** Nouns ending in -ly, which is otherwise an adverb's ending ("1,600 family members", not "50 mostly young men"). */
const LY_NOUNS = new Set(['family', 'assembly', 'supply', 'ally', 'rally', 'monopoly', 'anomaly', 'belly', 'bully', 'jelly', 'lily', 'fly', 'butterfly', 'dragonfly', 'gully', 'folly', 'melancholy', 'homily', 'reply', 'panoply']);

/** Adjectives ending in -ly that may stand before a counted noun ("52 quarterly reports", "two deadly attacks"). */
const LY_ADJECTIVES = new Set(['quarterly', 'monthly', 'weekly', 'daily', 'yearly', 'hourly', 'nightly', 'biweekly', 'elderly', 'deadly', 'costly', 'early', 'friendly', 'unfriendly', 'lowly', 'burly', 'orderly', 'stately', 'lovely', 'lonely', 'holy', 'ugly', 'likely', 'unlikely']);

/** Verbs after a place's population, not nouns ("a city of 160,000 people sits on the border"). */
const SINGULAR_VERBS = new Set(['sits', 'lies', 'lives', 'stands', 'remains', 'says', 'has', 'is', 'was', 'gets', 'goes', 'needs', 'holds', 'depends', 'relies']);

/** Labels of phone numbers. */
const PHONE_WORDS = new Set(['telephone', 'tel', 'tel.', 'phone', 'fax', 'mobile', 'whatsapp', 'hotline']);

/** Words before "from X to Y" that make it a range, not a change ("range from", "somewhere from"). */
const RANGE_WORDS = new Set(['range', 'ranges', 'ranged', 'ranging', 'somewhere', 'anywhere', 'vary', 'varies', 'varied']);

/** People counted by age after "over"/"under" ("children under 5", "men over 50"). */
const PEOPLE_BY_AGE = new Set(['children', 'kids', 'those', 'babies', 'girls', 'boys', 'men', 'women', 'people', 'adults', 'anyone', 'everyone', 'persons']);

/** "5 in the evening": parts of the day after a clock hour. */
const TIMES_OF_DAY_AFTER = new Set(['morning', 'afternoon', 'evening', 'night']);

/** Subjects of "is 61" that make the number an age. */
const AGE_SUBJECTS = new Set(['who', 'whom', 'he', 'she', 'i', 'youngest', 'eldest', 'oldest', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'husband', 'wife', 'sibling', 'cousin', 'nephew', 'niece', 'boy', 'girl', 'child', 'granddaughter', 'grandson', 'grandmother', 'grandfather', 'uncle', 'aunt', 'widow', 'stepson', 'stepdaughter']);

/** Units glued to a number before "ago" on live pages ("22m ago", "2h ago"). */
const AGO_UNITS = new Set(['m', 'h', 'min', 'mins', 'hr', 'hrs', 'd', 's']);

/** Singular words ending in "men" (not plurals of "-man"). */
const SINGULAR_MEN = new Set(['specimen', 'abdomen', 'regimen', 'acumen', 'stamen', 'hymen', 'semen', 'yemen', 'bitumen', 'albumen', 'cerumen', 'lumen']);

function isPluralNoun(t: Tok): boolean {
  const w = t.l;
  if (COLLECTIVE_NOUNS.has(w) || UNITS.has(w)) return true;
  // irregular plurals of the kind: "grandchildren", "schoolchildren", "fishermen", "spokesmen"
  if (w.endsWith('children') || (w.length > 5 && w.endsWith('men') && !SINGULAR_MEN.has(w))) return true;
  if (w.length < 4 || !w.endsWith('s')) return false;
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || w.endsWith('ous') || w.endsWith("'s")) return false;
  return true;
}

/**
 * The counted noun phrase starting at i: returns the index of its head noun, -1 when there is
 * none (bare number), -2 when the number is a duration or the phrase holds a named entity.
 */
function countedPhrase(toks: Tok[], i: number, used: Uint8Array, isDemonym: IsDemonym, isCommon: IsCommon): number {
  const first = toks[i];
  if (!first || first.k !== WORD || used[i]) return -1;
  if (first.l === 'of') return -1; // partitive
  // "killed 1 person": the figure one counts a singular noun
  if (tokAt(toks, i - 1)?.t === '1' && !used[i] && !used[i + 1]) {
    const e = singularNounEnd(toks, i);
    if (e >= 0) return e;
  }
  for (let j = i; j < i + 5 && j < toks.length; j++) {
    const t = toks[j];
    if (used[j] || t.k !== WORD) return -1;
    if (j > i && !t.sp) return -1;
    // "2 More Afghan Capitals" in a headline (lowercase "3 more districts" passes below)
    if (j === i && t.cap && t.l === 'more') continue;
    // "10,000 North Korean soldiers": a capitalised direction inside a demonym
    if (t.cap && COMPASS.has(t.l) && tokAt(toks, j + 1)?.cap && tokAt(toks, j + 1).sp && isDemonym(tokAt(toks, j + 1))) continue;
    // "Three T-72B3 tanks": a model designation modifies the counted noun; "nine C-17s landed": it is the noun
    if (t.cap && isModelCode(t.t)) {
      const nx = tokAt(toks, j + 1);
      if (nx?.k === WORD && !nx.cap && isPluralNoun(nx)) continue;
      // "33 Mi-17 transport helicopters"
      const nx2 = tokAt(toks, j + 2);
      if (nx?.k === WORD && !nx.cap && nx.sp && !NP_STOP.has(nx.l) && nx2?.k === WORD && !nx2.cap && nx2.sp && isPluralNoun(nx2) && !NP_STOP.has(nx2.l)) return j + 2;
      return t.l.endsWith('s') ? j : -1;
    }
    // "23 Black Hawks", "two Chinooks": aircraft and weapons named by type are what is counted
    if (t.cap && VEHICLE_FIRST_WORDS.has(t.l)) {
      const two = tokAt(toks, j + 1)?.cap && tokAt(toks, j + 1).sp ? `${t.l} ${tokAt(toks, j + 1).l}` : '';
      if (two && VEHICLE_NAMES.has(two) && two.endsWith('s')) return j + 1;
      // "two Black Hawk helicopters"
      const head = tokAt(toks, j + 2);
      if (two && VEHICLE_NAMES.has(two) && head && head.k === WORD && !head.cap && head.sp && isPluralNoun(head)) return j + 2;
      // "28 Katyusha rockets", "31 Abrams tanks": the type before the counted noun
      // ("four Bradley fighting vehicles": and a modifier)
      const nx = tokAt(toks, j + 1);
      const nx2 = tokAt(toks, j + 2);
      if (VEHICLE_NAMES.has(t.l) && nx?.k === WORD && !nx.cap && nx.sp && !NP_STOP.has(nx.l)) {
        if (isPluralNoun(nx)) return j + 1;
        if (nx2?.k === WORD && !nx2.cap && nx2.sp && !NP_STOP.has(nx2.l) && isPluralNoun(nx2)) return j + 2;
      }
      if (VEHICLE_NAMES.has(t.l) && t.l.endsWith('s')) return j;
    }
    // "31 IEDs", "12 RPGs": a plural acronym of a thing is the counted noun
    if (t.cap && NON_ORG_ACRONYMS.has(t.l) && isPluralNoun(t)) return j;
    if (t.upper && t.t.length > 2 && isCommon(t) && isPluralNoun(t)) return j; // "82,300 PEOPLE FLOWN OUT"
    if (t.upper && !isDemonym(t) && !UNITS.has(t.l) && !CURRENCY_CODES.has(t.t) && !NON_ORG_ACRONYMS.has(t.l)) return -3; // "12 US service members": "US", not the pronoun
    // "57 coalition and charter flights", "94 air or drone strikes": coordinated modifiers of one plural head
    if ((t.l === 'and' || t.l === 'or') && j > i && !isPluralNoun(toks[j - 1]) && !toks[j - 1].cap && coordinatedHead(toks, j + 1, used) > 0) return coordinatedHead(toks, j + 1, used);
    if (NP_STOP.has(t.l)) return -1;
    // "600,000 Sudanese have fled", "6,700 Rohingya were killed": a people's name that is its own plural, before no noun,
    // is the counted noun
    if (t.cap && isDemonym(t) && !t.l.endsWith('s') && /(?:ese|i|ya)$/.test(t.l) && !(tokAt(toks, j + 1)?.t === ',' && tokAt(toks, j + 2)?.cap) && (!tokAt(toks, j + 1) || tokAt(toks, j + 1).k === PUNCT || (NP_STOP.has(tokAt(toks, j + 1).l) && tokAt(toks, j + 1).l !== 'and'))) return j;
    // "17 million Yemenis": a plural demonym is the counted noun
    if (t.cap && isDemonym(t) && t.l.endsWith('s') && !(tokAt(toks, j + 1)?.k === WORD && tokAt(toks, j + 1).sp && !used[j + 1] && isPluralNoun(tokAt(toks, j + 1)) && !NP_STOP.has(tokAt(toks, j + 1).l))) return j;
    // "500 ethnic Kyrgyz": after "ethnic", the people counted
    if (t.l === 'ethnic' && tokAt(toks, j + 1)?.cap && tokAt(toks, j + 1).sp && isDemonym(tokAt(toks, j + 1))) return j + 1;
    // "190 square miles", "478 square kilometers": a two-word unit
    if ((t.l === 'square' || t.l === 'sq' || t.l === 'cubic' || t.l === 'nautical') && tokAt(toks, j + 1) && UNITS.has(tokAt(toks, j + 1).l) && tokAt(toks, j + 1).sp) return j + 1;
    if (t.l.includes('-') && /^(year|month|day|week)/.test(t.l)) return -2;
    if (TIME_UNITS.has(t.l)) return -2;
    // "Two Female Judges Shot Dead": a capitalised common word before a capitalised common plural in a headline
    // ("Seize 3 More Provincial Capitals": after "More", any capitalised word that names nothing known)
    // (not a known name: "13 United States service members" counts no "United States")
    if (t.cap && !isDemonym(t) && (isCommon(t) || (toks[j - 1].l === 'more' && !gazetteer().names.has(t.l))) && !isPluralNoun(t) && t.t.length > 2 && tokAt(toks, j + 1)?.cap && tokAt(toks, j + 1).sp && isCommon(tokAt(toks, j + 1)) && isPluralNoun(tokAt(toks, j + 1)) && !gazetteer().names.has(t.l + ' ' + tokAt(toks, j + 1).l)) return j + 1;
    // ("Kills 22 Afghan Commandos": after a demonym a capitalised plural known as no name is the head)
    if (t.cap && !isDemonym(t)) return (isCommon(t) || (j > i && isDemonym(toks[j - 1]) && !gazetteer().names.has(t.l))) && isPluralNoun(t) ? j : -3; // "3 Comments" vs "two Taliban commanders"
    if (isPluralNoun(t)) {
      // "four police officers", "200 staff members": a collective noun modifying the head
      const nx = tokAt(toks, j + 1);
      // (not a verb after it: "a city of about 160,000 people sits on the border")
      if (COLLECTIVE_NOUNS.has(t.l) && nx && nx.k === WORD && nx.sp && !used[j + 1] && !nx.cap && !NP_STOP.has(nx.l) && !COLLECTIVE_NOUNS.has(nx.l) && !SINGULAR_VERBS.has(nx.l) && isPluralNoun(nx)) return j + 1;
      // "three weapons depots", "two arms dealers": a plural noun modifying a plural head
      if (PLURAL_MODIFIERS.has(t.l) && nx && nx.k === WORD && nx.sp && !used[j + 1] && !nx.cap && !NP_STOP.has(nx.l) && isPluralNoun(nx)) return j + 1;
      return j;
    }
    // ("10.7 million internally displaced people", "two heavily armed forces": an adverb before a participle goes on)
    if (t.l.endsWith('ly') && j === i && !LY_NOUNS.has(t.l) && !LY_ADJECTIVES.has(t.l) && !participleAt(toks, j + 1)) return -1;
  }
  return -1;
}

/** A lowercase participle at i ("displaced", "armed", "wounded"), after an adverb in a counted phrase. */
function participleAt(toks: Tok[], i: number): boolean {
  const t = tokAt(toks, i);
  return !!t && t.k === WORD && !t.cap && t.sp && !NP_STOP.has(t.l) && t.l.length > 4 && t.l.endsWith('ed');
}

/** toks[i], a number between pipes, goes on from the number before or to the number after, or stands by an ellipsis ("1 | 2 | 3 | ... | 119"). */
function pagerNumber(toks: Tok[], i: number): boolean {
  const v = Number(toks[i].t);
  const before = tokAt(toks, i - 2);
  const after = tokAt(toks, i + 2);
  const dots = (t: Tok | undefined): boolean => t?.t === '.' || t?.t === '…';
  return (before?.k === NUM && Number(before.t) === v - 1) || (after?.k === NUM && Number(after.t) === v + 1) || dots(before) || dots(after);
}

/** Superlatives of age before a number: "the oldest was 85 and the youngest 2". */
const AGE_SUPERLATIVES = new Set(['oldest', 'youngest']);

/** toks[i], a number of one to three digits, is an age: after "he's"/"she's", "turned", a person's name and "was"/"is", or "the oldest/youngest (was)". */
function ageAt(toks: Tok[], i: number): boolean {
  const prev = tokAt(toks, i - 1);
  const nx = tokAt(toks, i + 1);
  const ends = !nx || (nx.k === PUNCT && nx.t !== '%' && nx.t !== '-') || nx.l === 'and' || nx.l === 'in' || nx.l === 'when';
  if (!prev || !ends) return false;
  // "He's 52", "She's 19"
  if ((prev.t === '’s' || prev.t === "'s") && (tokAt(toks, i - 2)?.l === 'he' || tokAt(toks, i - 2)?.l === 'she')) return true;
  // "who turned 9 in captivity"
  if (prev.l === 'turned' && prev.k === WORD) return true;
  // "the oldest was 85 and the youngest 2"
  // ("the oldest of them 85")
  if (AGE_SUPERLATIVES.has(prev.l) || ((prev.l === 'was' || prev.l === 'is') && AGE_SUPERLATIVES.has(tokAt(toks, i - 2)?.l ?? '')) || (prev.l === 'them' && tokAt(toks, i - 2)?.l === 'of' && AGE_SUPERLATIVES.has(tokAt(toks, i - 3)?.l ?? ''))) return true;
  // "Zawahiri was 71.": a person's name (capitalised, not opening the sentence) and "was"/"is"
  const name = tokAt(toks, i - 2);
  return (prev.l === 'was' || prev.l === 'is') && !!name && name.k === WORD && name.cap && !name.upper && i - 2 > 0 && tokAt(toks, i - 3)?.k === WORD && (!nx || nx.t === '.' || nx.t === ',');
}
