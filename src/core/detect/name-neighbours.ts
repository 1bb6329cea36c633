/**
 * Names of one or two words decided by the words around them, before a chain's other rules: the platform X, the State
 * Department beside the other U.S. agencies, a headline's "Kenyan University", "the Army's" unit, "Mr. Houthi", "the
 * House", "Amnesty said". `before` is the token before the chain (of one or two words). True when the chain is decided (emitted or no entity).
 */
import { WORD, isPossessive, tokAt, type Tok } from './tokens';
import { STR_CUE, STR_GAZ } from './types';
import { L_DEMONYM, L_ROLE, L_TITLE, has } from './name-words';
import { type LineState, emit, keyRange, lookupAt } from './name-state';

/** Nouns after the platform X ("his X account", "an X post"). */
const X_AFTER = new Set(['account', 'accounts', 'post', 'posts', 'feed', 'handle', 'page', 'thread', 'user', 'users']);

/** Agencies of the U.S. government named beside "State" in reports ("State and USAID", "DOD, State and Treasury"). */
const US_AGENCIES = new Set(['USAID', 'DOD', 'DoD', 'Treasury', 'Pentagon', 'Justice', 'OMB', 'Commerce', 'DHS', 'Defense']);

/** toks[i] has a U.S. agency beside it across "and", "or", a comma or a slash, or a slash and a bureau's acronym ("State/PRM"). */
function agencyBeside(toks: readonly Tok[], i: number): boolean {
  const link = (t: Tok | undefined): boolean => !!t && (t.l === 'and' || t.l === 'or' || t.t === ',' || t.t === '/');
  const next = tokAt(toks, i + 1);
  if (next?.t === '/' && !next.sp && tokAt(toks, i + 2)?.upper) return true;
  return (link(next) && US_AGENCIES.has(tokAt(toks, i + 2)?.t ?? '')) || (link(tokAt(toks, i - 1)) && US_AGENCIES.has(tokAt(toks, i - 2)?.t ?? ''));
}

/** Words after "Amnesty" the rights group, and before it: what it does or what is its ("Amnesty found", "told Amnesty"). */
const AMNESTY_AFTER = new Set(['said', 'says', 'found', 'documented', 'researchers', 'researcher', 'could', 'has', 'had', 'called', 'reported', 'findings', 'report', 'urged', 'estimated', 'accused', 'interviewed', 'verified', 'obtained']);
const AMNESTY_BEFORE = new Set(['told', 'at', 'accused', 'and', 'by']);

/** Institutions a headline capitalises after a demonym ("Kenyan University"): a description, not a name. */
const HEADLINE_INSTITUTIONS = new Set(['university', 'school', 'college', 'police', 'village', 'town', 'city']);

/** Honorifics before a surname. */
const HONORIFICS = new Set(['mr', 'mr.', 'ms', 'ms.', 'mrs', 'mrs.']);

/** Armed services named alone ("the Army's", "the Navy's"). */
const SERVICES = new Set(['army', 'navy', 'air force', 'marine corps', 'coast guard', 'space force']);

/** The intercardinal points, which name regions alone ("the Northwest", "Cameroon's Southwest region"). */
const INTERCARDINALS = new Set(['northwest', 'southwest', 'northeast', 'southeast']);

/**
 * "in the Northwest and Southwest regions", "Cameroon's Southwest": a capitalised intercardinal point alone names a region
 * after "the" or a possessive, before "region", or joined to another (not in headlines: "Retakes Swath of Northeast"; not
 * before a name: "Southeast Asia", "Northwest Pakistan"). The cardinal points alone name no place ("the West").
 */
function compassRegion(st: LineState, i: number): boolean {
  const { toks } = st;
  const t = toks[i];
  if (st.titleCase || t.upper || !INTERCARDINALS.has(t.l)) return false;
  const next = tokAt(toks, i + 1);
  if (next?.cap && next.sp && next.k === WORD) return false;
  const before = tokAt(toks, i - 1);
  const joined = (before?.l === 'and' || before?.l === 'or') && INTERCARDINALS.has(tokAt(toks, i - 2)?.l ?? '') && tokAt(toks, i - 2).cap;
  if (!(before?.l === 'the' || isPossessive(before) || joined || next?.l === 'region' || next?.l === 'regions')) return false;
  emit(st, i, i, 'location', STR_CUE);
  return true;
}

/** "Sheikh" as the first word of a town's or a district's name. */
const SHEIKHS = new Set(['sheikh', 'sheik', 'shaikh']);
/** Prepositions of place, after which "Sheikh X" is a town ("in Sheikh Zuweid"), not the man ("to Sheikh Mohammed"). */
const IN_PLACE = new Set(['in', 'near', 'around', 'outside']);

export function neighbourCue(st: LineState, a: number, b: number, before: Tok | undefined): boolean {
  const { toks } = st;
  if (a === b && compassRegion(st, a)) return true;
  // "in Sheikh Zuweid", "near Sheikh Othman": after a preposition of place a sheikh's name is a town's (not "in Sheikh
  // Hasina's government")
  // ("Rafah and Sheikh Zuweid", "south of Rafah, Sheikh Zuweid and El-Arish": or after a place and "and" or a comma)
  if (b === a + 1 && SHEIKHS.has(toks[a].l) && (IN_PLACE.has(before?.l ?? '') || ((before?.l === 'and' || before?.t === ',') && lookupAt(st, a - 2, a - 2)?.type === 'location')) && !isPossessive(tokAt(toks, b + 1))) {
    emit(st, a, b, 'location', STR_CUE);
    return true;
  }
  // the platform X: "posted on X", "X, formerly Twitter"
  if (a === b && toks[a].t === 'X') {
    // "on Facebook, Instagram and X": X after a listed organisation
    const listed = (before?.l === 'and' || before?.t === ',') && a >= 2 && tokAt(toks, a - 2).cap && lookupAt(st, a - 2, a - 2)?.type === 'organization';
    // ("on his X account", "an X post")
    if (before?.l === 'on' || listed || (tokAt(toks, b + 1)?.t === ',' && tokAt(toks, b + 2)?.l === 'formerly') || X_AFTER.has(tokAt(toks, b + 1)?.l ?? '')) emit(st, a, b, 'organization', STR_CUE);
    return true;
  }
  // "State and USAID", "State/PRM": the State Department beside the other agencies of U.S. government reports
  if (a === b && toks[a].t === 'State' && agencyBeside(toks, a)) {
    emit(st, a, b, 'organization', STR_CUE);
    return true;
  }
  // a headline's "at Kenyan University", "Besiege Nigerian School": a demonym and a common institution name none
  if (st.titleCase && b === a + 1 && has(toks[a], L_DEMONYM) && HEADLINE_INSTITUTIONS.has(toks[b].l) && tokAt(toks, b + 1)?.l !== 'of') return true;
  // "the Army's 10th Mountain Division", "the Navy's SEAL Team 6": a service that owns a unit
  if (b - a <= 1 && before?.l === 'the' && isPossessive(tokAt(toks, b + 1)) && SERVICES.has(keyRange(toks, a, b))) {
    emit(st, a, b, 'organization', STR_CUE);
    return true;
  }
  // "the home of Mr. Houthi", "Ms. Afghan": after an honorific a known group's or place's one word is a surname
  if (b === a + 1 && HONORIFICS.has(toks[a].l) && !has(toks[b], L_TITLE | L_ROLE) && lookupAt(st, b, b)) {
    emit(st, b, b, 'person', STR_GAZ);
    return true;
  }
  // "The Navy said a destroyer shot down", "came into the Army": a service named alone after "the" (not in a headline, nor
  // before "of": "the Army of Afghanistan")
  const from = toks[a].t === 'The' && a < b ? a + 1 : a;
  if ((before?.l === 'the' || from > a) && !st.titleCase && SERVICES.has(keyRange(toks, from, b)) && !toks[from].upper && tokAt(toks, b + 1)?.l !== 'of') {
    emit(st, from, b, 'organization', STR_CUE);
    return true;
  }
  // "the House will not be rushed", "this House has considered": a legislature's chamber on its own
  if (a === b && toks[a].t === 'House' && (before?.l === 'the' || before?.l === 'this') && tokAt(toks, b + 1)?.l !== 'of') {
    emit(st, a, b, 'organization', STR_CUE);
    return true;
  }
  // "Amnesty said", "Amnesty's director", "told Amnesty": the rights group by what it does (not "Taliban Promise Amnesty")
  if (a === b && toks[a].t === 'Amnesty' && !st.titleCase && (isPossessive(tokAt(toks, b + 1)) || AMNESTY_AFTER.has(tokAt(toks, b + 1)?.t ?? '') || AMNESTY_BEFORE.has(before?.t ?? ''))) {
    emit(st, a, b, 'organization', STR_CUE);
    return true;
  }
  return false;
}
