/**
 * Quantities: a cardinal number (digits, number words, fractions, percentages, money, ranges) plus
 * the noun phrase it counts, up to the head noun ("20 Afghan security forces", "$281 million",
 * "2-6%", "one-third to one-half", "a dozen districts"). Approximators stay outside; partitives
 * are split ("20 of the country's 34 provinces" → "20", "34 provinces"); durations, ages,
 * ordinals, compound adjectives ("three-page") and vague plurals ("dozens") are not quantities.
 */
import {
  COLLECTIVE_NOUNS, isModelCode, NON_ORG_ACRONYMS, CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, FRACTION_WORDS, NP_STOP, NUMBER_WORDS, PERCENT_WORDS, ROLE_NOUNS, SCALES, SPEECH_VERBS, TIME_UNITS,
} from './lexicon';
import { F_HYPHEN, F_NUMBER, NUM, PUNCT, WORD, digits, isPossessive, tokAt, type Tok } from './tokens';
import { STR_GAZ, type Cand } from './types';
import { gazetteer } from './gazetteer';
import { VEHICLE_FIRST_WORDS, VEHICLE_NAMES } from './name-words';

import { AGE_SUBJECTS, APPROXIMATORS, FIGURE_VERBS, UNITS, isPluralNoun, ordinalInWords, type IsCommon, type IsDemonym } from './quantity-words';
import { notACount, personBefore } from './not-a-count';

/** Plural nouns that modify a plural head ("weapons depots", "arms dealers", "goods trucks"). */
const PLURAL_MODIFIERS = new Set(['weapons', 'arms', 'goods', 'drugs', 'narcotics', 'explosives', 'sales', 'operations', 'communications', 'savings', 'customs', 'sports', 'students', 'womens', 'veterans', 'rights', 'munitions', 'supplies', 'logistics', 'electronics', 'firearms']);

/** Fractions after "a": "a third of", "a sixth of" (compared, not hashed: the word after every "a" comes here). */
/** Concrete nouns that "one" counts outside casualty reports ("they had one truck", "one foreign soldier remains"). */
const ONE_NOUNS = new Set(['soldier', 'civilian', 'child', 'person', 'family', 'truck', 'helicopter', 'aircraft', 'plane', 'jet', 'drone', 'bomb', 'bomber', 'missile', 'rocket', 'shell', 'tank', 'vehicle', 'convoy', 'tent', 'latrine', 'shower', 'toilet', 'bag', 'kilo', 'loaf', 'meal', 'shot', 'bullet', 'suspect', 'gunman', 'palace', 'village', 'road', 'bridge', 'well', 'battalion', 'brigade', 'base', 'airstrike', 'strike', 'explosion', 'blast', 'salary', 'payment']);
/** Words before "one" that make it no count ("no one", "the one", "this one", "at one point"). */
const ONE_BEFORE_NOT = new Set(['no', 'the', 'this', 'that', 'any', 'every', 'each', 'at', 'which', 'some', 'another', 'in']);

/** Currency symbols some outlets space from the amount. */
const SPACED_SYMBOLS = new Set(['$', '€', '£', '₹']);

const aFraction = (w: string): boolean => w === 'quarter' || w === 'third' || w === 'half' || w === 'fifth' || w === 'sixth' || w === 'eighth' || w === 'tenth';

const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);

function isNumberWord(t: Tok | undefined): boolean {
  return !!t && t.k === WORD && NUMBER_WORDS.has(t.l) && t.l !== 'one' && t.l !== 'zero';
}

/** "two-thirds", "one-third", "three-quarters", "twenty-five" */
function hyphenNumber(t: Tok | undefined): 'fraction' | 'number' | null {
  if (!t || t.k !== WORD || !t.l.includes('-')) return null;
  const parts = t.l.split('-');
  if (parts.length !== 2 || !NUMBER_WORDS.has(parts[0])) return null;
  // ("the Thirty-third report", "twenty-fifth": a tens word and a singular ordinal make an ordinal)
  if (FRACTION_WORDS.has(parts[1])) return ordinalInWords(t.l) ? null : 'fraction';
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
  // ("$ 7.3 million", "€ 5 billion": a symbol spaced from its amount, not after another number)
  if (t.k === PUNCT && CURRENCY_SYMBOLS.has(t.t) && isPlainNum(tokAt(toks, i + 1)) && (!tokAt(toks, i + 1).sp || CURRENCY_CODES.has(t.t) || (t.t.length > 1 && t.t.charCodeAt(0) >= 65) || (SPACED_SYMBOLS.has(t.t) && tokAt(toks, i - 1)?.k !== NUM))) j = i + 1;
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
    const single = q.k === WORD && q.l === 'one' ? Math.max(oneOfNationality(toks, i, used, isDemonym), oneVehicle(toks, i, used)) : -1;
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
    // ("voted 285 to 272", "by a vote of 143 to 5": a tally's two figures, each bare)
    const tally = r?.l === 'to' && (prev?.l === 'voted' || ((prev?.l === 'of' || prev?.l === 'was') && (tokAt(toks, i - 2)?.l === 'vote' || tokAt(toks, i - 2)?.l === 'margin')));
    if (r && !used[end + 1] && !fromChange && !tally && (r.t === '-' || r.t === '–' || r.l === 'to' || r.l === 'or' || between)) {
      const second = scanNumber(toks, end + 2, used);
      const dash = r.t === '-' || r.t === '–';
      // ("nine or 10 weapons": words and figures may mix when joined by a word, or both with their scale: "one million to 1.3 million")
      // ("1,417 or 1,166", "400,000 or 300,000": a smaller figure after "or" is a competing count, not a range's end)
      const competing = r.l === 'or' && !!second && toks[end].k === NUM && tokAt(toks, end + 2).k === NUM && figure(tokAt(toks, end + 2).t) < figure(toks[end].t);
      if (second && !competing && (!dash || (!r.sp && !tokAt(toks, end + 2).sp)) && (second.word === first.word || r.l === 'or' || (SCALES.has(toks[end].l) && SCALES.has(toks[second.end].l)))) {
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
      // ages: "Khin Maung Than, 52, a farmer", "said Ms. Ahmadi, 36.", "**HAMID KARZAI**, 44,"
      const after = tokAt(toks, end + 1);
      // ("his sibling, 19, in the chaos", "The general, 64, has led")
      if (np < 0 && t.k === NUM && prev?.t === ',' && (after?.t === ',' || ((!after || after.t === '.' || after.t === ';') && digits(t.t, 1, 2))) && (tokAt(toks, i - 2)?.cap || (tokAt(toks, i - 2)?.t === '*' && tokAt(toks, i - 3)?.t === '*' && tokAt(toks, i - 4)?.cap) || /^\p{Ll}{1,3}-\p{Lu}/u.test(tokAt(toks, i - 2)?.t ?? '') || AGE_SUBJECTS.has(tokAt(toks, i - 2)?.l ?? '') || (ROLE_NOUNS.has(tokAt(toks, i - 2)?.l ?? '') && (tokAt(toks, i - 3)?.l === 'a' || tokAt(toks, i - 3)?.l === 'an' || tokAt(toks, i - 3)?.l === 'the')) || personBefore(toks, i - 2))) keep = false;
      // "Eight out of 10 families": the first figure of a proportion
      if (np < 0 && first.word && tokAt(toks, end + 1)?.l === 'out' && tokAt(toks, end + 2)?.l === 'of') keep = true;
    }
    for (let k = i; k <= end; k++) used[k] = 1;
    if (keep) out.push({ s: toks[i].s, e: toks[end].e, type: 'quantity', str: STR_GAZ, key: '' });
    i = end;
  }
}

/** A figure's value ("1,417" → 1417; NaN for others). */
function figure(t: string): number {
  return Number(t.replace(/,/g, ''));
}

/** "wounded nine", "sinking two and": a number word right after a verb form, ending its clause. */
function verbObject(toks: Tok[], i: number, end: number): boolean {
  const prev = tokAt(toks, i - 1);
  const nx = tokAt(toks, end + 1);
  // a headline's "Gunmen Kill 26 at Tourist Site", "Pagers Kill 12 and Wound Thousands"
  if (prev && prev.k === WORD && prev.cap && HEADLINE_CASUALTY_VERBS.has(prev.l)) return true;
  if (!prev || prev.k !== WORD || prev.cap || NP_STOP.has(prev.l) || APPROXIMATORS.has(prev.l) || !(/(?:ed|ing)$/.test(prev.l) || (IRREGULAR_PAST.has(prev.l) && toks[i].l !== 'one'))) return false;
  return !nx || nx.k === PUNCT || nx.l === 'and' || nx.l === 'or' || nx.l === 'on' || nx.l === 'in';
}

/** Past forms not in "-ed" before a bare count ("lost two", "shot three"). */
const IRREGULAR_PAST = new Set(['lost', 'shot', 'hit', 'took', 'won', 'caught', 'held', 'sent', 'left', 'brought', 'found', 'saw']);

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
  // ("they had one truck", "without firing one shot", "one soldier remains": a concrete noun counted by one)
  if (ONE_NOUNS.has(toks[e].l) && !ONE_BEFORE_NOT.has(tokAt(toks, i - 1)?.l ?? '')) return e;
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
  if (prev && prev.k === WORD && (HALF_ORDINALS.has(prev.l) || prev.l === 'a' || prev.l === 'and' || prev.l === 'one')) return false;
  if (toks[i].cap && prev && prev.k === WORD && prev.cap && nx?.l !== 'of' && nx?.l !== 'its') return false;
  if (!nx) return true;
  if (nx.k === PUNCT) return nx.t !== '-';
  // "has fallen by half since June", "cut by half by February", "by half or more": a change by a half
  if (prev?.l === 'by' && HALF_AFTER_BY.has(nx.l)) return true;
  // "to more than half in less than three months", "fewer than half remain", "up from about half at the start"
  if (prev && (APPROXIMATORS.has(prev.l) || prev.l === 'than') && HALF_AFTER_APPROXIMATOR.has(nx.l)) return true;
  return nx.l === 'of' || nx.l === 'the' || nx.l === 'my' || nx.l === 'his' || nx.l === 'her' || nx.l === 'its' || nx.l === 'their' || nx.l === 'our' || nx.l === 'for' || nx.l === 'to' || nx.l === 'have' || nx.l === 'had' || nx.l === 'were' || nx.l === 'are' || nx.l === 'will' || nx.l === 'hold';
}

const HALF_AFTER_APPROXIMATOR = new Set(['in', 'since', 'by', 'at', 'remain', 'remained', 'remains', 'survived', 'died', 'fled', 'left', 'returned', 'was', 'is', 'before', 'after', 'last', 'this', 'complete', 'completed', 'done', 'finished', 'below', 'above', 'or']);
const HALF_AFTER_BY = new Set(['since', 'by', 'or', 'in', 'between', 'from', 'over', 'and', 'to', 'after', 'compared', 'last', 'this', 'within', 'during']);

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
  // ("rose to 13 from six", "moved from seven to 33": a change whose other figure is in digits)
  if (prev.l === 'from' && ((tokAt(toks, i - 2)?.k === NUM && tokAt(toks, i - 3)?.l === 'to') || (nx?.l === 'to' && tokAt(toks, end + 2)?.k === NUM))) return true;
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
  if (!d || !d.cap || !d.sp || used[i + 1] || !isDemonym(d)) return -1;
  // "one American and one Briton", "10 Thai nationals and one Filipino.": the demonym before no noun is the person counted
  const nx = tokAt(toks, j);
  if (!d.l.endsWith('s') && (!nx || (nx.k === PUNCT && nx.t !== '-' && !isPossessive(nx)) || (NP_STOP.has(nx.l) && !nx.cap && nx.l !== 'of' && !SPEECH_VERBS.has(nx.l)))) return i + 1;
  if (!plain(toks[j], j)) return -1;
  // "one Kenyan police officer": a collective noun before the singular head
  // ("One French helicopter pilot", "one American service member": a noun modifying the singular head)
  if ((COLLECTIVE_NOUNS.has(toks[j].l) || !isPluralNoun(toks[j])) && plain(tokAt(toks, j + 1), j + 1) && !isPluralNoun(tokAt(toks, j + 1)) && NOUN_AFTER_MODIFIER.has(tokAt(toks, j + 1).l)) return j + 1;
  if (COLLECTIVE_NOUNS.has(toks[j].l) && plain(tokAt(toks, j + 1), j + 1) && !isPluralNoun(tokAt(toks, j + 1))) return j + 1;
  return isPluralNoun(toks[j]) ? -1 : j;
}

/** Heads of a person counted by "one" after a modifying noun ("helicopter pilot", "service member"). */
const NOUN_AFTER_MODIFIER = new Set(['pilot', 'member', 'officer', 'soldier', 'worker', 'contractor', 'guard', 'official', 'commander', 'journalist', 'photographer', 'engineer', 'doctor', 'nurse', 'volunteer', 'civilian', 'trooper', 'marine', 'sailor', 'airman', 'diplomat', 'citizen', 'national', 'hostage', 'tourist', 'student', 'teacher']);

/** After "one": a weapon's or aircraft's name of one or two words ("one Rafale", "one Black Hawk"); its last index, or -1. */
function oneVehicle(toks: Tok[], i: number, used: Uint8Array): number {
  const v = tokAt(toks, i + 1);
  if (!v || !v.cap || !v.sp || used[i + 1]) return -1;
  const two = tokAt(toks, i + 2);
  const end = two && two.cap && two.sp && !used[i + 2] && VEHICLE_NAMES.has(v.l + ' ' + two.l) ? i + 2 : VEHICLE_NAMES.has(v.l) && !(two && two.cap && two.sp) ? i + 1 : -1;
  if (end < 0) return -1;
  // ("one Chinook helicopter", "one Storm Shadow cruise missile": with the noun of its kind)
  let k = end;
  while (k < end + 2 && VEHICLE_KIND_NOUNS.has(tokAt(toks, k + 1)?.l ?? '') && !tokAt(toks, k + 1).cap && !used[k + 1]) k++;
  return k;
}

/** Nouns of a weapon's or aircraft's kind after its name ("one Chinook helicopter", "one Storm Shadow cruise missile"). */
const VEHICLE_KIND_NOUNS = new Set(['tank', 'helicopter', 'jet', 'fighter', 'aircraft', 'plane', 'drone', 'cruise', 'missile', 'system', 'launcher', 'battery', 'howitzer', 'vehicle', 'gunship', 'bomber']);

/** A figure or a number word ("and one Indian", "and 12 Nepalis"). */
const countAt = (t: Tok | undefined): boolean => !!t && (t.k === NUM || (t.k === WORD && (t.f & F_NUMBER) !== 0 && t.l !== 'a' && t.l !== 'half'));

/** toks[k] is a demonym before a lowercase noun ("3,825 Armenian soldiers": so "2,908 Azerbaijani and" before it is a modifier). */
function demonymBeforeNoun(toks: Tok[], k: number, isDemonym: IsDemonym): boolean {
  const d = tokAt(toks, k);
  const nx = tokAt(toks, k + 1);
  return !!d && d.cap && isDemonym(d) && !!nx && nx.k === WORD && !nx.cap && !NP_STOP.has(nx.l);
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

/** Words before "from X to Y" that make it a range, not a change ("range from", "somewhere from", a price: "demand from"). */
const RANGE_WORDS = new Set(['range', 'ranges', 'ranged', 'ranging', 'somewhere', 'anywhere', 'vary', 'varies', 'varied', 'demand', 'demands', 'demanded', 'charge', 'charges', 'charged', 'cost', 'costs', 'earn', 'earns', 'earned', 'fetch', 'fetches', 'fetched']);

/**
 * The counted noun phrase starting at i: returns the index of its head noun, -1 when there is
 * none (bare number), -2 when the number is a duration or the phrase holds a named entity.
 */
function countedPhrase(toks: Tok[], i: number, used: Uint8Array, isDemonym: IsDemonym, isCommon: IsCommon): number {
  const first = toks[i];
  // "four 2,000-pound bombs": a figure's compound adjective before the counted noun
  if (first && first.k === NUM && !used[i] && first.sp && /^\d[\d,.]*-\p{Ll}+$/u.test(first.t)) {
    const nx = tokAt(toks, i + 1);
    if (!nx || nx.k !== WORD || nx.cap || !nx.sp || used[i + 1] || NP_STOP.has(nx.l)) return -1;
    // ("two 130-millimeter artillery guns": and a modifier)
    const nx2 = tokAt(toks, i + 2);
    if (nx2 && nx2.k === WORD && !nx2.cap && nx2.sp && !used[i + 2] && !NP_STOP.has(nx2.l) && isPluralNoun(nx2)) return i + 2;
    return isPluralNoun(nx) ? i + 1 : -1;
  }
  if (!first || first.k !== WORD || used[i]) return -1;
  if (first.l === 'of') return -1; // partitive
  if (FIGURE_VERBS.has(first.l)) return -1;
  // "27 dead", "312 dead and 1,460 wounded": "dead" as the noun counted (as most sets' gold has it; not "wounded", "killed")
  if (first.l === 'dead' && !first.cap && first.sp && tokAt(toks, i - 1)?.k === NUM) {
    const nx = tokAt(toks, i + 1);
    if (!nx || nx.k === PUNCT || NP_STOP.has(nx.l)) return i;
  }
  // "killed 1 person": the figure one counts a singular noun
  if (tokAt(toks, i - 1)?.t === '1' && !used[i] && !used[i + 1]) {
    const e = singularNounEnd(toks, i);
    if (e >= 0) return e;
  }
  let listEnd = i + 5;
  for (let j = i; j < listEnd && j < toks.length; j++) {
    const t = toks[j];
    // "15,000 American, British and Afghan troops": a list of demonyms before the head
    if (j > i && (t.t === ',' || ((t.l === 'and' || t.l === 'or') && t.k === WORD)) && !used[j] && toks[j - 1].cap && isDemonym(toks[j - 1]) && tokAt(toks, j + 1)?.cap && isDemonym(tokAt(toks, j + 1)) && !used[j + 1]) {
      listEnd = Math.min(listEnd + 2, i + 9);
      continue;
    }
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
    // ("four Vietnamese and one Indian": or before "and" and the next count)
    if (t.cap && isDemonym(t) && !t.l.endsWith('s') && /(?:ese|i|ya)$/.test(t.l) && !(tokAt(toks, j + 1)?.t === ',' && tokAt(toks, j + 2)?.cap) && (!tokAt(toks, j + 1) || tokAt(toks, j + 1).k === PUNCT || (NP_STOP.has(tokAt(toks, j + 1).l) && (tokAt(toks, j + 1).l !== 'and' || (countAt(tokAt(toks, j + 2)) && !demonymBeforeNoun(toks, j + 3, isDemonym)))))) return j;
    // "17 million Yemenis": a plural demonym is the counted noun
    if (t.cap && isDemonym(t) && t.l.endsWith('s') && !(tokAt(toks, j + 1)?.k === WORD && tokAt(toks, j + 1).sp && !used[j + 1] && isPluralNoun(tokAt(toks, j + 1)) && !NP_STOP.has(tokAt(toks, j + 1).l))) return j;
    // "500 ethnic Kyrgyz": after "ethnic", the people counted
    // ("nine ethnic Hazara men": and the plural noun after them)
    if (t.l === 'ethnic' && tokAt(toks, j + 1)?.cap && tokAt(toks, j + 1).sp && isDemonym(tokAt(toks, j + 1))) {
      const nx = tokAt(toks, j + 2);
      return nx && nx.k === WORD && !nx.cap && nx.sp && !used[j + 2] && !NP_STOP.has(nx.l) && isPluralNoun(nx) ? j + 2 : j + 1;
    }
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
