/**
 * Names: capitalised word runs of one line, split and typed as person, organization or
 * location. Evidence, strongest first: the user gazetteer and the general gazetteer (longest
 * match inside the run), titles and bylines, designators ("Interior Ministry", "Helmand Province",
 * "Camp X"), photo credits ("Name/Agency"), context cues ("said X", "X province", "in X",
 * "spokesman X", ", the commander of"), given names, and finally weak defaults (several unknown
 * words → person, one → location). Runs nothing supports are kept with strength 0 and typed only
 * if the document table (propagate.ts) knows them.
 */
import { gazetteer, isDemonym, type GazEntry, type Gazetteer } from './gazetteer';
import {
  BYLINE_WORDS, CREDIT_JUNK, CREDIT_WORDS, DIRECTIONS, GIVEN_NAME_SUFFIX, LOC_CUE_AFTER, LOC_OF_HEADS, LOC_PREFIXES, LOC_PREPOSITIONS, LOC_SUFFIXES,
  MEDIA_DESIGNATORS, NAME_CONNECTORS, NAME_PARTICLES, NON_ORG_ACRONYMS, NP_STOP, ORG_CUE_AFTER, ORG_DESIGNATORS, PERSON_CUE_AFTER, ROLE_NOUNS, SPEECH_VERBS, TITLES,
} from './lexicon';
import { DASHES, dashByline, isTitleCaseLine, sentenceStarts } from './layout';
import { F_HYPHEN, NUM, ORD, PUNCT, WORD, tokAt, type Tok } from './tokens';
import { STR_CUE, STR_GAZ, STR_UNKNOWN, STR_USER, STR_WEAK, type Cand } from './types';

export interface NameContext {
  user?: Map<string, GazEntry>;
}

const LOC_APPOS = new Set(['capital', 'district', 'city', 'town', 'village', 'province', 'region', 'country', 'suburb', 'neighborhood', 'neighbourhood', 'base', 'port', 'crossing', 'area', 'hamlet', 'settlement', 'state']);
const CITY = 'city';
/** Connectors that organisations' names write with a capital ("Partners In Health"). */
const CAPITAL_CONNECTORS = new Set(['in', 'for', 'of', 'on', 'against', 'without', 'with']);
/** Lowercase nouns after a name of any length that make it a group ("Viv Ansanm gang"). */
const GROUP_NOUNS_AFTER = new Set(['gang', 'gangs', 'coalition', 'cartel', 'militia', 'militias', 'guerrilla', 'guerrillas', 'insurgency', 'paramilitaries']);
/** Kinds of organisation named just before a name ("pollster Invamer", "broadcaster X"). */
const ORG_CUE_BEFORE = new Set(['pollster', 'broadcaster', 'newspaper', 'daily', 'weekly', 'outlet', 'militia', 'gang', 'cartel', 'insurer', 'lender', 'carrier', 'airline', 'automaker', 'firm', 'company', 'consultancy', 'charity', 'think-tank', 'startup', 'conglomerate', 'bank', 'watchdog', 'monitor', 'tracker', 'group']);
/** Designators naming a body of a known organisation when they follow it ("AU Commission", "U.N. Office"). */
const ORG_BODIES = new Set(['office', 'commission', 'mission', 'secretariat', 'committee', 'agency', 'council', 'programme', 'program', 'fund', 'tribunal', 'directorate']);
/** Compass words that begin place names ("North Kivu", "West Bank", "Central Plateau"); "Northern" and the like describe. */
const COMPASS_NOUNS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'middle', 'upper', 'lower', 'central']);
const ORG_APPOS = new Set(['group', 'organization', 'organisation', 'agency', 'outlet', 'newspaper', 'company', 'firm', 'website', 'charity', 'network', 'militia', 'movement', 'party', 'coalition', 'alliance', 'faction', 'unit', 'brigade', 'ngo', 'broadcaster', 'channel', 'publication', 'magazine', 'monitor', 'watchdog', 'think tank', 'institute', 'consultancy', 'startup', 'bank', 'union', 'militias', 'gangs', 'project', 'initiative', 'programme', 'program', 'platform', 'pollster', 'cartel']);
/** Abstract nouns by their ending ("Repatriation", "Development", "Governance"): inside a designated name after "and". */
const ABSTRACT_NOUN = /(?:tion|sion|ment|ance|ence|ity|ism|ness|ship|ure)$/;
const ADJECTIVE_SUFFIX = /(?:ial|ical|ary|ive|ous|ful|less|able|ible|ing|ed)$/;

/** isCommonWord's answers: the same words come back all the time, and each answer costs several set lookups. */
const commonMemo = new Map<string, boolean>();

function isCommonWord(g: Gazetteer, l: string): boolean {
  let v = commonMemo.get(l);
  if (v === undefined) {
    if (commonMemo.size > 50_000) commonMemo.clear();
    v = commonWord(g, l);
    commonMemo.set(l, v);
  }
  return v;
}

function commonWord(g: Gazetteer, l: string): boolean {
  if (g.common.has(l) || NP_STOP.has(l)) return true;
  if (l.length > 3 && l.endsWith('s')) {
    if (g.common.has(l.slice(0, -1))) return true;
    if (l.endsWith('es') && g.common.has(l.slice(0, -2))) return true;
    if (l.endsWith('ies') && g.common.has(l.slice(0, -3) + 'y')) return true;
  }
  if (l.length > 4 && l.endsWith('ly') && g.common.has(l.slice(0, -2))) return true;
  if (l.length > 5 && l.endsWith('ers') && g.common.has(l.slice(0, -3))) return true;
  if (l.length > 4 && l.endsWith('er') && g.common.has(l.slice(0, -2))) return true;
  if (l.length > 5 && l.endsWith('ing') && (g.common.has(l.slice(0, -3)) || g.common.has(l.slice(0, -3) + 'e'))) return true;
  if (l.length > 4 && l.endsWith('ed') && (g.common.has(l.slice(0, -2)) || g.common.has(l.slice(0, -1)))) return true;
  return false;
}

const ARTICLE_PREFIX = /^(al|el|ad|an|as|ash|at|ar|az|ul|ibn|bin|wal|wa)-\p{Lu}/u;

/** Plural nouns whose possessive opens the rest of a name ("People’s Liberation Army", "United Nations Children’s Fund", "Ministry of Women’s Affairs"). */
const POSSESSIVE_HEADS = new Set(['people', 'women', 'children', 'workers', 'veterans', 'martyrs', 'farmers', 'mothers', 'journalists', 'students', 'youth', 'writers', 'lawyers', 'teachers']);
/** Words that continue a known organisation's name as its channel or company ("TOLOnews TV", "Al Jazeera Media Network"). */
const MEDIA_TAILS = new Set(['tv', 'television', 'media', 'network', 'radio', 'online', 'digital']);
const SERVICE_LANGUAGES = new Set(['persian', 'burmese', 'arabic', 'urdu', 'pashto', 'dari', 'russian', 'ukrainian', 'somali', 'hausa', 'swahili', 'amharic', 'tigrinya', 'french', 'spanish', 'english', 'chinese', 'turkish', 'hindi', 'bangla', 'bengali', 'afrique', 'mundo', 'brasil', 'farsi', 'uzbek', 'kyrgyz', 'tajik', 'azeri']);

/** Arabic and Persian words that open names of movements and armed groups ("Jama’at Nusrat al-Islam wal-Muslimin", "Harakat al-Shabaab"). */
const GROUP_HEADS = new Set(['jama’at', "jama'at", 'jamaat', 'jamaah', 'jamaa', 'harakat', 'harakat', 'hizb', 'hezb', 'jabhat', 'jaish', 'jaysh', 'liwa', 'katibat', 'kataib', 'tehrik', 'tehreek', 'tahrir', 'ansar', 'ansaru', 'lashkar', 'saraya', 'faylaq', 'asaib', 'majlis', 'jamiat', 'junbish', 'jabha', 'ittehad', 'ittihad', 'tehreek', 'shura']);

/** Lexicon bits of a token's lowercase word (Tok.x), computed once per token: the name rules ask several sets about the same words. */
const L_LOC_SUFFIX = 1 << 0;
const L_ORG_DES = 1 << 1;
const L_MEDIA_DES = 1 << 2;
const L_DIRECTION = 1 << 3;
const L_CREDIT = 1 << 4;
const L_NON_ORG = 1 << 5;
const L_TITLE = 1 << 6;
const L_ROLE = 1 << 7;
const L_ORG_WEAK = 1 << 8;
const L_LOC_PREFIX = 1 << 9;
const L_VESSEL = 1 << 10;
const L_TITLE_FIRST = 1 << 11;
const L_SPEECH = 1 << 12;
const L_SHIP = 1 << 13;
const L_BYLINE = 1 << 14;
const L_COMMON = 1 << 15;
const L_DEMONYM = 1 << 16;
const lexMemo = new Map<string, number>();

function lexBits(l: string): number {
  let v = lexMemo.get(l);
  if (v !== undefined) return v;
  const g = gazetteer();
  v =
    (LOC_SUFFIXES.has(l) ? L_LOC_SUFFIX : 0) | (ORG_DESIGNATORS.has(l) ? L_ORG_DES : 0) | (MEDIA_DESIGNATORS.has(l) ? L_MEDIA_DES : 0) |
    (DIRECTIONS.has(l) ? L_DIRECTION : 0) | (CREDIT_WORDS.has(l) ? L_CREDIT : 0) | (NON_ORG_ACRONYMS.has(l) ? L_NON_ORG : 0) |
    (TITLES.has(l) ? L_TITLE : 0) | (ROLE_NOUNS.has(l) ? L_ROLE : 0) | (ORG_DESIGNATORS_WEAK.has(l) ? L_ORG_WEAK : 0) |
    (LOC_PREFIXES.has(l) ? L_LOC_PREFIX : 0) | (VESSEL_NOUNS.has(l) ? L_VESSEL : 0) | (TITLE_FIRST_WORDS.has(l) ? L_TITLE_FIRST : 0) |
    (SPEECH_VERBS.has(l) ? L_SPEECH : 0) | (SHIP_PREFIXES.has(l) ? L_SHIP : 0) | (BYLINE_WORDS.has(l) ? L_BYLINE : 0) |
    (isCommonWord(g, l) ? L_COMMON : 0) | (isDemonym(l) ? L_DEMONYM : 0);
  if (lexMemo.size > 50_000) lexMemo.clear();
  lexMemo.set(l, v);
  return v;
}

/** Whether the token's word is in any of the lexicon sets `bits`. */
function has(t: Tok, bits: number): boolean {
  let x = t.x;
  if (x < 0) x = t.x = lexBits(t.l);
  return (x & bits) !== 0;
}

function capLike(t: Tok): boolean {
  return t.cap || articlePrefixed(t);
}

/** "al-Qaeda", "el-Sisi": a lowercase Arabic article glued to a capitalised name. */
function articlePrefixed(t: Tok): boolean {
  const w = t.t;
  if (w.length < 4 || (w.charCodeAt(1) !== 45 && w.charCodeAt(2) !== 45 && w.charCodeAt(3) !== 45)) return false;
  const h = w.indexOf('-');
  return h > 0 && h <= 3 && ARTICLE_PREFIX.test(t.t);
}

function isNameTok(t: Tok | undefined, used: Uint8Array, i: number, toks?: Tok[]): boolean {
  if (t && toks && t.k === ORD && !used[i] && tokAt(toks, i + 1)?.cap && tokAt(toks, i + 1).sp) return true; // "47th Mechanized Brigade"
  if (!t || used[i] || t.k !== WORD) return false;
  if (t.cap) return !(t.upper && (t.l === 'and' || t.l === 'or' || t.l === 'by'));
  // al-Qaeda, el-Sisi
  return articlePrefixed(t);
}

/** Finds names in one line; `used` marks tokens taken by dates and quantities. */
export function findNames(toks: Tok[], used: Uint8Array, out: Cand[], ctx: NameContext): void {
  const g = gazetteer();
  memoIds.fill(-1);
  const starts = sentenceStarts(toks);
  const firstWord = toks.find((t) => t.k === WORD);
  // credit lines ("Credit...Name for Outlet", "Photo: Name/Agency") hold names, not headline words
  const titleCase = isTitleCaseLine(toks) && !(firstWord && CREDIT_WORDS.has(firstWord.l));
  const n = toks.length;
  const state: LineState = { toks, used, out, g, user: ctx.user, starts, titleCase, lastPersonEnd: -10, dashByline: dashByline(toks), creditLine: creditLine(toks) };
  for (let i = 0; i < n; i++) {
    if (!isNameTok(toks[i], used, i, toks)) continue;
    let j = i;
    while (j + 1 < n) {
      const nx = tokAt(toks, j + 1);
      // "Pakistan-Afghanistan Joint Chamber": hyphen-split parts (layout.ts) stay in one chain
      if (isNameTok(nx, used, j + 1) && (nx.sp || (nx.s === toks[j].e + 1 && toks[j].cap)) && !endsSentence(toks, j)) {
        j++;
        continue;
      }
      // connectors inside names: "Ministry of Defense", "Bosnia and Herzegovina"
      if (nx.k === WORD && !nx.cap && nx.sp && NAME_CONNECTORS.has(nx.l)) {
        let k = j + 2;
        if (toks[k]?.l === 'the' && nx.l !== 'the') k++;
        // "de la Cruz", "van der Berg": two particles
        else if (NAME_PARTICLES.has(nx.l) && toks[k] && toks[k].k === WORD && !toks[k].cap && toks[k].sp && NAME_PARTICLES.has(toks[k].l)) k++;
        if (isNameTok(toks[k], used, k) && toks[k].sp && connectorOk(state, i, j, k)) {
          j = k;
          continue;
        }
      }
      // "People’s Defense Force", "People's Liberation Army": the possessive "People’s" opens a name
      if (nx.k === PUNCT && !nx.sp && (nx.t === '’s' || nx.t === "'s") && POSSESSIVE_HEADS.has(toks[j].l) && isNameTok(tokAt(toks, j + 2), used, j + 2) && tokAt(toks, j + 2).sp) {
        j += 2;
        continue;
      }
      // "Martyrs’ Square", "Veterans’ Affairs": a plural possessive inside a place or organisation name
      if (nx.k === PUNCT && !nx.sp && (nx.t === '’' || nx.t === "'") && toks[j].cap && toks[j].l.endsWith('s') && isNameTok(tokAt(toks, j + 2), used, j + 2) && tokAt(toks, j + 2).sp && (has(tokAt(toks, j + 2), L_LOC_SUFFIX) || has(tokAt(toks, j + 2), L_ORG_DES))) {
        j += 2;
        continue;
      }
      // "Armed Conflict Location & Event Data Project": "&" between capitalised words
      // (but "By A & B": a byline's two names stay two)
      if (nx.k === PUNCT && nx.t === '&' && nx.sp && isNameTok(tokAt(toks, j + 2), used, j + 2) && tokAt(toks, j + 2).sp && designatorAhead(toks, j + 2)) {
        j += 2;
        continue;
      }
      // "RFE/RL", "Radio Free Europe/Radio Liberty": a known name written with a slash
      if (nx.k === PUNCT && nx.t === '/' && !nx.sp && tokAt(toks, j + 2) && !tokAt(toks, j + 2).sp && tokAt(toks, j + 2).cap) {
        let e = 0;
        for (let x = j + 2; x < Math.min(n, j + 5) && !e; x++) if (lookupAt(state, i, x)) e = x;
        if (e) {
          j = e;
          continue;
        }
      }
      // "France 24", "G 7": a number that completes a known name
      if (nx.k === NUM && nx.sp && g.names.has(keyRange(toks, i, j + 1))) {
        j++;
        continue;
      }
      // "March 23 Movement", "April 6 Youth Movement": a date-like name of a group (date.ts leaves it)
      if (nx.k === NUM && nx.sp && tokAt(toks, j + 2)?.cap && tokAt(toks, j + 2).sp && has(tokAt(toks, j + 2), L_ORG_DES) && !used[j + 1]) {
        j += 2;
        continue;
      }
      break;
    }
    chain(state, i, j);
    i = j;
  }
}

/** "on X. The army", "in the U.S. But": a word with its period before a capitalised function word ends a sentence. */
function endsSentence(toks: Tok[], j: number): boolean {
  const t = toks[j];
  const nx = tokAt(toks, j + 1);
  return t.t.charCodeAt(t.t.length - 1) === 46 && !!nx && nx.cap && nx.sp && NP_STOP.has(nx.l) && nx.l !== 'a';
}

/** CamelCase words not of a name prefix ("KabulPulse24", "ThemeGrill"; not "McDonald", "DeSantis"), or a word ending in digits. */
function brandLike(w: string): boolean {
  const n = w.length;
  if (n < 4) return false;
  if (w.charCodeAt(n - 1) >= 48 && w.charCodeAt(n - 1) <= 57) return /^\p{Lu}\p{L}+\d+$/u.test(w);
  for (let i = 2; i < n - 1; i++) {
    const c = w.charCodeAt(i);
    if (c >= 65 && c <= 90 && w.charCodeAt(i - 1) >= 97 && w.charCodeAt(i - 1) <= 122) return !/^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|Al|El)\p{Lu}/u.test(w) && /^\p{Lu}[\p{Ll}\p{Lu}\d]+$/u.test(w);
  }
  return false;
}

/** A capitalised run from k on ends in an organisation designator ("… & Event Data Project"). */
function designatorAhead(toks: Tok[], k: number): boolean {
  for (let e = k; e < toks.length && toks[e].k === WORD && toks[e].cap; e++) if (isDesignator(toks[e])) return true;
  return false;
}

/** "Reporting by …", "Additional reporting by …", "Writing by …" at the start of the line. */
function creditLine(toks: Tok[]): boolean {
  let k = 0;
  while (k < 2 && toks[k] && toks[k].k === WORD && CREDIT_VERBS.has(toks[k].l)) k++;
  return k > 0 && toks[k]?.l === 'by';
}

interface LineState {
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
  /** The line opens "Reporting by", "Writing by", "Additional reporting by". */
  creditLine: boolean;
}

/**
 * Recent answers of the (large) gazetteer map, in a small one: the same names come back all the
 * time, and a small map stays in the processor's cache. The gazetteer map does not change once built.
 */
const namesMemo = new Map<string, GazEntry | null>();

function lookup(st: LineState, key: string): GazEntry | undefined {
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
 * `lookup` of the name toks[a..b], remembered for the line: the rules ask for the same ranges
 * several times per chain, and each ask would build and hash the key again.
 */
const memoIds = new Float64Array(16);
const memoVals: (GazEntry | undefined)[] = new Array(16);
function lookupAt(st: LineState, a: number, b: number): GazEntry | undefined {
  const id = a * 65536 + b;
  const slot = (a * 7 + b) & 15;
  if (memoIds[slot] === id) return memoVals[slot];
  // a name of several words is known only if its first word is a known prefix (gazetteer.ts adds
  // the prefixes of every name, the user's too): most ranges end here, with no key built
  const v = b > a && !st.g.prefixes.has(keyOf(st.toks[a])) ? undefined : lookup(st, keyRange(st.toks, a, b));
  memoIds[slot] = id;
  memoVals[slot] = v;
  return v;
}

function connectorOk(st: LineState, a: number, j: number, k: number): boolean {
  const { toks } = st;
  // a designator before the connector ("Ministry of", "University of", "Gulf of", "Republic of")
  const c = tokAt(toks, j + 1).l;
  // "Lazaro de la Cruz", "Ursula von der Leyen", "Defensoría del Pueblo": a name particle between
  // capitalised words
  if (NAME_PARTICLES.has(c) && toks[j].cap) return true;
  const weak = c === 'of' || c === 'for' || c === 'on' || c === 'to' || c === 'against';
  for (let x = a; x <= j && weak; x++) {
    const l = toks[x].l;
    if (ORG_DESIGNATORS.has(l) || l === 'republic' || l === 'kingdom' || l === 'islamic' || l === 'secretary') return true;
  }
  // "Afghan National Defense and Security Forces": "and" inside a name ending in a designator
  if (c === 'and' && !isDesignator(toks[j]) && tokAt(toks, k - 1) === tokAt(toks, j + 1)) {
    let e = k;
    while (e + 1 < toks.length && tokAt(toks, e + 1).cap && tokAt(toks, e + 1).sp) e++;
    if (isDesignator(toks[e]) && has(toks[e], L_ORG_DES) && e > k) return true;
  }
  // "Institute for Strategy and Policy", "Center for Strategic and International Studies": "and" inside the of/for tail
  // of a designated name joins a common capitalised word (not a further name: "Ministry of Defense and Kabul")
  if (c === 'and' && tokAt(toks, k - 1) === tokAt(toks, j + 1) && (isCommonWord(st.g, toks[k].l.split('-')[0]) || ABSTRACT_NOUN.test(toks[k].l)) && !lookup(st, toks[k].l)) {
    for (let x = a; x < j; x++) if (isDesignator(toks[x]) && (tokAt(toks, x + 1).l === 'of' || tokAt(toks, x + 1).l === 'for' || tokAt(toks, x + 1).l === 'on')) return true;
  }
  // "Monitoring Mission in Ukraine", "Assistance Mission in Afghanistan": missions are named after their country
  if (c === 'in' && (toks[j].l === 'mission' || toks[j].l === 'office') && toks[j].cap && j > a) return true;
  // "Gulf of Aden", "Bay of Bengal" (but not "Guzara District of Herat Province")
  if (weak && j === a && has(toks[a], L_LOC_SUFFIX)) return true;
  // or the joined name is known: "Bosnia and Herzegovina", "Doctors of the World", "(The) Times of Israel"
  for (let end = k; end < Math.min(toks.length, k + 3); end++) {
    if (lookupAt(st, a, end) || (toks[a].l === 'the' && a < j && lookupAt(st, a + 1, end))) return true;
  }
  return false;
}

/** GIVEN_NAME_SUFFIX, tried only on words ending as its suffixes do ("-ullah", "-uddin", "-eddine"). */
function givenNameSuffix(l: string): boolean {
  const c = l.charCodeAt(l.length - 1) | 32;
  return (c === 104 || c === 110 || c === 101) && GIVEN_NAME_SUFFIX.test(l);
}

function isDesignator(t: Tok): boolean {
  return t.cap && (has(t, L_ORG_DES) || has(t, L_MEDIA_DES) || companyTail(t.t) || (t.f & F_HYPHEN) !== 0 && placedDesignator(t.l));
}

/** "Forces-Afghanistan", "Command-Iraq": a designator joined to the country it serves. */
function placedDesignator(l: string): boolean {
  const h = l.indexOf('-');
  return h > 0 && ORG_DESIGNATORS.has(l.slice(0, h)) && gazetteer().names.get(l.slice(h + 1))?.kind === 'country';
}

/** COMPANY_TAIL, tried only on words long enough with a capital inside (most words have none). */
function companyTail(w: string): boolean {
  if (w.length < 9) return false;
  for (let i = 2; i < w.length - 5; i++) {
    const c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) return COMPANY_TAIL.test(w);
  }
  return false;
}

const VESSEL_NOUNS = new Set(['tanker', 'vessel', 'ship', 'carrier', 'destroyer', 'frigate', 'freighter', 'warship', 'boat', 'cruiser', 'submarine', 'corvette', 'bulker', 'trawler', 'yacht', 'ferry', 'dhow', 'containership']);
const SHIP_PREFIXES = new Set(['u.s.s.', 'uss', 'h.m.s.', 'hms', 'm.v.', 'mv']);

/** "Writing by", "Editing by", "Reporting by": credit lines that name people. */
const CREDIT_VERBS = new Set(['writing', 'reporting', 'editing', 'compiled', 'written', 'edited', 'reported', 'photographed', 'produced', 'translated', 'research', 'additional', 'photos', 'graphics']);

/** Company names glued to a designator word: "InfoAnalytics", "GeoSolutions". */
const COMPANY_TAIL = /^\p{Lu}\p{Ll}+(?:Analytics|Solutions|Ratings|Systems|Technologies|Capital|Consulting|Research)$/u;

const TITLE_FIRST_WORDS = new Set([...TITLES].map((t) => t.split(' ')[0]));

function titleAt(toks: Tok[], p: number, b: number): number {
  if (!has(toks[p], L_TITLE_FIRST)) return 0;
  for (let len = Math.min(4, b - p + 1); len >= 1; len--) {
    let key = toks[p].l;
    for (let k = p + 1; k < p + len; k++) key += ' ' + toks[k].l;
    if (TITLES.has(key)) return len;
  }
  return 0;
}

/** Processes the capitalised chain toks[a..b]. */
function chain(st: LineState, a: number, b: number): void {
  const { toks } = st;
  let i = a;
  let personCue = 0;
  let orgCue = 0;
  let theIdx = -1;
  // whole chain known (with a leading "The": "The New York Times")
  if (toks[i].l === 'the' && i < b) {
    theIdx = i;
    i++;
  }
  // bylines and credits: "By Name", "Bv Name", "Credit Name"
  if (i < b && toks[i].cap && has(toks[i], L_BYLINE) && (st.starts[i] || i === 0)) {
    i++;
    personCue = 3;
  } else if (i < b && has(toks[i], L_CREDIT) && st.starts[i]) i++;
  // lowercase "by" before: "Compiled by Greg Abolo"
  const before = tokAt(toks, a - 1);
  if (before && before.k === WORD && before.l === 'by' && b > i) personCue = Math.max(personCue, CREDIT_VERBS.has(tokAt(toks, a - 2)?.l ?? '') ? 3 : STR_CUE);
  // "Written by: Name"
  if (before && before.t === ':' && tokAt(toks, a - 2)?.l === 'by' && b > i && !lookupAt(st, i, b)) personCue = Math.max(personCue, 3);
  // "Reporting by A in Kabul, B in Islamabad and C in Ankara": every unknown name of a credit line
  if (st.creditLine && b > i && before && (before.t === ',' || before.t === ';' || before.l === 'and') && !lookupAt(st, i, b)) personCue = Math.max(personCue, 3);
  // "By A and B", "A, B and C"
  // (but "© Name, AFP": a known organisation after a credited name is the agency)
  if (before && (before.l === 'and' || before.t === ',' || before.t === ';' || before.t === '&') && st.lastPersonEnd === a - 2 && lookupAt(st, a, b)?.type !== 'organization') personCue = Math.max(personCue, 3);
  if (st.dashByline && a === 0) personCue = 3;
  // "Chief of Staff Jeff Zients", "Chief of General Staff Valery Gerasimov": the rest of a title
  if (before?.l === 'of' && tokAt(toks, a - 2)?.l === 'chief' && i === a) {
    let t = i;
    if (toks[t].l === 'general' && tokAt(toks, t + 1)?.l === 'staff' && t + 1 <= b) t++;
    if (toks[t].l === 'staff') {
      if (t === b) return;
      i = t + 1;
      personCue = 3;
    }
  }
  // vessels are no entity type: "the tanker Sounion", "U.S.S. Harry S. Truman"
  if (personCue < 3 && ((before && before.k === WORD && !before.cap && has(before, L_VESSEL)) || has(toks[i], L_SHIP))) return;
  // the platform X: "posted on X", "X, formerly Twitter"
  if (a === b && toks[a].t === 'X') {
    // "on Facebook, Instagram and X": X after a listed organisation
    const listed = (before?.l === 'and' || before?.t === ',') && a >= 2 && tokAt(toks, a - 2).cap && lookupAt(st, a - 2, a - 2)?.type === 'organization';
    if (before?.l === 'on' || listed || (tokAt(toks, b + 1)?.t === ',' && tokAt(toks, b + 2)?.l === 'formerly')) emit(st, a, b, 'organization', STR_CUE);
    return;
  }
  // "on X." at a sentence end (the tokenizer took the period as an initial's)
  if (a === b && toks[a].t === 'X.' && before?.l === 'on') {
    st.out.push({ s: toks[a].s, e: toks[a].s + 1, type: 'organization', str: STR_CUE, key: 'x' });
    return;
  }
  // "Reuters Staff": an outlet's staff is the outlet
  if (toks[b].l === 'staff' && b > i && lookupAt(st, i, b - 1)?.type === 'organization') {
    emit(st, i, b - 1, 'organization', STR_GAZ);
    return;
  }
  // photo credits: "Name/Agency" (but "REUTERS/Stringer": a known outlet first, no name after it)
  const after = tokAt(toks, b + 1);
  const known = lookupAt(st, i, b);
  // "(AP Photo/Name)": the outlet before "Photo", the photographer after the slash
  if (after && after.t === '/' && !after.sp && b > i && (toks[b].l === 'photo' || toks[b].l === 'photos') && lookupAt(st, i, b - 1)?.type === 'organization') {
    emit(st, i, b - 1, 'organization', STR_GAZ);
    return;
  }
  // "Name/Agency": a credit when an agency or credit word follows the slash ("Zvečan/Zveçan", two
  // spellings of a place, is none)
  if (after && after.t === '/' && !after.sp && tokAt(toks, b + 2) && !tokAt(toks, b + 2).sp && tokAt(toks, b + 2).k === WORD && !known && creditAfterSlash(st, b + 2)) personCue = Math.max(personCue, 3);
  if (before && before.t === '/' && !before.sp && !toks[a].sp && a >= 2 && tokAt(toks, a - 2).k === WORD) {
    if (a === b && CREDIT_JUNK.has(toks[a].l)) return;
    // "AP Photo/Name", "BIRN/Besnik Krasniqi-Shala", "REUTERS/Amr Dalsh": a photographer after the agency
    if (tokAt(toks, a - 2).l === 'photo' || tokAt(toks, a - 2).l === 'photos' || (b > a && !known && (tokAt(toks, a - 2).upper || lookupAt(st, a - 2, a - 2)?.type === 'organization'))) personCue = Math.max(personCue, 3);
    // ("Vushtrri/Vučitrn": one word after a place or an unknown capitalised word is its other spelling)
    else if (!(a === b && tokAt(toks, a - 2).cap && !tokAt(toks, a - 2).upper && lookupAt(st, a - 2, a - 2)?.type !== 'organization' && !lookup(st, toks[a].l))) orgCue = 3;
  }
  if (before && before.l === 'via' && st.titleCase === false && tokAt(toks, a - 2)?.t === ',') orgCue = Math.max(orgCue, STR_CUE);
  // sentence-initial common word: "Commandos", "Meanwhile", "In Kabul", "First Kunduz"
  let stripped: Tok | undefined;
  if (st.starts[i] && personCue === 0 && has(toks[i], L_COMMON) && !lookupAt(st, i, b) && !lookup(st, toks[i].l) && !(titleAt(toks, i, b) && i < b)) {
    const endsWithDesignator = b > i && isDesignator(toks[b]);
    const secondIsDesignator = b > i && isDesignator(tokAt(toks, i + 1));
    const single = i === b;
    if (single || (!endsWithDesignator && !secondIsDesignator) || NP_STOP.has(toks[i].l)) {
      if (single) {
        emit(st, i, i, 'location', STR_UNKNOWN);
        return;
      }
      stripped = toks[i];
      i++;
      theIdx = -1;
    }
  }
  const k = orgDesignatorEnd(toks, i, b);
  // "Radio Free Asia", "Radio Free Europe": a broadcaster named after a place
  if (b > i && (toks[i].l === 'radio' || toks[i].l === 'television') && toks[i].cap && !st.titleCase && !lookupAt(st, i, b) && !lookupAt(st, i + 1, b)) {
    emit(st, i, b, 'organization', STR_CUE + 0.5);
    return;
  }
  // "Gulf of Aden", "Bay of Bengal": a place designator and "of" + name is one place
  if (b >= i + 2 && has(toks[i], L_LOC_PREFIX) && tokAt(toks, i + 1).l === 'of' && !lookupAt(st, i, b)) {
    emit(st, i, b, 'location', STR_CUE + 0.5);
    return;
  }
  // "Bank of Ghana", "Alliance of Sahel States": an organisation designator and "of"/"for" + name
  if (k === i && b >= i + 2 && (!has(toks[k], L_ORG_WEAK) || toks[k].l === 'office') && !lookupAt(st, i, b)) {
    run(st, i, b, personCue, orgCue, theIdx, stripped);
    return;
  }
  // ("Taiwan Affairs Office": "Office" is loose only as an outlet's name)
  if (k > i && (!has(toks[k], L_ORG_WEAK) || toks[k].l === 'office') && !lookupAt(st, i, b)) {
    const first = matchAt(st, i, k - 1, i);
    // "National Democratic Congress": nothing known before the designator, the whole run is the name
    if (!first && personCue < 3 && !st.titleCase) {
      run(st, i, b, personCue, orgCue, theIdx, stripped);
      return;
    }
    if (first && (first.entry.type === 'location' || (first.entry.type === 'organization' && k - first.end >= 3)) && first.end < k) {
      run(st, i, b, personCue, orgCue, theIdx, stripped);
      return;
    }
  }
  segment(st, i, b, theIdx, personCue, orgCue, stripped);
}

/** toks[a..b] names a body: an ORG_BODIES word at the end or before "of"/"for"/"on"/"in" ("Office on Drugs and Crime"). */
function hasBody(toks: Tok[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    if (!toks[k].cap || !ORG_BODIES.has(toks[k].l)) continue;
    const nx = tokAt(toks, k + 1)?.l;
    if (k === b || nx === 'of' || nx === 'for' || nx === 'on' || nx === 'in') return true;
  }
  return false;
}

function hasDesignatorWord(name: string): boolean {
  for (const w of name.toLowerCase().split(' ')) if (ORG_DESIGNATORS.has(w)) return true;
  return false;
}

/** Index of the last organisation designator that ends the name or is followed by "of"/"for" ("Institute of Peace"), or -1. */
function orgDesignatorEnd(toks: Tok[], a: number, b: number): number {
  for (let k = b; k >= a; k--) {
    if (!isDesignator(toks[k])) continue;
    if (k === b || tokAt(toks, k + 1).l === 'of' || tokAt(toks, k + 1).l === 'for' || (tokAt(toks, k + 1).l === 'in' && toks[k].l === 'mission') || generalOf(toks, k)) return k;
  }
  return -1;
}

/** "Consulate General of …", "Inspector General of …": "General" after a designator, before "of". */
function generalOf(toks: Tok[], k: number): boolean {
  return tokAt(toks, k + 1)?.l === 'general' && tokAt(toks, k + 1).cap && tokAt(toks, k + 2)?.l === 'of' && !tokAt(toks, k + 2).cap;
}

/** Designators too loose to make "Country X Designator" one organisation name. */
const ORG_DESIGNATORS_WEAK = new Set(['office', 'times', 'post', 'news', 'today', 'star', 'sun', 'mail', 'express', 'standard', 'nation', 'voice', 'record', 'report', 'review', 'globe', 'independent', 'international', 'online']);

/** Splits the chain by titles and gazetteer names; unknown runs are typed by `run`. */
function segment(st: LineState, a: number, b: number, theIdx: number, personCue: number, orgCue: number, stripped: Tok | undefined): void {
  const { toks } = st;
  // the whole chain, with "The" first
  if (theIdx >= 0) {
    const e = lookupAt(st, theIdx, b);
    if (e) {
      emit(st, theIdx, b, e.type, e.kind === 'user' ? STR_USER : STR_GAZ);
      return;
    }
  }
  let runStart = a;
  let p = a;
  let cue = personCue;
  const flush = (end: number): void => {
    if (end >= runStart) run(st, runStart, end, cue, orgCue, theIdx === runStart - 1 ? theIdx : -1, stripped);
    stripped = undefined;
    orgCue = 0;
  };
  while (p <= b) {
    // titles: "Gen.", "President", "Press Secretary"
    // a title word inside a name after a given name is part of it ("Hassan Sheikh Mohamud")
    const tl = st.titleCase || (p > runStart && st.g.given.has(tokAt(toks, p - 1).l) && tokAt(toks, p - 1).cap) ? 0 : titleAt(toks, p, b);
    if (tl && !lookupAt(st, p, b)) {
      const nx = tokAt(toks, p + tl);
      if (!nx || !isDesignator(nx)) {
        flush(p - 1);
        cue = nx ? 3 : 0;
        p += tl;
        runStart = p;
        continue;
      }
    }
    // "Mocímboa da Praia", "Norte de Santander": after an unknown word and a particle, a known name
    // ends the same name rather than starting another
    const afterParticle = p > runStart + 1 && !tokAt(toks, p - 1).cap && NAME_PARTICLES.has(tokAt(toks, p - 1).l);
    if (cue < 3 && !afterParticle) {
      let m = matchAt(st, p, b, a);
      // "Abdul Wardak", "Farid Kabuli": one place word after a given name is a surname
      if (m && m.end === p && m.entry.type === 'location' && p > runStart && tokAt(toks, p - 1).cap && st.g.given.has(tokAt(toks, p - 1).l) && !has(tokAt(toks, p - 1), L_COMMON)) m = undefined;
      if (m) {
        // "Afghan Ministry of Defense": a demonym before a designated organisation name belongs to it
        let from = p;
        if (m.entry.type === 'organization' && runStart < p && hasDesignatorWord(m.entry.name)) {
          let allDemonyms = true;
          for (let k = runStart; k < p; k++) if (!has(toks[k], L_DEMONYM)) allDemonyms = false;
          if (allDemonyms) {
            from = runStart;
            runStart = p;
          }
        }
        flush(p - 1);
        let end = m.end;
        let type = m.entry.type;
        let skip = 0;
        // "Helmand Province", "Kabul University", "Kandahar City" → Kandahar
        if (type === 'location') {
          for (;;) {
            if (end + 1 <= b && has(tokAt(toks, end + 1), L_LOC_SUFFIX)) end++;
            else if (end + 2 <= b && tokAt(toks, end + 1).l === 'air' && has(tokAt(toks, end + 2), L_LOC_SUFFIX)) end += 2; // "Bagram Air Base"
            else break;
          }
          if (end === m.end && end + 1 <= b && tokAt(toks, end + 1).l === CITY) skip = 1;
          if (end === m.end) {
            let d = end;
            while (d + 1 <= b && isDesignator(tokAt(toks, d + 1))) d++;
            if (d > end) {
              end = d;
              type = 'organization';
            }
          }
        }
        // "BBC Persian", "VOA Dari", "Al Jazeera English": an outlet's language service
        if (type === 'organization' && end + 1 === b && SERVICE_LANGUAGES.has(toks[b].l)) end = b;
        else if (type === 'organization' && end < b && MEDIA_TAILS.has(tokAt(toks, end + 1).l)) {
          let e = end + 1;
          while (e < b && MEDIA_TAILS.has(tokAt(toks, e + 1).l)) e++;
          end = e;
        }
        // "National Resistance Front of Afghanistan": a known organisation continued by "of"/"for" + names
        if (type === 'organization' && end < b && (tokAt(toks, end + 1).l === 'of' || tokAt(toks, end + 1).l === 'for') && !tokAt(toks, end + 1).cap) end = b;
        // "AU Commission", "UN Office for the Coordination of Humanitarian Affairs": a known organisation's own body
        else if (type === 'organization' && end < b && tokAt(toks, end + 1).cap && hasBody(toks, end + 1, b) && !lookupAt(st, end + 1, b)) end = b;
        const withThe = theIdx === p - 1 && theIdx >= 0 && (lookup(st, 'the ' + keyRange(toks, p, end)) || (type === 'organization' && !st.starts[theIdx]));
        // "many Amhara", "Amhara leaders": a region named after its people, used for the people
        if (!(end === p && from === p && st.g.peoples.has(toks[p].l) && peopleUse(toks, p))) emit(st, withThe ? theIdx : from, end, type, m.entry.kind === 'user' ? STR_USER : STR_GAZ);
        p = end + 1 + skip;
        runStart = p;
        cue = 0;
        continue;
      }
    }
    p++;
  }
  flush(b);
}

/** Quantifiers before a people's name ("many Amhara"). */
const PEOPLE_BEFORE = new Set(['many', 'most', 'some', 'few', 'fellow', 'ethnic', 'other', 'young', 'displaced', 'thousands', 'hundreds']);

/** toks[p] (a people's name) stands for the people: after a quantifier, or before a plural or a collective noun. */
function peopleUse(toks: Tok[], p: number): boolean {
  const pv = tokAt(toks, p - 1);
  if (pv && pv.k === WORD && !pv.cap && PEOPLE_BEFORE.has(pv.l)) return true;
  const nx = tokAt(toks, p + 1);
  if (!nx || nx.k !== WORD || nx.cap || !nx.sp) return false;
  return (nx.l.length > 3 && nx.l.endsWith('s') && !nx.l.endsWith('ss')) || nx.l === 'militia' || nx.l === 'people' || nx.l === 'community' || nx.l === 'population';
}

/** Longest gazetteer name starting at p within [p..b]; city names only as a whole run. */
function matchAt(st: LineState, p: number, b: number, a: number): { end: number; entry: GazEntry } | undefined {
  const { toks, g } = st;
  let key = '';
  let best: { end: number; entry: GazEntry } | undefined;
  for (let end = p; end <= b && end < p + g.maxWords; end++) {
    key = end === p ? keyOf(toks[p]) : key + ' ' + keyOf(toks[end]);
    const e = lookup(st, key);
    const more = end < b && g.prefixes.has(key);
    if (e && acceptable(st, e, p, end, b, a)) best = { end, entry: e };
    if (!more) break;
  }
  return best;
}

function acceptable(st: LineState, e: GazEntry, p: number, end: number, b: number, a: number): boolean {
  const { toks } = st;
  if ((e.kind === 'city' || e.kind === 'subdivision') && !(p === a && (end === b || restIsSuffix(toks, end + 1, b))) && !st.titleCase) return false;
  // acronyms match only as written in capitals ("WHO", not "Who"), or, from four letters, as a
  // word of their own in the British style ("Nato", "Unicef", "Ocha") when no common word or given name
  if (e.kind !== 'user' && e.name.length <= 6 && e.name === e.name.toUpperCase() && !isUpperText(toks, p, end) && !acronymAsWord(st, e, p, end, a, b)) return false;
  return true;
}

function acronymAsWord(st: LineState, e: GazEntry, p: number, end: number, a: number, b: number): boolean {
  const t = st.toks[p];
  return p === end && p === a && end === b && e.name.length >= 4 && /^\p{Lu}+$/u.test(e.name) && t.cap && t.t.slice(1) === t.l.slice(1) && !has(t, L_COMMON) && !st.g.given.has(t.l);
}

/** Lookup key of toks[a..b] (lowercase words, single spaces). */
function keyRange(toks: Tok[], a: number, b: number): string {
  let k = keyOf(toks[a]);
  for (let x = a + 1; x <= b; x++) k += ' ' + keyOf(toks[x]);
  return k;
}

function keyOf(t: Tok): string {
  return t.l.indexOf('\u2019') >= 0 ? t.l.replace(/\u2019/g, "'") : t.l;
}

function isUpperText(toks: Tok[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (toks[k].t !== toks[k].t.toUpperCase()) return false;
  return true;
}

function restIsSuffix(toks: Tok[], from: number, b: number): boolean {
  for (let k = from; k <= b; k++) if (!has(toks[k], L_LOC_SUFFIX) && toks[k].l !== CITY) return false;
  return true;
}

function emit(st: LineState, a: number, b: number, type: string, str: number): void {
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

/** Types an unknown run toks[a..b]. */
function run(st: LineState, a: number, b: number, personCue: number, orgCue: number, theIdx: number, stripped: Tok | undefined): void {
  const { toks, g } = st;
  // leading directions and demonyms: "Southern Nimroz Province", "Afghan Peace Talks" (kept before a designator)
  const last = toks[b];
  // "Afghan Government": a demonym and "Government" is a description, not a name
  if (toks[b].l === 'government' && personCue < 3) {
    let k = a;
    while (k < b && (has(toks[k], L_DEMONYM) || has(toks[k], L_DIRECTION) || toks[k].l === 'the')) k++;
    if (k === b) return;
  }
  // headline-style lines that are bylines: "Jane Okello in Kampala and …", a name alone on its line
  // (a given name that is no common word, then one to three more words, no designator)
  if (st.titleCase && personCue < 3 && orgCue < 3 && b > a && b - a <= 3 && toks[a].cap && (st.g.given.has(toks[a].l) || givenNameSuffix(toks[a].l)) && !has(toks[a], L_COMMON) && !isDesignator(toks[b]) && !has(toks[b], L_LOC_SUFFIX) && (!has(toks[b], L_COMMON) || st.g.given.has(tokAt(toks, a + 1).l))) personCue = 3;
  const orgEnd = b > a && orgDesignatorEnd(toks, a, b) > a;
  const a0 = a;
  while (a < b && personCue < 3 && !orgEnd && (has(toks[a], L_DIRECTION) || has(toks[a], L_DEMONYM))) a++;
  // "North Kivu", "Middle Shabelle", "Central Plateau": a compass word before an unknown name is
  // part of the place's name (but "North Korean soldiers", "Western Border" in a headline are not)
  let compass = false;
  if (a > a0 && !st.titleCase && toks[a0].cap) {
    let k = a0;
    while (k < a && COMPASS_NOUNS.has(toks[k].l)) k++;
    if (k === a && !has(toks[a], L_DEMONYM) && !has(toks[a], L_DIRECTION)) {
      a = a0;
      compass = true;
    }
  }
  // trailing "City" ("Kandahar City" when Kandahar is unknown), a trailing title, connectors
  while (b > a && ((toks[b].l === CITY || has(toks[b], L_TITLE)) && personCue < 3 || !capLike(toks[b]))) b--;
  // (after a title the name may begin with its particle: "Mr. de la Cruz")
  while (a < b && !capLike(toks[a]) && toks[a].k !== ORD && !(personCue >= 3 && NAME_PARTICLES.has(toks[a].l))) a++;
  if (st.titleCase && personCue < 3 && orgCue < 3) {
    while (a < b && has(toks[a], L_COMMON) && !g.given.has(toks[a].l)) a++;
    while (b > a && (has(toks[b], L_COMMON) || has(toks[b], L_LOC_SUFFIX)) && !isDesignator(toks[b])) b--;
  }
  if (toks[a].k === ORD && !isDesignator(toks[b])) a++;
  if (a > b) return;
  const t0 = toks[a];
  const len = b - a + 1;
  // "IMG_2231.jpg", "afg_news", "@CalebDorseySS": a word glued to an underscore or an at sign is a file name or a handle
  if ((tokAt(toks, b + 1)?.t === '_' && !tokAt(toks, b + 1).sp) || ((tokAt(toks, a - 1)?.t === '_' || tokAt(toks, a - 1)?.t === '@') && !t0.sp)) return;
  // "Follow Us": the pronoun, never the country
  if (len === 1 && t0.t === 'Us') return;
  // "C-17", "F-16s", "MQ-9", "Su-25": designations of aircraft and weapons
  if (len === 1 && /^(?:C|F|B|A|E|P|S|T|V|J|MQ|RQ|KC|AH|UH|CH|MH|HH|Su|MiG|Mi|Tu|An|Il|Ka)-\d{1,3}\p{Lu}?s?$/u.test(t0.t)) return;
  // "Section A", "Part B", "Plan B": a common noun and a letter
  if (len === 2 && toks[b].t.length === 1 && personCue < 3 && !lookup(st, t0.l) && !g.given.has(t0.l)) return;
  if (len === 1 && personCue < 3 && (has(t0, L_DEMONYM) || has(t0, L_DIRECTION))) return;
  if (len === 1 && (has(t0, L_ORG_DES) || has(t0, L_MEDIA_DES) || has(t0, L_LOC_SUFFIX)) && personCue < 3 && orgCue < 3) {
    emit(st, a, b, 'organization', STR_UNKNOWN);
    return;
  }
  let type = '';
  let str = 0;
  const set = (ty: string, s: number): void => {
    if (s > str) {
      type = ty;
      str = s;
    }
  };
  if (personCue && !allCommon(g, toks, a, b)) set('person', personCue);
  if (orgCue) set('organization', orgCue);
  // designators
  if (len >= 2 && isDesignator(last) && !has(last, L_LOC_SUFFIX)) set('organization', STR_CUE + 0.5);
  for (let k = a; k < b; k++) {
    // "Association of Southeast Asian Nations", "Ministry of Defense"
    if (isDesignator(toks[k]) && ((!tokAt(toks, k + 1).cap && (tokAt(toks, k + 1).l === 'of' || tokAt(toks, k + 1).l === 'for' || (tokAt(toks, k + 1).l === 'in' && toks[k].l === 'mission'))) || generalOf(toks, k))) set('organization', STR_CUE + 0.5);
  }
  if (len >= 2 && has(last, L_LOC_SUFFIX) && last.cap && (!st.titleCase || !allCommon(g, toks, a, b))) set('location', STR_CUE + 0.5);
  if (len >= 2 && has(t0, L_LOC_PREFIX)) set('location', STR_CUE + 0.5);
  // "82nd Airborne Division", "3rd Infantry Division": a numbered unit ("Division" alone may be a province's)
  if (len >= 2 && t0.k === ORD && isDesignator(last)) set('organization', STR_CUE + 0.75);
  if (compass && len >= 2) set('location', STR_CUE);
  // "Mocímboa da Praia", "Ciudad del Carmen": a known place after a particle names a place
  for (let k = b - 1; k > a; k--) {
    if (toks[k].cap || !NAME_PARTICLES.has(toks[k].l)) continue;
    if (lookupAt(st, k + 1, b)?.type === 'location') set('location', STR_CUE);
    break;
  }
  // "Partners In Health", "Friends Of The Earth": a capitalised connector inside a name mid-text
  if (len >= 3 && !st.titleCase) {
    for (let k = a + 1; k < b; k++) if (toks[k].cap && CAPITAL_CONNECTORS.has(toks[k].l)) set('organization', STR_CUE);
  }
  // transcript speakers: "KELLY:", "ABDUL RAHIM:" at the start of a line (known places there are datelines: "ISLAMABAD:")
  if (a === 0 && len <= 3 && tokAt(toks, b + 1)?.t === ':' && isUpperText(toks, a, b) && !lookupAt(st, a, b) && !has(t0, L_NON_ORG) && !has(t0, L_CREDIT)) set('person', STR_CUE + 0.5);
  // acronyms: "JNIM", "UNAMA"
  if (len === 1 && t0.upper && t0.t.replace(/[.&]/g, '').length <= 6 && !has(t0, L_COMMON) && !has(t0, L_CREDIT) && !has(t0, L_NON_ORG)) set('organization', STR_CUE);
  // an acronym in brackets ("(SAMIDRC)") stands for the name before it, an organisation if longer than a place code
  // ("(LeT)", "(JeM)": mixed-case acronyms too)
  if (len === 1 && (t0.upper || /^\p{Lu}\p{Ll}?\p{Lu}{1,4}$/u.test(t0.t)) && t0.t.length <= 12 && tokAt(toks, a - 1)?.t === '(' && tokAt(toks, b + 1)?.t === ')' && !has(t0, L_NON_ORG)) set('organization', STR_CUE + 0.25);
  if (len === 1 && (has(t0, L_CREDIT) || has(t0, L_NON_ORG) || (st.starts[a] && ADJECTIVE_SUFFIX.test(t0.l)))) {
    emit(st, a, b, 'location', STR_UNKNOWN);
    return;
  }
  // person morphology: given names, "-ullah", initials
  if (len >= 2 && !st.titleCase) {
    for (let k = a; k < b; k++) {
      const l = toks[k].l;
      if (g.given.has(l) || givenNameSuffix(l) || (toks[k].t.length === 2 && /^\p{Lu}\.$/u.test(toks[k].t))) {
        set('person', STR_CUE);
        break;
      }
    }
  }
  // context
  const prev = tokAt(toks, a - 1);
  const prev2 = tokAt(toks, a - 2);
  const next = tokAt(toks, b + 1);
  const next2 = tokAt(toks, b + 2);
  const pw = prev && prev.k === WORD ? prev.l : stripped ? stripped.l : '';
  if (pw && !prev?.cap && ROLE_NOUNS.has(pw)) set('person', STR_CUE);
  // "pollster Invamer", "the broadcaster X": a kind of organisation just before the name
  if (pw && !prev?.cap && ORG_CUE_BEFORE.has(pw)) set('organization', STR_CUE);
  // "militias known as Wazalendo", "a group called X"
  if ((pw === 'as' && prev2?.l === 'known') || pw === 'called' || pw === 'named') {
    const head = tokAt(toks, a - (pw === 'as' ? 3 : 2));
    if (head && head.k === WORD && (ORG_CUE_AFTER.has(head.l) || ORG_CUE_BEFORE.has(head.l) || ORG_APPOS.has(head.l))) set('organization', STR_CUE + 0.25);
  }
  if (len >= 2 && GROUP_HEADS.has(t0.l)) set('organization', STR_CUE + 0.5);
  // "Jamiat-e-Islami", "Hezb-e-Wahdat": a group head joined to its name
  if (t0.l.includes('-') && GROUP_HEADS.has(t0.l.slice(0, t0.l.indexOf('-')))) set('organization', STR_CUE + 0.5);
  // "KabulPulse24", "ThemeGrill": one word with a capital inside or a number at its end names a brand or an outlet
  if (len === 1 && !t0.upper && brandLike(t0.t)) set('organization', STR_CUE);
  // "Los Chapitos", "Los Zetas": the Spanish plural article before an unknown name names a group (known places are in the gazetteer)
  if (len >= 2 && t0.cap && (t0.l === 'los' || t0.l === 'las') && !st.titleCase) set('organization', STR_WEAK + 0.25);
  // "known by the French acronym FAMa", "its initials, JNIM"
  if ((pw === 'acronym' || pw === 'initials' || pw === 'abbreviation') && len === 1) set('organization', STR_CUE + 0.5);
  if (prev && prev.t === ',' && prev2 && prev2.k === WORD && ROLE_NOUNS.has(prev2.l)) set('person', STR_CUE);
  if (pw && SPEECH_VERBS.has(pw) && (!next || next.k === PUNCT)) set('person', STR_CUE);
  // photo credits: "Jim Huylebroek for The New York Times"
  if (next && next.l === 'for' && len >= 2 && creditOutletAt(st, b + 2)) set('person', 3);
  if (pw === 'to' && prev2?.l === 'according' && len >= 2) set('person', STR_CUE);
  if (next && next.k === WORD && !next.cap) {
    // ("residents of Ain Zara reported": after "of" or a place preposition the name is not the speaker)
    if (has(next, L_SPEECH) && pw !== 'of' && !(pw && !prev?.cap && LOC_PREPOSITIONS.has(pw))) set('person', STR_CUE);
    if (LOC_CUE_AFTER.has(next.l)) set('location', STR_CUE + 0.25);
    if (ORG_CUE_AFTER.has(next.l) && len === 1) set('organization', STR_CUE - 0.25);
    // "Viv Ansanm gang coalition", "the Northern Alliance militia": group nouns any name length
    if (GROUP_NOUNS_AFTER.has(next.l)) set('organization', STR_CUE);
    if (PERSON_CUE_AFTER.has(next.l) && len === 1) set('person', STR_CUE);
  }
  if (pw === 'of' && prev2 && prev2.k === WORD && LOC_OF_HEADS.has(prev2.l)) set('location', STR_CUE);
  if (next && (next.t === ',' || DASHES.has(next.t)) && next2 && !st.titleCase) appositive(st, b + 2, set);
  if (pw && LOC_PREPOSITIONS.has(pw) && !prev?.cap) set('location', STR_WEAK + 0.5);
  if (!str) {
    if (allCommon(g, toks, a, b)) {
      emit(st, a, b, 'location', STR_UNKNOWN);
      return;
    }
    if (len >= 2) set('person', STR_WEAK);
    else if (g.given.has(t0.l)) set('person', STR_WEAK);
    else if (!st.starts[a]) set('location', STR_WEAK);
  }
  if (st.titleCase && str < STR_CUE) str = STR_UNKNOWN;
  if (!type) type = 'location';
  // a leading capitalised "The" belongs to outlet names: "The Oasis Reporters"
  const from = theIdx >= 0 && type === 'organization' && (has(last, L_MEDIA_DES) || !st.starts[theIdx]) ? theIdx : a;
  emit(st, from, b, type, str);
}

/** After "Name/": an agency, a known outlet or a credit word ("REUTERS", "The New York Times", "Staff", "Getty Images"). */
function creditAfterSlash(st: LineState, i: number): boolean {
  const t = st.toks[i];
  return t.upper || CREDIT_JUNK.has(t.l) || creditOutletAt(st, i) || lookupAt(st, i, i)?.type === 'organization';
}

/** A known organisation (outlet, agency) starts at i, possibly after "The". */
function creditOutletAt(st: LineState, i: number): boolean {
  const { toks } = st;
  if (toks[i]?.l === 'the') i++;
  if (!toks[i] || !toks[i].cap) return false;
  let e = i;
  while (e + 1 < toks.length && tokAt(toks, e + 1).cap && tokAt(toks, e + 1).sp) e++;
  for (let x = e; x >= i; x--) if (lookupAt(st, i, x)?.type === 'organization') return true;
  return false;
}

function allCommon(g: Gazetteer, toks: Tok[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (!has(toks[k], L_COMMON) && !has(toks[k], L_TITLE)) return false;
  return true;
}

/** ", the spokesman for" → person; ", the capital of" → location; ", who" → person. */
function appositive(st: LineState, i: number, set: (ty: string, s: number) => void): void {
  const { toks } = st;
  const t = toks[i];
  if (!t || t.k !== WORD) return;
  if (t.l === 'who' || (t.l === 'aged' && tokAt(toks, i + 1)?.k === NUM)) {
    set('person', STR_CUE);
    return;
  }
  if (t.k === WORD && !t.cap && t.l !== 'the' && t.l !== 'a' && t.l !== 'an' && t.l !== 'his' && t.l !== 'its' && t.l !== 'their' && t.l !== 'our') return;
  for (let k = i + 1; k < i + 6 && k < toks.length; k++) {
    const w = toks[k];
    if (w.k !== WORD) return;
    if (ROLE_NOUNS.has(w.l)) {
      set('person', STR_CUE);
      return;
    }
    if (LOC_APPOS.has(w.l)) {
      set('location', STR_CUE);
      return;
    }
    if (ORG_APPOS.has(w.l)) {
      set('organization', STR_CUE);
      return;
    }
    if (w.l === 'of' || w.l === 'for' || w.l === 'who' || w.l === 'which' || w.l === 'that') return;
  }
}
