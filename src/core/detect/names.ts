/**
 * Names: capitalised word runs of one line, split and typed as person, organization or
 * location. Evidence, strongest first: the user gazetteer and the general gazetteer (longest
 * match inside the run), titles and bylines, designators ("Interior Ministry", "Helmand Province",
 * "Camp X"), photo credits ("Name/Agency"), context cues ("said X", "X province", "in X",
 * "spokesman X", ", the commander of"), given names, and finally weak defaults (several unknown
 * words → person, one → location). Runs nothing supports are kept with strength 0 and typed only
 * if the document table (propagate.ts) knows them.
 *
 * This file joins capitalised words into chains (with connectors: "Ministry of Defense"); each chain
 * goes to name-chain.ts (cues before it, split by titles and gazetteer names), whose unknown runs
 * name-run.ts types. name-words.ts holds the cue words and word tests, name-state.ts the line's
 * state, its gazetteer lookups and the emitted candidates, name-citations.ts the authors of scholarly citations,
 * name-neighbours.ts the names of a word or two that the words around them decide ("posted on X", "told Amnesty").
 */
import { gazetteer, type GazEntry } from './gazetteer';
import { CREDIT_WORDS, NAME_CONNECTORS, NAME_PARTICLES, NP_STOP, ORG_DESIGNATORS, TITLES } from './lexicon';
import { DASHES, dashByline, isTitleCaseLine, sentenceStarts } from './layout';
import { NUM, ORD, PUNCT, WORD, digits, isPossessive, tokAt, type Tok } from './tokens';
import { STR_CUE, STR_GAZ, type Cand } from './types';
import { ABSTRACT_NOUN, PORTFOLIOS, COMPANY_FORMS, CREDIT_VERBS, L_BYLINE, L_COMMON, L_DEMONYM, L_LOC_SUFFIX, L_ORG_DES, L_ROLE, L_TITLE, ORDINAL_WORDS, POSSESSIVE_HEADS, STATE_FORMS, has, isCommonWord, isDesignator, isNameTok, platformX } from './name-words';
import { type LineState, creditOutletAt, emit, keyRange, lookup, lookupAt, forgetLineLookups } from './name-state';
import { chain } from './name-chain';
import { acronymOfPrevious, networkType, pushAcronym, widenChain } from './name-widen';
import { placesInLists } from './name-lists';
import { referenceAuthors } from './name-citations';

/** Prepositions and adverbs that open a sentence after an acronym's period ("or N.R.F. Beside him is …"). */
const SENTENCE_OPENERS = new Set(['beside', 'besides', 'behind', 'beyond', 'meanwhile', 'instead', 'nearby', 'elsewhere', 'today', 'yesterday']);

/** Buildings and places named after a saint ("St. George's Hall", "St. Peter's Square"). */
const SAINT_PLACES = new Set(['hall', 'cathedral', 'church', 'basilica', 'abbey', 'chapel', 'square', 'hospital', 'college', 'school', 'monastery', 'gate', 'island', 'bay', 'park']);

/** Street words after a name ("Warsak Road"). */
const STREET_NOUNS = new Set(['road', 'street', 'avenue', 'boulevard', 'lane', 'highway']);

/** Opening quotes of a nickname inside a name, with their closing quote. */
const NICKNAME_QUOTES = new Map([["'", "'"], ['‘', '’'], ['“', '”'], ['"', '"']]);

export interface NameContext {
  user?: Map<string, GazEntry>;
}

/** Finds names in one line; `used` marks tokens taken by dates and quantities. */
export function findNames(toks: Tok[], used: Uint8Array, out: Cand[], ctx: NameContext): void {
  const g = gazetteer();
  const outFrom = out.length;
  forgetLineLookups();
  const starts = sentenceStarts(toks);
  const firstWord = toks.find((t) => t.k === WORD);
  // credit lines ("Credit...Name for Outlet", "Photo: Name/Agency") hold names, not headline words
  const titleCase = isTitleCaseLine(toks) && !(firstWord && CREDIT_WORDS.has(firstWord.l));
  const n = toks.length;
  const state: LineState = { toks, used, out, g, user: ctx.user, starts, titleCase, lastPersonEnd: -10, dashByline: dashByline(toks), dateline: datelineDash(toks), creditLine: creditLine(toks) };
  // "… of the New York Times with the headline: Ukraine Retakes Swath Of Northeast": a headline's words from there on
  const headlineFrom = titleCase ? n : printHeadline(toks);
  // "**Afghanistan in Retreat** Our reporters …": a promo box's bold title-case heading before its text
  const boldEnd = titleCase ? -1 : boldHeading(toks);
  // "Kilcullen, David. 2009.", "^ Gannon, Kathy; Akhgar, Tameem (15 August 2021).": a reference-list entry's authors, surname first
  const refs = referenceAuthors(toks);
  if (refs) for (const [a, b] of refs) emit(state, a, b, 'person', STR_GAZ);
  for (let i = refs ? refs[refs.length - 1][1] + 1 : 0; i < n; i++) {
    if (!isNameTok(toks[i], used, i, toks)) {
      // "(Jan Woitas/dpa)", "BERLIN (dpa) -", "obtained by dpa": the German agency writes its name in lowercase
      if (toks[i].l === 'dpa' && !toks[i].cap && !used[i] && toks[i].k === WORD) emit(state, i, i, 'organization', STR_GAZ);
      continue;
    }
    // the platform X in a share bar or before a handle is a name of its own ("Facebook X WhatsApp", "X: @UNAMAnews")
    if (platformX(toks, i)) {
      emit(state, i, i, 'organization', STR_CUE);
      continue;
    }
    if (boldEnd > 0) state.titleCase = i < boldEnd;
    if (i > headlineFrom) state.titleCase = true;
    let j = i;
    let creditFor = -1;
    // the chain's type when its form alone decides it: a saint's building, a task force's number, an office named after a title
    let formType: 'location' | 'organization' | undefined;
    while (j + 1 < n) {
      const nx = tokAt(toks, j + 1);
      // "Tags: North Sinai   Bir al-Abed   Rawda": three spaces or more part the names of a list
      if (nx.s - toks[j].e >= 3) break;
      const possessive = isPossessive(nx);
      // "Pakistan-Afghanistan Joint Chamber": hyphen-split parts (layout.ts) stay in one chain
      // "LORENZO BASSI FOR THE WALL STREET JOURNAL": an upper-case credit's outlet is no part of the name
      if (nx.upper && nx.l === 'for' && j > i && creditOutletAt(state, j + 2)) {
        creditFor = j + 1;
        break;
      }
      // "the Oklahoma Republican", "a Colorado Democrat": a party member of a known place is no part of its name
      if ((nx.l === 'republican' || nx.l === 'democrat') && nx.cap && lookupAt(state, i, j)?.type === 'location') break;
      // ("NASIRIYAH A man carried …": a caption's upper-case place, then the article opening its sentence)
      if (nx.t === 'A' && toks[j].upper && toks[j].t.length > 2 && tokAt(toks, j + 2)?.k === WORD && !tokAt(toks, j + 2).cap) break;
      if (nx.t === 'X' && platformX(toks, j + 1)) break;
      // (a photo credit's page link ends it: "REUTERS/Jane Doe Purchase Licensing Rights")
      if (isNameTok(nx, used, j + 1) && (nx.sp || (nx.s === toks[j].e + 1 && toks[j].cap)) && !endsSentence(toks, j) && !(nx.l === 'purchase' && tokAt(toks, j + 2)?.l === 'licensing')) {
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
        // "Group of 7", "Group of 20": a known name ending in a number
        if (toks[k]?.k === NUM && toks[k].sp && g.names.has(keyRange(toks, i, k))) {
          j = k;
          continue;
        }
      }
      // "St. George's Hall", "St. Stephen's Cathedral": a saint's name and a building or place named after him
      if (possessive && j > i && (toks[j - 1].l === 'st.' || toks[j - 1].l === 'saint') && SAINT_PLACES.has(tokAt(toks, j + 2)?.l ?? '') && tokAt(toks, j + 2).cap && tokAt(toks, j + 2).sp) {
        formType = 'location';
        j += 2;
        break;
      }
      // "the Prosecutor General's Office", "the Public Attorney's Office": an office named after its holder's title
      if (possessive && has(toks[j], L_TITLE) && toks[j].cap && tokAt(toks, j + 2)?.l === 'office' && tokAt(toks, j + 2).cap && tokAt(toks, j + 2).sp) {
        j += 2;
        formType = 'organization';
        break;
      }
      // "People’s Defense Force", "People's Liberation Army": the possessive "People’s" opens a name
      if (possessive && POSSESSIVE_HEADS.has(toks[j].l) && isNameTok(tokAt(toks, j + 2), used, j + 2) && tokAt(toks, j + 2).sp) {
        j += 2;
        continue;
      }
      // "King's College London": a known name with a possessive inside
      // (only when a known name begins with the words and the possessive: one key and one set lookup for most)
      if (possessive && g.prefixes.has(keyRange(toks, i, j + 1))) {
        const e = knownEnd(state, i, j + 2, j + 5, false);
        if (e) {
          j = e;
          continue;
        }
      }
      // "Martyrs’ Square", "Veterans’ Affairs": a plural possessive inside a place or organisation name
      // ("Peoples' Democratic Party": or a run of capitalised words ending in a designator, after no known name: not "the
      // United Nations' World Food Programme")
      if (nx.k === PUNCT && !nx.sp && (nx.t === '’' || nx.t === "'") && toks[j].cap && toks[j].l.endsWith('s') && isNameTok(tokAt(toks, j + 2), used, j + 2) && tokAt(toks, j + 2).sp && (has(tokAt(toks, j + 2), L_LOC_SUFFIX) || has(tokAt(toks, j + 2), L_ORG_DES) || tokAt(toks, j + 2).l === 'affairs' || (designatorAhead(toks, j + 2) && !lookupAt(state, toks[i].l === 'the' && i < j ? i + 1 : i, j) && !lookupAt(state, j, j)))) {
        j += 2;
        continue;
      }
      // "Armed Conflict Location & Event Data Project": "&" between capitalised words
      // (but "By A & B": a byline's two names stay two)
      // ("Johnson & Johnson": a known name with "&")
      if (nx.k === PUNCT && nx.t === '&' && nx.sp && isNameTok(tokAt(toks, j + 2), used, j + 2) && tokAt(toks, j + 2).sp && (designatorAhead(toks, j + 2) || lookupAt(state, i, j + 2))) {
        j += 2;
        continue;
      }
      // ("U.S. News & World Report": a known name whose words after "&" go on)
      if (nx.k === PUNCT && nx.t === '&' && nx.sp && tokAt(toks, j + 2)?.cap && g.prefixes.has(keyRange(toks, i, j + 2))) {
        const e = knownEnd(state, i, j + 3, j + 5, false);
        if (e) {
          j = e;
          continue;
        }
      }
      // "William 'Hank' Taylor", "John “Jack” Miller": a quoted nickname inside a name
      if (nx.k === PUNCT && nx.sp && toks[j].cap && NICKNAME_QUOTES.has(nx.t)) {
        const nick = tokAt(toks, j + 2);
        const close = tokAt(toks, j + 3);
        if (nick && nick.k === WORD && nick.cap && !nick.sp && close && !close.sp && NICKNAME_QUOTES.get(nx.t) === close.t && isNameTok(tokAt(toks, j + 4), used, j + 4) && tokAt(toks, j + 4).sp) {
          j += 4;
          continue;
        }
      }
      // "RFE/RL", "Radio Free Europe/Radio Liberty": a known name written with a slash (or "I.S.-K.", a hyphen after an
      // acronym's dot; "Lions' Den", a plural possessive; "Islamic State–Khorasan", an en dash)
      if (nx.k === PUNCT && (nx.t === '/' || nx.t === '–' || (nx.t === '-' && toks[j].t.endsWith('.')) || ((nx.t === "'" || nx.t === '’') && toks[j].l.endsWith('s'))) && !nx.sp && tokAt(toks, j + 2) && tokAt(toks, j + 2).cap && (nx.t === "'" || nx.t === '’' ? tokAt(toks, j + 2).sp : !tokAt(toks, j + 2).sp)) {
        // (after "The" or a byline's "By": "The Committee of Soldiers' Mothers of Russia", "By RFE/RL")
        const e = knownEnd(state, i, j + 2, j + 5, false) || (i < j && (toks[i].l === 'the' || has(toks[i], L_BYLINE)) ? knownEnd(state, i + 1, j + 2, j + 5, false) : 0);
        if (e) {
          j = e;
          continue;
        }
      }
      const named = toks[i].l === 'the' && i < j ? i + 1 : i;
      // "Islamic State – Khorasan Province": a known name with a spaced dash inside
      // (only when a known name begins with the words and the dash: one key and one set lookup for most)
      if (nx.k === PUNCT && nx.sp && DASHES.has(nx.t) && tokAt(toks, j + 2)?.cap && tokAt(toks, j + 2).sp && g.prefixes.has(keyRange(toks, named, j + 1))) {
        const e = knownEnd(state, named, j + 2, j + 5, false);
        if (e) {
          j = e;
          continue;
        }
      }
      // "Foreign, Commonwealth and Development Office": a known organisation with a comma inside (not "Washington, D.C.")
      // (only when a known name begins with the words and the comma: one key and one set lookup for most)
      if (nx.k === PUNCT && nx.t === ',' && tokAt(toks, j + 2)?.cap && g.commaFirst.has(toks[named].l) && g.prefixes.has(keyRange(toks, named, j + 1))) {
        const e = knownEnd(state, named, j + 2, j + 8, true);
        if (e) {
          j = e;
          continue;
        }
      }
      // "Third Battalion, Sixth Marines", "2nd Battalion, The Parachute Regiment": a unit, a comma and its regiment
      if (nx.t === ',' && toks[j].cap && UNIT_PARTS.has(toks[j].l) && j > i && isOrdinalTok(toks[j - 1])) {
        const e = regimentEnd(toks, j + 2);
        if (e > 0) {
          j = e;
          formType = 'organization';
          break;
        }
      }
      // "Task Force 373": a task force's number
      // "France 24", "G 7": a number that completes a known name
      if (nx.k === NUM && nx.sp && toks[j].l === 'force' && j > i && toks[j - 1].l === 'task' && digits(nx.t, 1, 4)) {
        j++;
        formType = 'organization';
        break;
      }
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
    // "the Fifth Marines", "3rd Marines": a Marine regiment by its number
    if (!formType && j === (toks[i].l === 'the' ? i + 2 : i + 1) && isOrdinalTok(toks[j - 1]) && toks[j].t === 'Marines') formType = 'organization';
    if (formType) {
      emit(state, toks[i].l === 'the' ? i + 1 : i, j, formType, STR_CUE + 0.5);
      i = j;
      continue;
    }
    // "NYP Holdings, Inc.", "CBS Interactive Inc.", "Associated Newspapers Ltd": a company's name with its legal form
    const legal = companyEnd(toks, i, j);
    if (legal > 0) {
      // ("Copyright The Telegraph Media Group Limited": after the credit word)
      emit(state, toks[i].l === 'copyright' && i < j ? i + 1 : i, legal, 'organization', STR_GAZ);
      i = legal;
      continue;
    }
    // "Government Accountability Office (GAO)": an acronym of the name just before it, of that name's type
    if (i === j && toks[i].upper && acronymOfPrevious(toks, i, out)) {
      pushAcronym(out, toks[i]);
      continue;
    }
    // "al Qaeda", "de Mistura": a lowercase particle before the chain begins a known name
    const pv = tokAt(toks, i - 1);
    if (pv && pv.k === WORD && !pv.cap && !used[i - 1] && NAME_PARTICLES.has(pv.l) && lookupAt(state, i - 1, j)) chain(state, i - 1, j);
    else {
      const from = out.length;
      chain(state, i, j);
      widenChain(state, i, j, from);
    }
    networkType(state, i, j);
    // (the outlet's chain begins after "FOR")
    i = creditFor > 0 ? creditFor : j;
  }
  placesInLists(state, outFrom);
}

/** Units below a regiment, named with the regiment after a comma ("Third Battalion, Sixth Marines"). */
const UNIT_PARTS = new Set(['battalion', 'company', 'squadron', 'battery', 'troop']);
/** Last words of a regiment's name. */
const REGIMENT_ENDS = new Set(['marines', 'regiment', 'infantry', 'cavalry', 'rifles', 'guards', 'artillery', 'lancers', 'hussars', 'fusiliers']);

/** A unit's number: "3rd", "Third". */
function isOrdinalTok(t: Tok | undefined): boolean {
  return !!t && (t.k === ORD || (t.k === WORD && t.cap && ORDINAL_WORDS.has(t.l)));
}

/** The end of a regiment's name at k ("Sixth Marines", "The Parachute Regiment", "1st Cavalry Regiment"), or 0. */
function regimentEnd(toks: Tok[], k: number): number {
  const first = tokAt(toks, k);
  if (!first || !(isOrdinalTok(first) || first.t === 'The') || !first.sp) return 0;
  for (let e = k + 1; e < Math.min(toks.length, k + 5); e++) {
    const t = toks[e];
    if (t.k !== WORD || !t.cap || !t.sp) return 0;
    if (REGIMENT_ENDS.has(t.l)) return e;
  }
  return 0;
}

/** A capitalised legal form of a company: "Inc.", "LLC", "Ltd", "Limited". */
function isCompanyForm(t: Tok | undefined): boolean {
  return !!t && t.k === WORD && t.cap && COMPANY_FORMS.has(t.l);
}

/** The end of a company's name with its legal form, the chain toks[i..j] (of two words or more) or the chain and ", Inc.", or -1. */
function companyEnd(toks: Tok[], i: number, j: number): number {
  // (not the form alone: "(Mysore) Private Ltd.")
  if (j > i && isCompanyForm(toks[j]) && !isCompanyForm(toks[i]) && toks[i].l !== 'private' && toks[i].l !== 'pvt' && toks[i].l !== 'pvt.') return j;
  if (tokAt(toks, j + 1)?.t === ',' && isCompanyForm(tokAt(toks, j + 2)) && !isCompanyForm(toks[j])) return j + 2;
  return -1;
}

/** The index of the closing "**" of a bold title-case heading opening the line with more text after it, or -1. */
function boldHeading(toks: Tok[]): number {
  if (toks.length < 6 || toks[0].t !== '*' || toks[1].t !== '*' || toks[1].sp) return -1;
  let words = 0;
  for (let k = 2; k < Math.min(toks.length - 2, 16); k++) {
    const t = toks[k];
    if (t.t === '*' && toks[k + 1].t === '*') return words >= 2 && toks[k + 2].sp ? k : -1;
    if (t.k !== WORD) continue;
    words++;
    if (!t.cap && t.l.length > 3) return -1;
  }
  return -1;
}

/** The first end in [from, to) of a known name (an organisation's if `org`) starting at i, or 0. */
function knownEnd(st: LineState, i: number, from: number, to: number, org: boolean): number {
  for (let x = from; x < Math.min(st.toks.length, to); x++) {
    const e = lookupAt(st, i, x);
    if (e && (!org || e.type === 'organization')) return x;
  }
  return 0;
}

/** The index of the colon of "with the headline:" (print lines of newspaper pages), or the line's length. */
function printHeadline(toks: Tok[]): number {
  for (let k = 2; k < toks.length - 1; k++) {
    if (toks[k].t === ':' && toks[k - 1].l === 'headline' && toks[k - 2].l === 'the' && tokAt(toks, k - 3)?.l === 'with') return k;
  }
  return toks.length;
}

/** "EL FASHER / TAWILA – Heavy fighting …", "Addis Abeba – The …": a dateline's place names, then a dash; the dash's index or -1. */
function datelineDash(toks: Tok[]): number {
  if (toks.length < 3 || !toks[0].cap) return -1;
  const upper = toks[0].upper;
  // (mixed case: at most three words, then a sentence of some length, not a "Name – Outlet" byline)
  const max = upper ? 9 : 4;
  for (let i = 1; i < Math.min(toks.length - 1, max); i++) {
    const t = toks[i];
    if (t.k === PUNCT && DASHES.has(t.t) && t.sp) return upper || toks.length - i > 10 ? i : -1;
    if (!(t.k === WORD && (upper ? t.upper : t.cap)) && (!upper || (t.t !== '/' && t.t !== ','))) return -1;
  }
  return -1;
}

/** "on X. The army", "in the U.S. But": a word with its period before a capitalised function word ends a sentence (not a title: "Mr. West"). */
function endsSentence(toks: Tok[], j: number): boolean {
  const t = toks[j];
  const nx = tokAt(toks, j + 1);
  return t.t.charCodeAt(t.t.length - 1) === 46 && !TITLES.has(t.l) && !!nx && nx.cap && nx.sp && (NP_STOP.has(nx.l) || SENTENCE_OPENERS.has(nx.l)) && nx.l !== 'a';
}

/** A capitalised run from k on ends in an organisation designator ("… & Event Data Project"). */
function designatorAhead(toks: Tok[], k: number): boolean {
  for (let e = k; e < toks.length && toks[e].k === WORD && toks[e].cap; e++) if (isDesignator(toks[e])) return true;
  return false;
}

/** "Reporting by …", "Additional reporting by …", "Writing by …" at the start of the line. */
export function creditLine(toks: Tok[]): boolean {
  let k = toks[0]?.t === '(' ? 1 : 0; // "(Additional reporting by …)"
  const k0 = k;
  while (k < k0 + 2 && toks[k] && toks[k].k === WORD && CREDIT_VERBS.has(toks[k].l)) k++;
  return k > k0 && toks[k]?.l === 'by';
}

/** A known name of several words (up to `reach` - 1 more) begins at k ("… and the United Nations"), an organisation's if `org`. */
function knownFrom(st: LineState, k: number, reach = 4, org = false): boolean {
  for (let e = k + 1; e < Math.min(st.toks.length, k + reach); e++) {
    const known = lookupAt(st, k, e);
    if (known && (!org || known.type === 'organization')) return true;
  }
  return false;
}

function connectorOk(st: LineState, a: number, j: number, k: number): boolean {
  const { toks } = st;
  // ("the 215th Maiwand Corps of the Afghan army": a demonym before a lowercase noun is no part of the name)
  // ("the Mahdi Army against American forces")
  if ((k === j + 3 ? has(toks[k], L_DEMONYM) : k === j + 2 && st.g.demonyms.has(toks[k].l)) && tokAt(toks, k + 1)?.k === WORD && !tokAt(toks, k + 1).cap && !lookupAt(st, a, k)) return false;
  // a designator before the connector ("Ministry of", "University of", "Gulf of", "Republic of")
  const c = tokAt(toks, j + 1).l;
  // "the Organization of Islamic Cooperation on Afghanistan": a known organisation's whole name ends before "on" or "in" (not "for": "Watson Institute for International and Public Affairs")
  if ((c === 'on' || c === 'in') && lookupAt(st, a, j)?.type === 'organization' && !knownEnd(st, a, k, k + 3, false)) return false;
  // "General of the Army Douglas MacArthur": a title with "of" inside, before a name
  if (c === 'of' && k - a <= 4 && tokAt(toks, k + 1)?.cap && tokAt(toks, k + 1).sp && tokAt(toks, k + 1).k === WORD && TITLES.has(keyRange(toks, a, k))) return true;
  // "Lazaro de la Cruz", "Ursula von der Leyen", "Defensoría del Pueblo": a name particle between
  // capitalised words
  if (NAME_PARTICLES.has(c) && toks[j].cap) return true;
  // "the U.S. Department of State on Afghanistan": "on" after a designated name's "of" part ends the name (not right after
  // the designator: "Committee on Foreign Relations")
  if (c === 'on' && !isDesignator(toks[j]) && ofPartIn(toks, a, j) && !knownEnd(st, a, k, k + 3, false)) return false;
  // "the Quds Force of Iran's Revolutionary Guards", "Directorate of Ukraine's defense ministry": a country with its
  // possessive after "of" begins what the country owns, not the name's "of" part
  // (not a one-word designator's place: "the University of Denver's Pardee Center")
  // ("The Council of Europe's assembly": not a known name's own "of", after "The" too)
  if (c === 'of' && k === j + 2 && j > a && isPossessive(tokAt(toks, k + 1)) && lookupAt(st, k, k)?.type === 'location' && !knownEnd(st, a, k, k + 4, false) && !(toks[a].l === 'the' && knownEnd(st, a + 1, k, k + 4, false))) return false;
  // "the OSCE Minsk Group of the Organization for Security …": a known body "of the" another begins the other
  const named = toks[a].l === 'the' && a < j ? a + 1 : a;
  if (c === 'of' && k === j + 3 && toks[j + 2].l === 'the' && lookupAt(st, named, j)?.type === 'organization' && !isDesignator(toks[named]) && knownFrom(st, k, 10, true)) return false;
  // "the Army Public School on Warsak Road": "on" before a street's name ends the name before it
  if ((c === 'on' || c === 'in' || c === 'at') && STREET_NOUNS.has(tokAt(toks, k + 1)?.l ?? '') && tokAt(toks, k + 1).cap) return false;
  // "Mwatana for Human Rights", "Lawyers for Human Rights": a group for human rights
  if (c === 'for' && k === j + 2 && toks[k].l === 'human' && tokAt(toks, k + 1)?.l === 'rights' && tokAt(toks, k + 1).cap && toks[j].cap) return true;
  const weak = c === 'of' || c === 'for' || c === 'on' || c === 'to' || c === 'against';
  for (let x = a; x <= j && weak; x++) {
    const l = toks[x].l;
    // ("Secretary of State", "Secretary General of NATO"; not "Foreign Secretary James Cleverly of Britain")
    if (ORG_DESIGNATORS.has(l) || (STATE_FORMS.has(l) && (c === 'of' || l === 'republic' || l === 'kingdom')) || l === 'islamic' || (l === 'secretary' && x >= j - 1)) return true;
  }
  // "Afghan National Defense and Security Forces": "and" inside a name ending in a designator
  // (not after a known name: "Kam Air and Ariana Afghan Airlines" are two; nor after a person's given name: "Joe Biden
  // and European Union officials")
  if (c === 'and' && !isDesignator(toks[j]) && tokAt(toks, k - 1) === tokAt(toks, j + 1) && !lookupAt(st, a, j) && !(j > a && !toks[a].upper && st.g.given.has(toks[a].l) && !has(toks[a], L_COMMON))) {
    let e = k;
    while (e + 1 < toks.length && tokAt(toks, e + 1).cap && tokAt(toks, e + 1).sp) e++;
    if (isDesignator(toks[e]) && has(toks[e], L_ORG_DES) && e > k) return true;
  }
  // "Institute for Strategy and Policy", "Center for Strategic and International Studies": "and" inside the of/for tail
  // of a designated name joins a common capitalised word (not a further name: "Ministry of Defense and Kabul")
  if (c === 'and' && !knownFrom(st, k) && (tokAt(toks, k - 1) === tokAt(toks, j + 1) || (tokAt(toks, k - 1).l === 'the' && tokAt(toks, k - 2) === tokAt(toks, j + 1) && !isDesignator(toks[k]) && !has(toks[k], L_TITLE | L_ROLE) && !designatorAhead(toks, k))) && (((isCommonWord(st.g, toks[k].l.split('-')[0]) || ABSTRACT_NOUN.test(toks[k].l) || PORTFOLIOS.has(toks[k].l) || (has(toks[k], L_DEMONYM) && toks[k].l.endsWith('s') && !tokAt(toks, k + 1)?.cap)) && !lookup(st, toks[k].l)) || cityBeforeRegion(st, k))) {
    for (let x = a; x < j; x++) if (isDesignator(toks[x]) && (tokAt(toks, x + 1).l === 'of' || tokAt(toks, x + 1).l === 'for' || tokAt(toks, x + 1).l === 'on')) return true;
  }
  // "Front for Change and Concord in Chad", "Organization for Security and Cooperation in Europe": "in" and a country or a
  // region (or "Human Rights") close a designated name's for-tail of two words joined by "and" (not a city: "Center for
  // Strategic and International Studies in Washington")
  if (c === 'in' && forAndTail(toks, a, j) && (regionAt(st, k) || (toks[k].l === 'human' && tokAt(toks, k + 1)?.l === 'rights' && tokAt(toks, k + 1).cap))) return true;
  // "Center for Civilians in Conflict": "in" inside the of/for tail of a designated name, before one common capitalised
  // word that names no place (not "Institute for Peace in Washington")
  if (c === 'in' && k === j + 2 && ofPartIn(toks, a, j) && !tokAt(toks, k + 1)?.cap && isCommonWord(st.g, toks[k].l) && !has(toks[k], L_DEMONYM) && !lookupAt(st, k, k)) return true;
  // "Monitoring Mission in Ukraine", "Assistance Mission in Afghanistan": missions are named after their country
  if (c === 'in' && (toks[j].l === 'mission' || toks[j].l === 'office') && toks[j].cap && j > a) return true;
  // "Gulf of Aden", "Bay of Bengal" (but not "Guzara District of Herat Province")
  if (weak && j === a && has(toks[a], L_LOC_SUFFIX)) return true;
  // "Great Mosque of al-Nuri", "Shrine of al-Askari": a place noun, "of" and an Arabic name with its article
  if (c === 'of' && has(toks[j], L_LOC_SUFFIX) && !toks[k].cap && k === j + 2 && !lookupAt(st, k, k)) return true;
  // or the joined name is known: "Bosnia and Herzegovina", "Doctors of the World", "(The) Times of Israel"
  // ("Volunteers for the Defense of the Homeland": three words past the connector)
  for (let end = k; end < Math.min(toks.length, k + 4); end++) {
    if (end === k + 3 && !toks[end].cap) break;
    if (lookupAt(st, a, end) || (toks[a].l === 'the' && a < j && lookupAt(st, a + 1, end))) return true;
  }
  return false;
}

/**
 * toks[a..j] holds a designator, a lowercase "for" after it and later a lowercase "and" ("Front for Change and Concord"),
 * or opens with the designator and "for" ("Movement for Democracy").
 */
function forAndTail(toks: Tok[], a: number, j: number): boolean {
  for (let x = a; x < j; x++) {
    if (!(isDesignator(toks[x]) && !toks[x + 1].cap && toks[x + 1].l === 'for')) continue;
    for (let y = x + 2; y < j; y++) if (toks[y].l === 'and' && !toks[y].cap) return true;
    // ("Movement for Democracy in Liberia": or a designator that opens the name; not "International Institute for
    // Strategic Studies in Singapore")
    return x === a || (x === a + 1 && toks[a].l === 'the');
  }
  return false;
}

/** toks[k] is a town's name that is also a common word, before "in" and a region ("Change and Concord in Chad"). */
function cityBeforeRegion(st: LineState, k: number): boolean {
  return lookupAt(st, k, k)?.kind === 'city' && tokAt(st.toks, k + 1)?.l === 'in' && !tokAt(st.toks, k + 1).cap && regionAt(st, k + 2);
}

/** Continents and parts of the world that name bodies ("… in Europe", "… in West Africa"). */
const WORLD_REGIONS = new Set(['europe', 'africa', 'asia', 'west africa', 'east africa', 'central africa', 'north africa', 'southern africa', 'latin america', 'the americas', 'the middle east', 'the near east', 'south asia', 'central asia', 'southeast asia', 'the balkans', 'the caucasus', 'the sahel', 'darfur']);

/** A country or a part of the world (not a city: "… Studies in Islamabad") of one to three words begins at k. */
function regionAt(st: LineState, k: number): boolean {
  for (let e = k; e < Math.min(st.toks.length, k + 3); e++) {
    if (WORLD_REGIONS.has(keyRange(st.toks, k, e))) return true;
    if (e === k && lookupAt(st, k, k)?.kind === 'country') return true;
  }
  return false;
}

/** toks[a..j] holds a designator and a lowercase "of"/"for" after it ("Department of State"). */
function ofPartIn(toks: Tok[], a: number, j: number): boolean {
  for (let x = a; x < j; x++) if (isDesignator(toks[x]) && !toks[x + 1].cap && (toks[x + 1].l === 'of' || toks[x + 1].l === 'for')) return true;
  return false;
}
