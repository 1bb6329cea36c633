/** A line under the name rules (LineState), gazetteer lookups of its token ranges (remembered per line), and emitting a candidate. */
import { gazetteer, isDemonym, type GazEntry, type Gazetteer } from './gazetteer';
import { NP_STOP, ORG_DESIGNATORS, TITLES } from './lexicon';
import { WORD, tokAt, type Tok } from './tokens';
import { STR_UNKNOWN, type Cand } from './types';
import { CITY, L_COMMON, L_LOC_SUFFIX, L_TITLE, L_TITLE_FIRST, has } from './name-words';

export interface LineState {
  toks: Tok[];
  used: Uint8Array;
  out: Cand[];
  g: Gazetteer;
  user?: Map<string, GazEntry>;
  starts: Uint8Array;
  titleCase: boolean;
  /** Index of the last token of the last byline/credit person, for "By A and B". */
  lastPersonEnd: number;
  /** The line is "Name – Outlet". */
  dashByline: boolean;
  /** Index of the dash ending an upper-case dateline ("EL FASHER / TAWILA – …"), or -1. */
  dateline: number;
  /** The line opens "Reporting by", "Writing by", "Additional reporting by". */
  creditLine: boolean;
}

/**
 * Recent answers of the (large) gazetteer map, in a small one: the same names come back all the
 * time, and a small map stays in the processor's cache. The gazetteer map does not change once built.
 */
const namesMemo = new Map<string, GazEntry | null>();

export function lookup(st: LineState, key: string): GazEntry | undefined {
  const u = st.user?.get(key);
  if (u) return u;
  let v = namesMemo.get(key);
  if (v === undefined) {
    if (namesMemo.size > 20_000) namesMemo.clear();
    v = st.g.names.get(key) ?? null;
    namesMemo.set(key, v);
  }
  return v ?? undefined;
}

/**
 * Organisations whose acronym, in capitals, spells a place the gazetteer knows ("GAO" and the Gao region of Mali, "ILO"
 * and Ilo in Peru, "ISNA" and Isna in Egypt): written in capitals they are the organisation.
 */
const UPPER_ACRONYMS = new Map<string, GazEntry>(['GAO', 'ILO', 'ISNA', 'IPIS'].map((n) => [n, { type: 'organization', kind: 'org', name: n }]));
const casedAcronym = (t: Tok): GazEntry | undefined => (t.upper ? UPPER_ACRONYMS.get(t.t) : undefined);

/**
 * `lookup` of the name toks[a..b], remembered for the line: the rules ask for the same ranges
 * several times per chain, and each ask would build and hash the key again.
 */
export const memoIds = new Float64Array(16);
const memoVals: (GazEntry | undefined)[] = new Array(16);
export function lookupAt(st: LineState, a: number, b: number): GazEntry | undefined {
  const id = a * 65536 + b;
  const slot = (a * 7 + b) & 15;
  if (memoIds[slot] === id) return memoVals[slot];
  // a name of several words is known only if its first word is a known prefix (gazetteer.ts adds
  // the prefixes of every name, the user's too): most ranges end here, with no key built
  const v = b > a && !st.g.prefixes.has(keyOf(st.toks[a])) ? undefined : (a === b ? casedAcronym(st.toks[a]) : undefined) ?? lookup(st, keyRange(st.toks, a, b));
  memoIds[slot] = id;
  memoVals[slot] = v;
  return v;
}

/** Common words of Burmese names, after the honorifics U, Daw, Ko and Ma ("Ma Thida Win", "Ko Zaw Lin Oo"). */
const BURMESE_NAME_WORDS = new Set(['aung', 'min', 'thet', 'zaw', 'hla', 'kyaw', 'win', 'naing', 'htet', 'myo', 'thida', 'nandar', 'hnin', 'ei', 'phyu', 'oo', 'tun', 'soe', 'maung', 'nyein', 'khin', 'than', 'thein', 'myint', 'lwin', 'thant', 'zin', 'htun', 'khaing', 'thandar', 'nwe', 'yin', 'san', 'su', 'myat', 'thu', 'moe', 'htay', 'ye', 'wai', 'nay', 'pyae', 'sandar', 'chit', 'thiri', 'ngwe', 'mya', 'cho', 'thin', 'htoo', 'nilar', 'yamin', 'lin', 'ko', 'mon', 'khine', 'sein', 'swe', 'tin', 'pyone', 'kyi', 'shwe']);

/** toks[p] is "Ko" inside a Burmese name, after another of its words ("Zin Ko Ko"), not the honorific. */
export function koInName(toks: Tok[], p: number): boolean {
  return toks[p].l === 'ko' && p > 0 && toks[p - 1].cap && BURMESE_NAME_WORDS.has(toks[p - 1].l);
}

/** Military ranks after which a title word is a given name ("Gen. Sultan Hashim Ahmad"). */
const RANKS_BEFORE_GIVEN = new Set(['gen.', 'gen', 'general', 'lt.', 'col.', 'maj.', 'capt.', 'brig.', 'adm.', 'colonel', 'major', 'captain']);
/** "bin", "ibn", "bint": son or daughter of. */
const PATRONYMICS = new Set(['bin', 'ibn', 'bint']);

export function titleAt(toks: Tok[], p: number, b: number): number {
  if (!has(toks[p], L_TITLE_FIRST)) return 0;
  // "Amir Khan Muttaqi", "Amir Ali Hajizadeh": "Amir" is a given name before "Khan" or another given name
  // ("Defense Minister Amir Peretz", "Brig. Gen. Amir Eshel": after a title "Amir" is the given name)
  // ("Amir Rana", "Amir Jan": before an unknown surname too, unless "the" makes it the emir's title)
  // ("Emir Hadzic": "Emir", a Bosnian given name, before an unknown surname alone; "Emir Tamim bin Hamad" is the title)
  if (toks[p].l === 'emir' && p + 1 === b && !gazetteer().given.has(toks[b].l) && (p === 0 || (toks[p - 1].l !== 'the' && toks[p - 1].l !== 'an'))) return 0;
  if (toks[p].l === 'amir' && p + 1 <= b && !toks[p + 1].l.startsWith('al-') && (p === 0 || (toks[p - 1].l !== 'the' && toks[p - 1].l !== 'an'))) return 0;
  // "Sultan al-Arada": "Sultan" is a given name before a surname with the Arabic article
  // ("Gen. Sultan Hashim Ahmad": and after a military rank)
  if (toks[p].l === 'sultan' && p < b && (toks[p + 1].l.startsWith('al-') || RANKS_BEFORE_GIVEN.has(tokAt(toks, p - 1)?.l ?? ''))) return 0;
  // "Prince Khalid bin Sultan", "Mohammed bin Salman": a title word after "bin" is a father's name
  if (p > 0 && !toks[p - 1].cap && PATRONYMICS.has(toks[p - 1].l)) return 0;
  // Burmese honorifics: "Ma" before a Burmese name ("Ma Thida Win"; not "Ma Ying-jeou"); "Ko" not inside a name ("Zin Ko Ko")
  if (toks[p].l === 'ma' && !BURMESE_NAME_WORDS.has(tokAt(toks, p + 1)?.l ?? '')) return 0;
  if (koInName(toks, p)) return 0;
  // (up to five words: "Chief of the General Staff")
  for (let len = Math.min(5, b - p + 1); len >= 1; len--) {
    let key = toks[p].l;
    for (let k = p + 1; k < p + len; k++) key += ' ' + toks[k].l;
    if (TITLES.has(key)) return len;
  }
  return 0;
}

/** Longest gazetteer name starting at p within [p..b]; city names only as a whole run. */
export function matchAt(st: LineState, p: number, b: number, a: number): { end: number; entry: GazEntry } | undefined {
  const { toks, g } = st;
  let key = '';
  let best: { end: number; entry: GazEntry } | undefined;
  for (let end = p; end <= b && end < p + g.maxWords; end++) {
    key = end === p ? keyOf(toks[p]) : key + ' ' + keyOf(toks[end]);
    const e = (end === p ? casedAcronym(toks[p]) : undefined) ?? lookup(st, key);
    const more = end < b && g.prefixes.has(key);
    if (e && acceptable(st, e, p, end, b, a)) best = { end, entry: e };
    if (!more) break;
  }
  return best;
}

/** toks[k] is a capitalised word no list knows: no common word, no gazetteer name, no title, suffix or designator. */
function unknownNameWord(st: LineState, k: number): boolean {
  const t = st.toks[k];
  return t.cap && t.k === WORD && !t.upper && !has(t, L_COMMON | L_TITLE | L_LOC_SUFFIX) && !st.g.names.has(t.l) && !ORG_DESIGNATORS.has(t.l) && !isDemonym(t.l);
}

function acceptable(st: LineState, e: GazEntry, p: number, end: number, b: number, a: number): boolean {
  const { toks } = st;
  if ((e.kind === 'city' || e.kind === 'subdivision') && !(p === a && (end === b || restIsSuffix(toks, end + 1, b))) && !st.titleCase) return false;
  // "Abdirashid Farah Warsame": a place's one word between two unknown words of a run is part of a person's name
  if (e.type === 'location' && p === end && p > a && end < b && !st.titleCase && unknownNameWord(st, p - 1) && unknownNameWord(st, p + 1)) return false;
  // "the Obama administration": a president's name, not the town it also names
  if (e.kind === 'city' && end === b && PERSON_AFTER.has(toks[b + 1]?.l ?? '') && !toks[b + 1].cap) return false;
  // acronyms match only as written in capitals ("WHO", not "Who"), or, from four letters, as a
  // word of their own in the British style ("Nato", "Unicef", "Ocha") when no common word or given name
  if (e.kind !== 'user' && e.name.length <= 6 && e.name === e.name.toUpperCase() && !isUpperText(toks, p, end) && !acronymAsWord(st, e, p, end, a, b)) return false;
  // and a short place written in capitals beside lowercase words or a clock time is an acronym ("6:00 a.m. EST",
  // "9:31 AM EST": not the region "Est")
  if ((e.kind === 'subdivision' || e.kind === 'city') && p === end && e.name.length <= 3 && toks[p].upper && e.name !== toks[p].t && (lowerWord(tokAt(toks, p - 1)) || lowerWord(tokAt(toks, p + 1)) || CLOCK_SUFFIX.has(tokAt(toks, p - 1)?.l ?? ''))) return false;
  // "WHO IS AHMED AL-SHARA?": in upper-case text an acronym that is a function word is the word
  if (p === end && e.kind === 'org' && NP_STOP.has(toks[p].l) && toks[p].l !== 'us' && (upperWord(tokAt(toks, p - 1)) || upperWord(tokAt(toks, p + 1)))) return false;
  return true;
}

const upperWord = (t: Tok | undefined): boolean => !!t && t.k === WORD && t.upper;

const CLOCK_SUFFIX = new Set(['am', 'pm', 'a.m.', 'p.m.']);
/** A word with a lowercase letter. */
const lowerWord = (t: Tok | undefined): boolean => !!t && t.k === WORD && !t.upper && t.t.toUpperCase() !== t.t;

/** Nouns after a name that make it a person's: "the Obama administration". */
const PERSON_AFTER = new Set(['administration', 'administrations', 'presidency', 'era']);

function acronymAsWord(st: LineState, e: GazEntry, p: number, end: number, a: number, b: number): boolean {
  const t = st.toks[p];
  return p === end && p === a && end === b && e.name.length >= 4 && /^\p{Lu}+$/u.test(e.name) && t.cap && t.t.slice(1) === t.l.slice(1) && !has(t, L_COMMON) && !st.g.given.has(t.l);
}

/** Lookup key of toks[a..b] (lowercase words, single spaces). */
export function keyRange(toks: Tok[], a: number, b: number): string {
  let k = keyOf(toks[a]);
  for (let x = a + 1; x <= b; x++) k += ' ' + keyOf(toks[x]);
  return k;
}

function keyOf(t: Tok): string {
  return t.l.indexOf('\u2019') >= 0 ? t.l.replace(/\u2019/g, "'") : t.l;
}

export function isUpperText(toks: Tok[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (toks[k].t !== toks[k].t.toUpperCase()) return false;
  return true;
}

function restIsSuffix(toks: Tok[], from: number, b: number): boolean {
  for (let k = from; k <= b; k++) if (!has(toks[k], L_LOC_SUFFIX) && toks[k].l !== CITY) return false;
  return true;
}

export function emit(st: LineState, a: number, b: number, type: string, str: number): void {
  const { toks } = st;
  const cand: Cand = { s: toks[a].s, e: toks[b].e, type, str, key: keyRange(toks, a, b) };
  if (str === STR_UNKNOWN && b > a) {
    cand.parts = [];
    for (let k = a; k <= b; k++) cand.parts.push([toks[k].s, toks[k].e, toks[k].l]);
  }
  st.out.push(cand);
  // (a byline or credit: "By A and B"; names found by their given name do not make the next one a person)
  if (type === 'person' && str >= 3) st.lastPersonEnd = b;
}

/** A known organisation (outlet, agency) starts at i, possibly after "The". */
export function creditOutletAt(st: LineState, i: number): boolean {
  const { toks } = st;
  if (toks[i]?.l === 'the') i++;
  if (!toks[i] || !toks[i].cap) return false;
  let e = i;
  while (e + 1 < toks.length && tokAt(toks, e + 1).cap && tokAt(toks, e + 1).sp) e++;
  for (let x = e; x >= i; x--) if (lookupAt(st, i, x)?.type === 'organization') return true;
  return false;
}

export function allCommon(g: Gazetteer, toks: Tok[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (!has(toks[k], L_COMMON) && !has(toks[k], L_TITLE)) return false;
  return true;
}

/** Forgets the remembered lookups of the last line (called as each line begins). */
export function forgetLineLookups(): void {
  memoIds.fill(-1);
}
