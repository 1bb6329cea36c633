/** Words and tests the quantity rules share (quantity.ts finds counts, not-a-count.ts rules numbers out). */
import { COLLECTIVE_NOUNS } from './lexicon';
import type { Tok } from './tokens';

/** Words before a number that hedge it ("nearly 500", "at least 12"); they stay outside the quantity. */
export const APPROXIMATORS = new Set(['nearly', 'about', 'around', 'almost', 'roughly', 'some', 'over', 'more', 'less', 'fewer', 'only', 'just', 'approximately', 'up', 'barely', 'estimated', 'another', 'exactly', 'at', 'under', 'below', 'above', 'least', 'most', 'than']);

/** Units of measure a number may count ("12 miles", "5 tons"). */
export const UNITS = new Set([
  'mile', 'miles', 'km', 'kilometer', 'kilometers', 'kilometre', 'kilometres', 'meter', 'meters', 'metre', 'metres', 'foot', 'feet',
  'ton', 'tons', 'tonne', 'tonnes', 'kg', 'kilogram', 'kilograms', 'pound', 'acre', 'acres', 'hectare', 'hectares', 'barrel', 'barrels',
  'liter', 'liters', 'litre', 'litres', 'gallon', 'gallons', 'mm', 'cm', 'sq', 'square', 'degrees', 'degree', 'mph', 'kph', 'km/h',
  'kw', 'mw', 'gw', 'kwh', 'mwh', 'gwh', 'mb', 'gb', 'tb', 'lb', 'lbs',
]);

/** Words that, with a capital, may sit inside a counted phrase without being a named entity. */
export type IsDemonym = (t: Tok) => boolean;

export type IsCommon = (t: Tok) => boolean;

/** Singular words ending in "men" (not plurals of "-man"). */
const SINGULAR_MEN = new Set(['specimen', 'abdomen', 'regimen', 'acumen', 'stamen', 'hymen', 'semen', 'yemen', 'bitumen', 'albumen', 'cerumen', 'lumen']);

/** Uncountable or singular nouns ending in "s". */
const SINGULAR_S = new Set(['news', 'physics', 'politics', 'economics', 'logistics', 'mathematics', 'diabetes', 'measles',
  // adverbs in "-s" after a counted noun ("three children indoors")
  'indoors', 'outdoors', 'afterwards', 'towards', 'always', 'sometimes', 'perhaps', 'besides', 'nowadays', 'overseas']);

/** Verbs in "-s" right after a figure, which count nothing ("1,700 comes from", "100,000 includes fighters"). */
export const FIGURE_VERBS = new Set(['comes', 'includes', 'means', 'remains', 'seems', 'represents', 'makes', 'goes', 'stands', 'compares', 'reflects', 'exceeds', 'appears', 'suggests', 'covers']);

/** A lowercase plural noun ("fighters", "children", "spokesmen"), or a unit or collective noun. */
export function isPluralNoun(t: Tok): boolean {
  const w = t.l;
  if (COLLECTIVE_NOUNS.has(w) || UNITS.has(w)) return true;
  if (FIGURE_VERBS.has(w)) return false;
  // irregular plurals of the kind: "grandchildren", "schoolchildren", "fishermen", "spokesmen"
  if (w.endsWith('children') || (w.length > 5 && w.endsWith('men') && !SINGULAR_MEN.has(w))) return true;
  if (w.length < 4 || !w.endsWith('s')) return false;
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || w.endsWith('ous') || w.endsWith("'s")) return false;
  // ("three news organizations": an uncountable noun in "-s" modifies the counted one)
  return !SINGULAR_S.has(w);
}

/** Subjects of "is 61" that make the number an age. */
export const AGE_SUBJECTS = new Set(['who', 'whom', 'he', 'she', 'i', 'youngest', 'eldest', 'oldest', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'husband', 'wife', 'sibling', 'cousin', 'nephew', 'niece', 'boy', 'girl', 'child', 'granddaughter', 'grandson', 'grandmother', 'grandfather', 'uncle', 'aunt', 'widow', 'stepson', 'stepdaughter']);

/** An ordinal written in words with a tens word: "twenty-first", "thirty-third" (no fraction: "one-third" is one). */
export function ordinalInWords(l: string): boolean {
  return /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$/.test(l);
}
