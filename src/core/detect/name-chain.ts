/** A capitalised chain of one line: bylines, credits and cues before it, then split by titles and gazetteer names (`segment`). */
import { CREDIT_JUNK, NAME_PARTICLES, NP_STOP, ROLE_NOUNS } from './lexicon';
import { NUM, ORD, PUNCT, WORD, digits, isPossessive, tokAt, type Tok } from './tokens';
import { NOT_AN_ENTITY, STR_CUE, STR_GAZ, STR_UNKNOWN, STR_USER } from './types';
import { CITY, PORTFOLIOS, COMMON_GIVEN_NAMES, CREDIT_VERBS, contributorLine, designatorTail, isCommonWord, L_BYLINE, L_COMMON, L_CREDIT, L_DEMONYM, L_LOC_PREFIX, L_LOC_SUFFIX, L_MEDIA_DES, L_NON_ORG, L_ORG_DES, L_ORG_WEAK, L_TITLE, L_SHIP, L_VESSEL, MEDIA_TAILS, ORDINAL_WORDS, PEOPLE_BEFORE, PLACE_NOUNS_AFTER, PLURAL_PLACE_NOUNS, PRONOUN_VERBS, SERVICE_LANGUAGES, STATE_FORMS, VEHICLE_NAMES, givenNameSuffix, has, hasBody, hasDesignatorWord, isDesignator, orgDesignatorEnd } from './name-words';
import { type LineState, allCommon, creditOutletAt, emit, isUpperText, keyRange, lookup, lookupAt, matchAt, titleAt } from './name-state';
import { appositiveType, run } from './name-run';
import { DASHES } from './layout';
import { neighbourCue } from './name-neighbours';

/** Place words no surname is, which a title may open the name of ("King Charles Street", "Queen Alia Airport"). */
const TITLED_PLACES = new Set(['street', 'road', 'avenue', 'square', 'airport', 'hospital', 'airbase', 'highway', 'bridge', 'stadium', 'palace', 'mosque', 'boulevard', 'base', 'shrine', 'mausoleum', 'tomb']);

/** "P-0713", "LBY-OTP-0092": capitals, a hyphen and three or more digits. */
const ID_CODE = /^\p{Lu}{1,4}(?:-\p{Lu}{1,4})*-\d{3,}$/u;

/** Titles of saints and notables that many places are named after ("Sheikh Maqsoud", "Imam Sahib", "Pir Ghaib"). */
const PLACE_TITLES = new Set(['sheikh', 'sheik', 'imam', 'pir', 'sultan', 'shah', 'sidi', 'sayed', 'syed', 'khwaja']);

/** Articles opening an appositive (", the defense minister,"). */
const ARTICLES = new Set(['the', 'a', 'an']);

/** Adverbs that open a sentence before a name ("Meanwhile Aranguren, 34, said"). */
const SENTENCE_ADVERBS = new Set(['meanwhile', 'later', 'still', 'instead', 'now', 'then', 'there', 'here', 'also', 'yet', 'earlier', 'afterward', 'afterwards', 'soon', 'however', 'moreover', 'indeed', 'today', 'yesterday', 'tonight', 'recently', 'again', 'finally', 'first', 'next']);

/** Quantifiers that open a sentence before a name they count ("Several European Union governments"). */
const QUANTIFIERS = new Set(['several', 'many', 'some', 'most', 'few', 'all', 'both', 'other', 'various', 'numerous', 'more', 'fewer', 'each', 'every', 'any', 'another']);

/** Directions that, capitalised before a known region, are part of its name ("Western Tigray"). */
const REGION_DIRECTIONS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west']);

/** A minister's portfolio after "Minister of" (one word). */


/** Words before that head in a formal name ("Federal Democratic Republic of", "Hashemite Kingdom of", "Free State of"). */
const STATE_FORM_QUALIFIERS = new Set(['federal', 'democratic', 'people', 'socialist', 'arab', 'hashemite', 'free', 'islamic', 'federative', 'united', 'plurinational', 'bolivarian', 'cooperative', 'grand', 'independent', 'sovereign', 'union', 'oriental']);

/**
 * The words runStart..p-1 open a state's formal name ("Republic of", "the Federal Republic of", "People's Republic of the")
 * before a known place at p: a country, or for "Free State of" a subdivision too. (Not "Islamic State of": the group's.)
 */
function formalStateName(toks: Tok[], runStart: number, p: number, country: boolean): boolean {
  if (p - 2 < runStart) return false;
  let k = p - 1;
  if (toks[k].l === 'the' && !toks[k].cap) k--;
  if (k <= runStart || toks[k].l !== 'of' || toks[k].cap) return false;
  const head = toks[k - 1];
  if (!head.cap || !STATE_FORMS.has(head.l)) return false;
  let q = k - 2;
  while (q >= runStart && ((toks[q].cap && STATE_FORM_QUALIFIERS.has(toks[q].l)) || (isPossessive(toks[q]) && q > runStart && toks[q - 1].l === 'people'))) q--;
  if (q >= runStart) return false;
  const qualifier = k - 1 > runStart ? toks[k - 2].l : '';
  if (head.l === 'state' && qualifier === 'islamic') return false;
  return country || (head.l === 'state' && qualifier === 'free');
}

/** What may follow a dateline's place and its comma: a country ("KALDAR, Afghanistan —"), a known region or state
 * ("NAZRAN, Russia —", "FORT BRAGG, N.C. —"; known.ts lists Russia, Burma and the states' abbreviations as regions). */
const DATELINE_KINDS = new Set(['country', 'region', 'subdivision']);

/** toks[p] ends a minister's title before a portfolio: "Minister", "Ministers", "Secretary", "Minister of State". */
function ministerAt(toks: Tok[], p: number): boolean {
  const l = tokAt(toks, p)?.l;
  return l === 'minister' || l === 'ministers' || l === 'secretary' || (l === 'state' && tokAt(toks, p - 1)?.l === 'of' && tokAt(toks, p - 2)?.l === 'minister');
}

/** Capitalised words ending at toks[k] follow "Minister of" or "Minister for": a portfolio ("Foreign Affairs"). */
function portfolioBefore(toks: Tok[], k: number): boolean {
  const end = k;
  while (k >= 0 && end - k < 4 && toks[k].cap && toks[k].k === WORD && (has(toks[k], L_COMMON) || PORTFOLIOS.has(toks[k].l) || toks[k].l === 'affairs')) k--;
  return k < end && (tokAt(toks, k)?.l === 'of' || tokAt(toks, k)?.l === 'for') && ministerAt(toks, k - 1);
}

/** Processes the capitalised chain toks[a..b]. */
export function chain(st: LineState, a: number, b: number): void {
  const { toks } = st;
  // a wire dateline, "UNITED NATIONS, Aug 16 (Reuters) -": the upper-case words before the date are a place
  // (and "KALDAR, Afghanistan —", "KÖNIGSWINTER, Germany, Dec. 5 —": a place, its country, maybe the date, and the dateline's dash)
  if (a === 0 && b < 4 && toks[a].upper && tokAt(toks, b + 1)?.t === ',' && isUpperText(toks, a, b) && ((st.used[b + 2] && datelineAgency(toks, b + 2)) || (b + 3 < toks.length && DATELINE_KINDS.has(lookupAt(st, b + 2, b + 2)?.kind ?? '') && (DASHES.has(toks[b + 3].t) || (toks[b + 3].t === ',' && st.used[b + 4] === 1))))) {
    emit(st, a, b, 'location', STR_GAZ);
    return;
  }
  // "Iron Dome intercepted …", "Wing Loong drones": a weapon's name of two words, even opening a sentence
  if (b === a + 1 && VEHICLE_NAMES.has(keyRange(toks, a, b))) return;
  // "Operation Medusa", "Operation Odyssey Dawn": a military operation's name is no entity (as "called Moshtarak", name-run.ts),
  // whatever its words also name
  if (a < b && (toks[a].l === 'operation' || toks[a].l === 'opération') && toks[a].cap && !toks[a].upper && toks[a + 1].cap && !lookupAt(st, a, b)) return;
  // "Task Force Helmand", "Joint Task Force Ranao", "Task Force Bangon Marawi": a task force's name is one organisation
  const tf = toks[a].l === 'joint' || toks[a].l === 'combined' ? a + 1 : a;
  if (tf + 1 < b && toks[tf].l === 'task' && toks[tf + 1].l === 'force' && toks[tf].cap && toks[tf + 1].cap) {
    emit(st, a, b, 'organization', STR_CUE);
    return;
  }
  // "Highway 1", "Route 66", "National Highway 7": a road's number completes its name
  if ((toks[b].l === 'highway' || toks[b].l === 'route') && toks[b].cap && tokAt(toks, b + 1)?.k === NUM && tokAt(toks, b + 1).sp && !st.used[b + 1] && digits(tokAt(toks, b + 1).t, 1, 3) && b - a <= 1) {
    emit(st, a, b + 1, 'location', STR_CUE);
    st.used[b + 1] = 1;
    return;
  }
  // "Eighth Avenue", "Fifth Avenue": a street named by its ordinal
  if (b === a + 1 && ORDINAL_WORDS.has(toks[a].l) && (toks[b].l === 'avenue' || toks[b].l === 'street') && toks[b].cap) {
    emit(st, a, b, 'location', STR_CUE);
    return;
  }
  // "Resolution 2202", "Security Council Resolution 1973": a resolution's number names nothing
  if (toks[b].l === 'resolution' && toks[b].cap && tokAt(toks, b + 1)?.k === NUM && tokAt(toks, b + 1).sp) {
    if (a < b) chain(st, a, b - 1);
    return;
  }
  // "the Rome Statute", "the Geneva Conventions": treaties named after a city name no place
  if (b === (toks[a].l === 'the' ? a + 2 : a + 1) && (toks[b].l === 'statute' || toks[b].l === 'conventions' || toks[b].l === 'convention') && toks[b].cap && lookupAt(st, b - 1, b - 1)?.type === 'location') return;
  // "Radio Kabul", "Radio Pakistan": a station named after its place
  if (b === a + 1 && toks[a].l === 'radio' && toks[a].cap && lookupAt(st, b, b)?.type === 'location') {
    emit(st, a, b, 'organization', STR_CUE);
    return;
  }
  // "the Italian NGO Emergency": the acronym says what the name after it is
  // ("The Italian NGO Emergency": what comes before the acronym is a chain of its own)
  let ngo = false;
  for (let x = a; x < b && !ngo; x++) {
    if (toks[x].upper && toks[x].t === 'NGO' && !st.titleCase && !lookupAt(st, a, b)) {
      if (x > a) chain(st, a, x - 1);
      a = x + 1;
      ngo = true;
    }
  }
  // "Sgt. 1st Class Elis A. Barreto Ortiz": the rest of a rank with an ordinal inside
  if (a + 1 < b && toks[a].k === ORD && toks[a + 1].l === 'class' && (tokAt(toks, a - 1)?.l === 'sgt.' || tokAt(toks, a - 1)?.l === 'sgt' || tokAt(toks, a - 1)?.l === 'sergeant')) {
    segment(st, a + 2, b, -1, 3, 0, undefined);
    return;
  }
  // "F/A-18 jets": a letter before a slash and a model code; "Brent crude": the oil benchmark
  if (toks[b].t.length === 1 && tokAt(toks, b + 1)?.t === '/' && !tokAt(toks, b + 1).sp && tokAt(toks, b + 2) && !tokAt(toks, b + 2).sp && /\d$/.test(tokAt(toks, b + 2).t)) {
    if (a < b) chain(st, a, b - 1);
    return;
  }
  if (a === b && toks[a].l === 'brent' && (tokAt(toks, a + 1)?.l === 'crude' || tokAt(toks, a + 1)?.l === 'oil')) return;
  // "ID: 33WQ8XK": capitals with digits glued to a number continue a code
  // ("Mirage 2000D", "T-72B": a model's letters glued to its number)
  if (a === b && !toks[a].sp && tokAt(toks, a - 1)?.k === NUM && (/\d/.test(toks[a].t) || (toks[a].t.length <= 2 && toks[a].t === toks[a].t.toUpperCase()))) return;
  // "Chief of the General Staff Valery Gerasimov": the staff, then the person its title names
  if (a + 1 <= b && toks[a].l === 'general' && toks[a + 1].l === 'staff' && toks[a + 1].cap && tokAt(toks, a - 1)?.l === 'the' && tokAt(toks, a - 2)?.l === 'of') {
    emit(st, a, a + 1, 'organization', STR_CUE);
    if (a + 2 <= b) segment(st, a + 2, b, -1, 3, 0, undefined);
    return;
  }
  // "witness P-0713", "LBY-OTP-0092": identifiers of letters, a hyphen and digits name nothing
  if (ID_CODE.test(toks[b].t) && !lookupAt(st, b, b)) {
    if (a < b) chain(st, a, b - 1);
    return;
  }
  // "the Delta variant": a virus's variant is no entity
  if (a === b && tokAt(toks, b + 1)?.l === 'variant') return;
  // a site's language menu: "EN | FR | ES | AR"
  if (a === b && toks[a].upper && toks[a].t.length === 2 && (tokAt(toks, a - 1)?.t === '|' || tokAt(toks, a + 1)?.t === '|') && !lookupAt(st, a, a)) return;
  // document codes "SC/15021", "SG/SM/21436", "No PR-33/2024-ISPR": no name
  if (tokAt(toks, b + 1)?.t === '/' && !tokAt(toks, b + 1).sp && (((toks[b].upper || toks[b].t.length === 1) && toks[b].t.length <= 4) || /\d$/.test(toks[b].t)) && (tokAt(toks, b + 2)?.k === NUM || (tokAt(toks, b + 2)?.upper && tokAt(toks, b + 3)?.t === '/')) && !tokAt(toks, b + 2).sp && (a === b || (b === a + 1 && toks[a].l === 'no'))) return;
  if (a === b && toks[a].upper && toks[a].t.length <= 4 && tokAt(toks, a - 1)?.t === '/' && !toks[a].sp && tokAt(toks, a + 1)?.t === '/' && tokAt(toks, a + 2)?.k === NUM) return;
  // "Who Is Moktada al-Sadr?", "WHO IS YEVGENY PRIGOZHIN?": an explainer's question opens the heading, not the name
  if (a + 2 <= b && QUESTION_WORDS.has(toks[a].l) && COPULAS.has(toks[a + 1].l) && toks[a + 1].cap) a += 2;
  // "Minister for Foreign Affairs Amir Khan Muttaqi", "Under-Secretary-General for Humanitarian Affairs Tom Fletcher":
  // a title's portfolio is part of the title; the name after it is a person's
  const portfolio = portfolioEnd(toks, a, b);
  if (portfolio >= 0) {
    if (portfolio < b) segment(st, portfolio + 1, b, -1, 3, 0, undefined);
    return;
  }
  let i = a;
  let personCue = 0;
  let orgCue = ngo ? STR_CUE + 0.5 : 0;
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
    // "By ABC News": a known organisation is the byline's outlet
    if (lookupAt(st, i, b)?.type === 'organization') personCue = 0;
    // "By Reuters Fact Check", "BBC Reality Check": an outlet's checking desk
    else if (i < b && toks[b].l === 'check' && lookupAt(st, i, i)?.type === 'organization') {
      emit(st, i, b, 'organization', STR_GAZ);
      return;
    }
    // "By The Irrawaddy": people take no "The", outlets do
    else if (i < b && toks[i].l === 'the' && toks[i].cap) {
      theIdx = i;
      i++;
      personCue = 0;
      orgCue = 3;
    }
  } else if (i < b && (has(toks[i], L_CREDIT) || toks[i].l === 'copyright') && st.starts[i]) {
    i++;
    // "Copyright The Financial Times Limited": the name keeps its "The"
    if (toks[a].l === 'copyright' && i < b && toks[i].l === 'the' && toks[i].cap) {
      theIdx = i;
      i++;
    }
  }
  // "ZAKIR SAFI FOR THE NEW YORK TIMES", "Victor J. Blue for The New York Times": a credit's photographer, whatever the words also name
  // (in mixed case only with a middle initial: "What Zaranj Means for The New York Times" is a headline)
  // ("Afif Amireh for The New York Times" opening a sentence: two or three words, none a common one)
  if (b > i && tokAt(toks, b + 1)?.l === 'for' && (toks[b].upper ? tokAt(toks, b + 1)?.upper : hasInitial(toks, i, b) || (st.starts[i] && b - i <= 2 && !anyCommon(toks, i, b))) && creditOutletAt(st, b + 2)) personCue = Math.max(personCue, 3);
  // "… reported from Kabul, and Victoria Holland from London.": a contributor, whatever the words also name
  if (b > i && tokAt(toks, b + 1)?.l === 'from' && tokAt(toks, b + 2)?.cap && (tokAt(toks, i - 1)?.l === 'and' || tokAt(toks, i - 1)?.t === ';' || tokAt(toks, i - 1)?.t === ',') && contributorLine(toks)) personCue = Math.max(personCue, 3);
  // "Rod Nordland and Jawad Sukhanyar reported from Kabul.": the first of a contributor line's names, before "and"
  if (b > i && b - i <= 2 && st.starts[i] && tokAt(toks, b + 1)?.l === 'and' && tokAt(toks, b + 2)?.cap && !lookupAt(st, i, b) && contributorLine(toks)) personCue = Math.max(personCue, 3);
  // "Constant Méheut contributed reporting": the two or three words before "contributed" are a person's, whatever they also mean
  if (b > i && b - i <= 2 && tokAt(toks, b + 1)?.l === 'contributed' && (tokAt(toks, b + 2)?.l === 'reporting' || tokAt(toks, b + 2)?.l === 'research') && !lookupAt(st, i, b) && !toks[i].l.endsWith('.')) personCue = Math.max(personCue, 3);
  // "WOLF BLITZER, CNN ANCHOR:", "DIAA HADID, BYLINE:": a transcript speaker's label with the role after a comma, whatever
  // the words also mean
  if (a === 0 && b > a && b - a <= 2 && tokAt(toks, b + 1)?.t === ',' && isUpperText(toks, a, b) && roleLabelEnd(toks, b + 2) > 0 && !lookupAt(st, a, b)) {
    emit(st, a, b, 'person', STR_CUE + 0.75);
    return;
  }
  // "P.S. Carlotta Gall": a postscript's label
  if (i < b && toks[i].l === 'p.s.') i++;
  // lowercase "by" before: "Compiled by Greg Abolo"
  const before = tokAt(toks, a - 1);
  // "Israel's energy minister, Israel Katz, ordered": a name of several words after a role noun and a comma is a person's,
  // whatever its words also name
  if (before?.t === ',' && i === a && b > i && tokAt(toks, a - 2)?.k === WORD && !tokAt(toks, a - 2).cap && ROLE_NOUNS.has(tokAt(toks, a - 2).l) && !isDesignator(toks[b]) && !lookupAt(st, i, b)) personCue = Math.max(personCue, 3);
  if (before && before.k === WORD && before.l === 'by' && b > i) personCue = Math.max(personCue, CREDIT_VERBS.has(tokAt(toks, a - 2)?.l ?? '') ? 3 : STR_CUE);
  // "Written by: Name"
  if (before && before.t === ':' && tokAt(toks, a - 2)?.l === 'by' && b > i && !lookupAt(st, i, b)) personCue = Math.max(personCue, 3);
  // "Q: Farah Qureshi, Al Jazeera.": a briefing's questioner and the outlet
  if (before && before.t === ':' && tokAt(toks, a - 2)?.t === 'Q' && a === 2 && b > i && tokAt(toks, b + 1)?.t === ',' && creditOutletAt(st, b + 2)) personCue = Math.max(personCue, 3);
  // "published in The Lancet": a capitalised "The" inside a sentence opens a title, most often an
  // outlet's or an organisation's (known names, "The Hague" among them, are looked up as usual)
  if (theIdx === a && !st.starts[a] && !st.titleCase && !lookupAt(st, a, b) && !lookupAt(st, i, b) && !matchAt(st, i, b, i)) orgCue = Math.max(orgCue, STR_CUE);
  // "Reporting by A in Kabul, B in Islamabad and C in Ankara": every unknown name of a credit line
  if (st.creditLine && b > i && before && (before.t === ',' || before.t === ';' || before.l === 'and') && !lookupAt(st, i, b)) personCue = Math.max(personCue, 3);
  // "By A and B", "A, B and C"
  // (but "© Name, AFP": a known organisation after a credited name is the agency)
  // (not a place named by its suffix: "Hanna Maliar, Zaporizhzhia Oblast, Bakhmut"; but "…, Evan Hill")
  // (nor a demonym before a title: "Erdoğan and Russian President Vladimir Putin")
  if (before && (before.l === 'and' || before.t === ',' || before.t === ';' || before.t === '&') && st.lastPersonEnd === a - 2 && (lookupAt(st, a, b)?.type ?? 'person') === 'person' && !(b > i && has(toks[b], L_LOC_SUFFIX) && toks[b].cap && !st.g.given.has(toks[b - 1].l)) && !(a < b && has(toks[a], L_DEMONYM) && titleAt(toks, a + 1, b))) personCue = Math.max(personCue, 3);
  if (st.dashByline && a === 0 && lookupAt(st, a, b)?.type !== 'organization') personCue = 3; // (not "AFP - Agence France Presse")
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
  // "Acting Minister of Interior Sirajuddin Haqqani": a minister's portfolio, then the name
  // ("Minister of Industry and Commerce Nooruddin Azizi": the second of two portfolios)
  const twoPortfolios = before?.l === 'and' && PORTFOLIOS.has(tokAt(toks, a - 2)?.l ?? '') && tokAt(toks, a - 3)?.l === 'of' && tokAt(toks, a - 4)?.l === 'minister';
  if ((twoPortfolios || (before?.l === 'of' && tokAt(toks, a - 2)?.l === 'minister' && tokAt(toks, a - 2)?.cap)) && i === a && i < b && PORTFOLIOS.has(toks[i].l)) {
    i++;
    personCue = 3;
  }
  // "Minister of Foreign Affairs Amir Khan Muttaqi", "Minister of State for External Affairs": a portfolio in "Affairs"
  // after a minister names no body (the gold never marks one)
  if (i === a && (before?.l === 'of' || before?.l === 'for') && !before.cap && ministerAt(toks, a - 2)) {
    let k = i;
    while (k < b && k < i + 4 && toks[k].l !== 'affairs') k++;
    if (toks[k].l === 'affairs') {
      if (k === b) return;
      i = k + 1;
      personCue = 3;
    }
  }
  // ("Minister of Foreign Affairs and Expatriates Asaad al-Shaibani": a portfolio's second part after "and")
  // (the portfolio's words are common ones: "Disaster Management Raed al-Saleh", "East African Cooperation")
  if (i === a && before?.l === 'and' && !before.cap && portfolioBefore(toks, a - 2)) {
    while (i <= b && (has(toks[i], L_COMMON) || has(toks[i], L_DEMONYM) || PORTFOLIOS.has(toks[i].l))) i++;
    if (i > b) return;
    if (i > a) personCue = 3;
  }
  // vessels are no entity type: "the tanker Sounion", "U.S.S. Harry S. Truman"
  // ("an American destroyer, the Carney", "the Belize-flagged Rubymar")
  // ("aboard Invincible": one word, not an airline's flight, "aboard Malaysia Airlines", nor a man's plane, "aboard Mr. Pompeo's")
  if (personCue < 3 && ((before && before.k === WORD && !before.cap && (has(before, L_VESSEL) || (before.l === 'aboard' && a === b && !isPossessive(tokAt(toks, b + 1)) && !lookupAt(st, a, b)))) || has(toks[i], L_SHIP) || vesselBefore(toks, a))) {
    shipName(st, has(toks[i], L_SHIP) ? i + 1 : a, b);
    return;
  }
  // one word or two decided by the words around them: "posted on X", "State and USAID", "told Amnesty" (name-neighbours.ts)
  if (b - a <= 1 && neighbourCue(st, a, b, before)) return;
  // "on X." at a sentence end (the tokenizer took the period as an initial's), maybe before the next sentence's name:
  // "wrote on X. Yahya Saree, the spokesman", "the social media platform X."
  if (toks[a].t === 'X.' && (before?.l === 'on' || (before?.l === 'platform' && a === b))) {
    st.out.push({ s: toks[a].s, e: toks[a].s + 1, type: 'organization', str: STR_CUE, key: 'x' });
    if (a < b) chain(st, a + 1, b);
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
  if (after && after.t === '/' && !after.sp && tokAt(toks, b + 2) && !tokAt(toks, b + 2).sp && tokAt(toks, b + 2).k === WORD && !known && orgDesignatorEnd(toks, i, b) < 0 && !has(toks[b], L_LOC_SUFFIX) && creditAfterSlash(st, b + 2)) personCue = Math.max(personCue, 3);
  if (before && before.t === '/' && !before.sp && !toks[a].sp && a >= 2 && tokAt(toks, a - 2).k === WORD) {
    if (a === b && CREDIT_JUNK.has(toks[a].l)) return;
    // "…/File Photo", "Terms/Privacy Policy": common words after a slash name nothing
    if (!known && !lookupAt(st, a, b) && allCommon(st.g, toks, a, b)) return;
    // "AP Photo/Name", "BIRN/Besnik Krasniqi-Shala", "REUTERS/Amr Dalsh": a photographer after the agency
    if (tokAt(toks, a - 2).l === 'photo' || tokAt(toks, a - 2).l === 'photos' || (b > a && !known && (tokAt(toks, a - 2).upper || lookupAt(st, a - 2, a - 2)?.type === 'organization'))) personCue = Math.max(personCue, 3);
    // ("Vushtrri/Vučitrn": one word after a place or an unknown capitalised word is its other spelling)
    else if (!(a === b && tokAt(toks, a - 2).cap && !tokAt(toks, a - 2).upper && lookupAt(st, a - 2, a - 2)?.type !== 'organization' && !lookup(st, toks[a].l))) orgCue = 3;
  }
  if (before && before.l === 'via' && st.titleCase === false && tokAt(toks, a - 2)?.t === ',') orgCue = Math.max(orgCue, STR_CUE);
  // "Units of the Afghan Army", "Forces of the Wagner Group": a plural designator and "of (the)" opening a sentence are
  // common words; the name is what follows
  if (st.starts[i] && i + 2 <= b && toks[i].l.endsWith('s') && isDesignator(toks[i]) && has(toks[i], L_COMMON) && toks[i + 1].l === 'of' && !toks[i + 1].cap && !lookupAt(st, i, b)) {
    const from = toks[i + 2].l === 'the' ? i + 3 : i + 2;
    if (from <= b) chain(st, from, b);
    return;
  }
  // sentence-initial common word: "Commandos", "Meanwhile", "In Kabul", "First Kunduz"
  let stripped: Tok | undefined;
  // (but a given name that is a common word before an unknown surname: "Bill Roggio, the editor")
  // ("Kelvin Aranguren, 34, said": a common word before an unknown surname and an age is a given name)
  const givenFirst = b === i + 1 && (COMMON_GIVEN_NAMES.has(toks[i].l) || (!NP_STOP.has(toks[i].l) && !toks[i].l.endsWith('ly') && !SENTENCE_ADVERBS.has(toks[i].l) && tokAt(toks, b + 1)?.t === ',' && tokAt(toks, b + 2)?.k === NUM && digits(tokAt(toks, b + 2).t, 1, 2) && tokAt(toks, b + 3)?.t === ',')) && !has(toks[b], L_COMMON) && !isCommonWord(st.g, toks[b].l) && !toks[b].upper && !lookup(st, toks[b].l) && !isDesignator(toks[b]);
  // (nor the first word of a known name: "New Zealand Prime Minister Jacinda Ardern")
  // (nor a place word opening a place's name: "Camp Bondsteel, built after that war")
  // (nor a designator before its "of" part: "Office of the Spokesperson", "Department of Justice officials said"; a plural is
  // a common noun: "Units of the Kurdish Peshmerga")
  if (st.starts[i] && personCue === 0 && has(toks[i], L_COMMON) && !givenFirst && !(i < b && isDesignator(toks[i]) && designatorTail(toks, i) && !toks[i].l.endsWith('s')) && !lookupAt(st, i, b) && !lookup(st, toks[i].l) && !(titleAt(toks, i, b) && i < b) && !(i < b && knownOpens(st, i, b)) && !(i < b && has(toks[i], L_LOC_PREFIX))) {
    const endsWithDesignator = b > i && isDesignator(toks[b]);
    const secondIsDesignator = b > i && isDesignator(tokAt(toks, i + 1));
    const single = i === b;
    // ("Several European Union governments": a known name after a quantifier is the name; not "Free Democratic Party")
    if (single || (!endsWithDesignator && !secondIsDesignator) || NP_STOP.has(toks[i].l) || (QUANTIFIERS.has(toks[i].l) && lookupAt(st, i + 1, b))) {
      if (single) {
        emit(st, i, i, 'location', STR_UNKNOWN);
        return;
      }
      stripped = toks[i];
      i++;
      theIdx = -1;
    }
  }
  // "Israel Katz, the defense minister, said": a place's name before an unknown surname, then a person's role between
  // commas, is a given name
  if (b === i + 1 && tokAt(toks, b + 1)?.t === ',' && lookupAt(st, i, i)?.type === 'location' && !lookupAt(st, i, b) && !lookup(st, toks[b].l) && !has(toks[b], L_COMMON) && !isCommonWord(st.g, toks[b].l) && !isDesignator(toks[b]) && !toks[b].upper && ARTICLES.has(tokAt(toks, b + 2)?.l ?? '') && appositiveType(toks, b + 2)?.type === 'person') personCue = Math.max(personCue, 3);
  // "Farah Mousli, 31, waited": a name of several words with an age between commas is a person's, whatever its words also name
  if (b > i && tokAt(toks, b + 1)?.t === ',' && tokAt(toks, b + 2)?.k === NUM && digits(tokAt(toks, b + 2).t, 1, 2) && tokAt(toks, b + 3)?.t === ',' && !lookupAt(st, i, b)) personCue = Math.max(personCue, 3);
  const k = orgDesignatorEnd(toks, i, b);
  // "Radio Kabul", "Radio Mashaal": a station named "Radio" and a place or a word
  if (b > i && toks[i].l === 'radio' && toks[i].cap && !lookupAt(st, i, b) && !st.titleCase) {
    emit(st, i, b, 'organization', STR_CUE + 0.5);
    return;
  }
  // "the Nobel Peace Prize", "a Nobel laureate": the prize names no entity (the news' gold never marks it)
  if (toks[i].l === 'nobel' && !lookupAt(st, i, b)) return;
  // "Storm Daniel made landfall": a named storm (a sentence's first word, before the common-word rule strips it)
  if (b >= 1 && toks[b - 1].l === 'storm' && toks[b - 1].cap && (a === b - 1 || i === b - 1) && !st.titleCase && st.g.given.has(toks[b].l) && !lookupAt(st, b - 1, b)) return;
  // "Leer en español": the Spanish edition's link
  if (i === b && toks[i].l === 'leer' && tokAt(toks, b + 1)?.l === 'en') return;
  // "Air India", "Air France": an airline named after its country
  if (b === i + 1 && toks[i].l === 'air' && toks[i].cap && lookupAt(st, b, b)?.type === 'location') {
    emit(st, i, b, 'organization', STR_CUE + 0.5);
    return;
  }
  // "Commander of the Armed Forces of Ukraine Colonel General Oleksandr Syrskyi", "Interior Ministry
  // Spokesman Tariq Arian": a title after the organisation's designator begins a person's name
  // ("U.S. Department of State Spokesperson Ned Price": a surname that is a common word after a given name)
  if (k >= i && !st.titleCase && !isDesignator(toks[b])) {
    for (let p = k + 1; p < b; p++) {
      const tl = titleAt(toks, p, b);
      if (tl && p + tl <= b && toks[p + tl].cap && (!has(toks[b], L_COMMON) || (p + tl < b && st.g.given.has(toks[p + tl].l)))) {
        chain(st, a, p - 1);
        segment(st, p, b, -1, 0, 0, undefined);
        return;
      }
    }
  }
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
    // (but in a headline a verb may stand between: "U.S. Freezes Afghan Central Bank’s Reserves")
    if (first && (first.entry.type === 'location' || (first.entry.type === 'organization' && k - first.end >= 3)) && first.end < k && !(st.titleCase && headlineVerbIn(st, first.end + 1, k - 1))) {
      run(st, i, b, personCue, orgCue, theIdx, stripped);
      return;
    }
  }
  segment(st, i, b, theIdx, personCue, orgCue, stripped);
}

/** A middle initial ("J.") among toks[a..b]. */
function hasInitial(toks: Tok[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (toks[k].t.length === 2 && toks[k].t.charCodeAt(1) === 46 && toks[k].cap) return true;
  return false;
}

/** A headline's verb among toks[a..b]: a common word ending in "es" or "ed" that is no designator or demonym ("Freezes", "Seized"; not "Rights"). */
function headlineVerbIn(st: LineState, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    const t = st.toks[k];
    if (has(t, L_COMMON) && !isDesignator(t) && !has(t, L_DEMONYM) && (t.l.endsWith('ed') || t.l.endsWith('es'))) return true;
  }
  return false;
}

/**
 * A ship's name, which is no entity, kept for the document table as no entity (type 'none', resolved to nothing): "the
 * destroyer Sheffield" … "The Sheffield, struck by an Exocet" (propagate.ts). A name after a title ("the cruiser General
 * Belgrano") also lends its last word ("the General Belgrano" reads as a title and a surname).
 */
function shipName(st: LineState, a: number, b: number): void {
  const { toks } = st;
  if (a > b || !toks[a].cap) return;
  st.out.push({ s: toks[a].s, e: toks[b].e, type: NOT_AN_ENTITY, str: STR_USER, key: keyRange(toks, a, b) });
  if (b > a && has(toks[a], L_TITLE) && toks[b].cap) st.out.push({ s: toks[b].s, e: toks[b].e, type: NOT_AN_ENTITY, str: STR_USER, key: keyRange(toks, b, b) });
}

/**
 * "a destroyer, the", "the Liberia-flagged", "M/V", or a list after ships' plural ("two destroyers, Sheffield and
 * Coventry", "the carriers Hermes and Invincible") just before toks[a]: a ship's name follows (or toks[a] is the "M" of "M/V").
 */
function vesselBefore(toks: Tok[], a: number): boolean {
  // "M/V Rubymar": the merchant vessel's prefix, both its letters
  if ((toks[a].t === 'V' && tokAt(toks, a - 1)?.t === '/' && tokAt(toks, a - 2)?.t === 'M') || (toks[a].t === 'M' && tokAt(toks, a + 1)?.t === '/' && tokAt(toks, a + 2)?.t === 'V')) return true;
  const p = tokAt(toks, a - 1);
  const plural = (t: Tok | undefined): boolean => !!t && t.k === WORD && !t.cap && t.l.endsWith('s') && has(t, L_VESSEL);
  // "two destroyers, Sheffield and Coventry", "the carriers Hermes and Invincible": the list's later names
  if (p?.t === ',' && plural(tokAt(toks, a - 2))) return true;
  if (p?.l === 'and' && !p.cap && tokAt(toks, a - 2)?.cap && (plural(tokAt(toks, a - 3)) || (tokAt(toks, a - 3)?.t === ',' && plural(tokAt(toks, a - 4))))) return true;
  if (!p || p.k !== WORD || p.cap) return false;
  if (p.l.endsWith('flagged')) return true;
  const v = tokAt(toks, a - 3);
  return p.l === 'the' && tokAt(toks, a - 2)?.t === ',' && !!v && v.k === WORD && !v.cap && has(v, L_VESSEL);
}

/** From k: upper-case words up to a colon ("CNN ANCHOR:", "BYLINE:", "FORMER CIA DIRECTOR:"): the colon's index, or -1. */
function roleLabelEnd(toks: Tok[], k: number): number {
  for (let x = k; x < Math.min(toks.length, k + 7); x++) {
    const t = toks[x];
    if (t.t === ':') return x > k ? x : -1;
    if (t.k === WORD ? !t.upper && t.t.length > 1 : t.t !== '(' && t.t !== ')' && t.t !== '.') return -1;
  }
  return -1;
}

/** Some word of toks[i..b] is a common word. */
function anyCommon(toks: Tok[], i: number, b: number): boolean {
  for (let k = i; k <= b; k++) if (has(toks[k], L_COMMON)) return true;
  return false;
}

/** Connectors after a title word that make it none ("the Collective Justice for Barsalogho"). */
const TITLE_BREAKERS = new Set(['for', 'of', 'and', 'on', 'in', 'to', 'against']);

const QUESTION_WORDS = new Set(['who', 'what', 'where', 'why', 'how']);
const COPULAS = new Set(['is', 'are', 'was', 'were']);

/** The end of a portfolio opening a chain toks[a..b] after a title and "for" ("Minister for Foreign Affairs", "Secretary of State for Defence"), or -1. */
function portfolioEnd(toks: Tok[], a: number, b: number): number {
  if (tokAt(toks, a - 1)?.l !== 'for') return -1;
  // (a title of one to four words ends before "for": "Minister", "Secretary of State")
  for (let p = a - 2; p >= Math.max(0, a - 5); p--) if (toks[p].cap && titleAt(toks, p, a - 2) === a - 1 - p) return portfolioAfter(toks, a - 1, b);
  return -1;
}

/** After "for" at k (a title's): the end of its portfolio ("for Foreign Affairs", "for Defence") before a name, or -1. */
function portfolioAfter(toks: Tok[], k: number, b: number): number {
  const f = tokAt(toks, k);
  if (!f || f.l !== 'for' || f.cap) return -1;
  for (let q = k + 1; q <= Math.min(b, k + 3); q++) if (toks[q].l === 'affairs') return q;
  return k + 1 < b && PORTFOLIOS.has(tokAt(toks, k + 1)?.l ?? '') ? k + 1 : -1;
}

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
  // a title word inside a short name before a place noun is part of the place's name
  const next = tokAt(toks, b + 1);
  // (or a title opening a place's name: "King Charles Street", "Queen Alia Airport", "Prince Sultan Air Base")
  // (or a saint's title opening a place's name after "the neighborhood of", "the village of": "Sheikh Maqsoud", "Imam Sahib")
  const placeAfter = (b - a <= 2 && !!next && next.k === WORD && !next.cap && next.sp && PLACE_NOUNS_AFTER.has(next.l)) || (b > a + 1 && TITLED_PLACES.has(toks[b].l) && toks[b].cap && !st.titleCase) || (b > a && PLACE_TITLES.has(toks[a].l) && tokAt(toks, a - 1)?.l === 'of' && PLACE_NOUNS_AFTER.has(tokAt(toks, a - 2)?.l ?? '') && !tokAt(toks, a - 2).cap);
  const flush = (end: number): void => {
    if (end >= runStart) run(st, runStart, end, cue, orgCue, theIdx === runStart - 1 ? theIdx : -1, stripped);
    stripped = undefined;
    orgCue = 0;
  };
  while (p <= b) {
    // titles: "Gen.", "President", "Press Secretary"
    // a title word inside a name after a given name is part of it ("Hassan Sheikh Mohamud")
    const afterGiven = p > runStart && st.g.given.has(tokAt(toks, p - 1).l) && tokAt(toks, p - 1).cap;
    // (nor a title word that is a surname too, after a title and ending the chain: "Mr. King", "Senator Bishop")
    const surnameTitle = p === b && cue === 3 && p === runStart && SURNAME_TITLES.has(toks[p].l);
    const tl = afterGiven || surnameTitle ? 0 : st.titleCase ? headlineTitleAt(st, p, b) : titleAt(toks, p, b);
    if (tl && !placeAfter && !lookupAt(st, p, b)) {
      const nx = tokAt(toks, p + tl);
      if (!nx || !isDesignator(nx)) {
        flush(p - 1);
        // (a connector after the title word makes it none: "the Collective Justice for Barsalogho")
        // (not a particle: "Mr. de la Cruz", "Mr. al-Assad")
        cue = nx && !(nx.k === WORD && !nx.cap && TITLE_BREAKERS.has(nx.l)) ? 3 : 0;
        p += tl;
        // ("Secretary of State for Defence Ben Wallace": the title's portfolio, then the name)
        const portfolio = portfolioAfter(toks, p, b);
        if (portfolio >= 0) {
          p = portfolio + 1;
          cue = 3;
        }
        runStart = p;
        // "Director General ISPR:", "Supreme Allied Commander Europe,", "Corps Commander Peshawar": the rest is the known
        // organisation (or a commander's known place) the title belongs to, not a person
        if (cue === 3 && p <= b) {
          const rest = lookupAt(st, p, b);
          if (rest && (rest.type === 'organization' || (rest.type === 'location' && toks[p - 1].l === 'commander'))) cue = 0;
        }
        // in a headline the name ends at the first common word: "Gen. Miller Warns of Civil War"
        if (st.titleCase && cue === 3) {
          let q = p + 1;
          while (q <= b && (!has(toks[q], L_COMMON) || st.g.given.has(toks[q].l) || /^\p{Lu}\.$/u.test(toks[q].t) || (q === b && st.g.given.has(toks[q - 1].l)))) q++;
          if (q > p && q <= b) {
            run(st, p, q - 1, 3, 0, -1, undefined);
            p = runStart = q;
            cue = 0;
          }
        }
        continue;
      }
    }
    // "Mocímboa da Praia", "Norte de Santander": after an unknown word and a particle, a known name
    // ends the same name rather than starting another
    const afterParticle = p > runStart + 1 && !tokAt(toks, p - 1).cap && NAME_PARTICLES.has(tokAt(toks, p - 1).l);
    if (cue < 3 && !afterParticle) {
      let m = matchAt(st, p, b, a);
      // "Bv Farah Qazi": in a byline or credit, a place word opening a longer name is a given name
      if (m && m.entry.type === 'location' && m.entry.kind !== 'country' && cue >= 3 && p === runStart && m.end === p && p < b && toks[p + 1].cap && !lookupAt(st, p + 1, p + 1) && !has(toks[p + 1], L_COMMON)) m = undefined;
      // "Abdul Wardak", "Farid Kabuli": one place word after a given name is a surname
      if (m && m.end === p && m.entry.type === 'location' && p > runStart && tokAt(toks, p - 1).cap && (st.g.given.has(tokAt(toks, p - 1).l) || givenNameSuffix(tokAt(toks, p - 1).l)) && !has(tokAt(toks, p - 1), L_COMMON)) m = undefined;
      // ("a former officer, Abdul Basir Wardak, said": the last word of a chain between commas, after a given name and
      // another name; not a byline's "Peter Halloran Islamabad and …")
      else if (m && m.end === p && p === b && tokAt(toks, b + 1)?.t === ',' && m.entry.type === 'location' && m.entry.kind !== 'country' && p - 2 >= runStart && st.g.given.has(tokAt(toks, p - 2).l) && tokAt(toks, p - 1).cap && !has(tokAt(toks, p - 1), L_COMMON) && !lookupAt(st, p - 1, p - 1)) m = undefined;
      // "(PDF, 2.1 MB)", "download a PDF": a known acronym that is also a file format, used as one
      if (m && m.end === p && has(toks[p], L_NON_ORG) && fileFormatUse(toks, p)) m = undefined;
      // "FOLLOW US", "CONTACT US": the pronoun
      if (m && m.end === p && toks[p].l === 'us' && PRONOUN_VERBS.has(tokAt(toks, p - 1)?.l ?? '')) m = undefined;
      // "Grad rockets": a weapon's name that is also a town's
      if (m && m.end === p && (m.entry.kind === 'city' || m.entry.kind === 'subdivision') && VEHICLE_NAMES.has(toks[p].l)) m = undefined;
      if (m) {
        // "Afghan Ministry of Defense": a demonym before a designated organisation name belongs to it
        let from = p;
        // ("Turkish General Staff", "Syrian Civil Defense": a state's body whose name every state's has)
        if (m.entry.type === 'organization' && runStart < p && (hasDesignatorWord(m.entry.name) || DEMONYM_BODIES.has(m.entry.name.toLowerCase()))) {
          let allDemonyms = true;
          for (let k = runStart; k < p; k++) if (!has(toks[k], L_DEMONYM)) allDemonyms = false;
          if (allDemonyms) {
            from = runStart;
            runStart = p;
          }
        }
        // "the Republic of Sudan", "Kingdom of the Netherlands", "the Federal Republic of Germany", "People's Republic of
        // China", "Free State of Bavaria": a state's formal name
        if (m.entry.type === 'location' && formalStateName(toks, runStart, p, m.entry.kind === 'country' || m.entry.kind === 'region')) {
          from = runStart;
          runStart = p;
        }
        // "referring to Western Tigray", "in Central Darfur": a capitalised direction mid-sentence names part of a known place
        // (but "Southern Nimroz Province": a province's part, described)
        if (m.entry.type === 'location' && m.entry.kind !== 'country' && runStart === p - 1 && REGION_DIRECTIONS.has(toks[runStart].l) && !st.starts[runStart] && !st.titleCase && !(m.end < b && has(toks[m.end + 1], L_LOC_SUFFIX))) {
          from = runStart;
          runStart = p;
        }
        // "Lake Kivu", "District Karachi": a place word opening the name of a known place is part of it
        else if (m.entry.type === 'location' && m.entry.kind !== 'country' && runStart === p - 1 && has(toks[runStart], L_LOC_PREFIX) && toks[runStart].cap) {
          from = runStart;
          runStart = p;
        }
        flush(p - 1);
        let end = m.end;
        let type = m.entry.type;
        let skip = 0;
        // "Helmand Province", "Kabul University", "Kandahar City" → Kandahar
        if (type === 'location') {
          for (;;) {
            // (in a headline the place alone: "Bombings at Kabul Airport" → Kabul, as "Kandahar City")
            // ("Strike Kills Dozens in Lebanon Village": in a headline a country takes no place noun)
            if (end + 1 <= b && has(tokAt(toks, end + 1), L_LOC_SUFFIX) && !(st.titleCase && (HEADLINE_NOUNS.has(tokAt(toks, end + 1).l) || m.entry.kind === 'country'))) end++;
            else if (end + 2 <= b && tokAt(toks, end + 1).l === 'air' && has(tokAt(toks, end + 2), L_LOC_SUFFIX)) end += 2; // "Bagram Air Base"
            else break;
          }
          if (end === m.end && end + 1 <= b && tokAt(toks, end + 1).l === CITY) skip = 1;
          // "Mosul al-Jadida", "Tell al-Abyad": a known city's quarter named with the Arabic article, ending the chain
          if (end === m.end && end + 1 === b && m.entry.kind !== 'country' && /^(?:al|el)-\p{Lu}/u.test(toks[b].t) && !lookupAt(st, b, b) && !st.titleCase) end = b;
          // "Arlington National Cemetery", "Zaporizhzhia Nuclear Power Plant": common capitalised words up to a
          // place designator that ends the chain
          if (end < b - 1 && !st.titleCase && has(toks[b], L_LOC_SUFFIX) && !isDesignator(toks[b])) {
            let x = end + 1;
            while (x < b && has(toks[x], L_COMMON) && !has(toks[x], L_TITLE)) x++;
            if (x === b) end = b;
          }
          // "Kunduz Provincial Hospital", "Rawalpindi General Hospital", "Herat Regional Hospital": a hospital's kind between
          // its place and "Hospital"
          if (end < b - 1 && b - end <= 3 && !st.titleCase && toks[b].l === 'hospital') end = b;
          if (end === m.end) {
            let d = end;
            // ("Pakistan Air Force": "Air" before the designator)
            // (in a headline a country takes no body's designator but an outlet's, an airline's or a company's: "Kenya Police
            // Land", not "Afghanistan Times", "Malaysia Airlines")
            while (d + 1 <= b && !(st.titleCase && (HEADLINE_NOUNS.has(tokAt(toks, d + 1).l) || (m.entry.kind === 'country' && !has(tokAt(toks, d + 1), L_MEDIA_DES) && !COUNTRY_COMPANY_WORDS.has(tokAt(toks, d + 1).l)))) && (isDesignator(tokAt(toks, d + 1)) || (tokAt(toks, d + 1).l === 'air' && d + 2 <= b && isDesignator(tokAt(toks, d + 2))))) d++;
            if (d > end) {
              end = d;
              type = 'organization';
            }
          }
          // "U.S. Federal Reserve", "US Senate", "U.S. Geological Survey": a country before one of its known bodies
          if (end === m.end && (m.entry.kind === 'country' || m.entry.kind === 'region') && end < b) {
            const body = matchAt(st, end + 1, b, a);
            if (body && body.entry.type === 'organization' && (hasDesignatorWord(body.entry.name) || STATE_BODIES.has(body.entry.name.toLowerCase()))) {
              end = body.end;
              type = 'organization';
            }
          }
        }
        // "BBC Persian", "VOA Dari", "Al Jazeera English": an outlet's language service
        if (type === 'organization' && end + 1 === b && SERVICE_LANGUAGES.has(toks[b].l)) end = b;
        // "Afghanistan International Bank": a designator right after a known name ends a longer one
        else if (type === 'organization' && end + 1 === b && has(toks[b], L_ORG_DES) && !has(toks[b], L_ORG_WEAK) && !toks[b].upper && toks[b].l !== 'company' && !lookupAt(st, b, b) && !(st.titleCase && HEADLINE_NOUNS.has(toks[b].l))) end = b;
        // ("the Red Crescent Society of Kyrgyzstan": and its "of" part)
        else if (type === 'organization' && end + 2 < b && has(toks[end + 1], L_ORG_DES) && !has(toks[end + 1], L_ORG_WEAK) && toks[end + 2].l === 'of' && !toks[end + 2].cap && !st.titleCase) end = b;
        else if (type === 'organization' && end < b && MEDIA_TAILS.has(tokAt(toks, end + 1).l)) {
          let e = end + 1;
          while (e < b && MEDIA_TAILS.has(tokAt(toks, e + 1).l)) e++;
          end = e;
        }
        // "National Resistance Front of Afghanistan": a known organisation continued by "of"/"for" + names
        // ("U.S. Mission to Afghanistan": a mission "to" a country)
        if (type === 'organization' && end < b && (tokAt(toks, end + 1).l === 'of' || tokAt(toks, end + 1).l === 'for' || (tokAt(toks, end + 1).l === 'to' && toks[end].l === 'mission')) && !tokAt(toks, end + 1).cap) end = b;
        // "AU Commission", "UN Office for the Coordination of Humanitarian Affairs": a known organisation's own body
        else if (type === 'organization' && end < b && tokAt(toks, end + 1).cap && hasBody(toks, end + 1, b) && !lookupAt(st, end + 1, b)) end = b;
        // (a "The" after a link's or a heading's markup opens its sentence: "<u>The Taliban Took Bamiyan"; at a sentence's
        // start "The" joins a known name only when listed with it, or an outlet made by a media word: "The Kigali Independent")
        const theOpens = theIdx >= 0 && (st.starts[theIdx] || (theIdx > 0 && toks[theIdx - 1].k === PUNCT && toks[theIdx - 1].t !== ','));
        const withThe = theIdx === p - 1 && theIdx >= 0 && (lookup(st, 'the ' + keyRange(toks, p, end)) || (type === 'organization' && (!theOpens || (end !== m.end && has(toks[end], L_MEDIA_DES)))));
        // "many Amhara", "Amhara leaders": a region named after its people, used for the people
        if (!(end === p && from === p && st.g.peoples.has(toks[p].l) && peopleUse(toks, p))) emit(st, withThe ? theIdx : from, end, type, m.entry.kind === 'user' ? STR_USER : m.entry.kind === 'city' && end === from ? STR_CUE : STR_GAZ);
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

/** toks[p] is used as a file format: "a PDF", "download PDF", "(PDF, 2.1 MB)". */
function fileFormatUse(toks: Tok[], p: number): boolean {
  const pv = tokAt(toks, p - 1)?.l;
  if (pv === 'a' || pv === 'download' || pv === 'downloadable' || pv === 'as') return true;
  return tokAt(toks, p + 1)?.t === ',' && tokAt(toks, p + 2)?.k === NUM && /^(?:mb|kb|gb|pages?)$/.test(tokAt(toks, p + 3)?.l ?? '');
}

/** Known state bodies with no designator word, which a country's name before them joins ("US Senate"). */
const STATE_BODIES = new Set(['senate', 'congress', 'federal reserve', 'house of representatives', 'house of commons', 'house of lords', 'parliament', 'cabinet', 'joint staff', 'general staff', 'treasury', 'pentagon', 'state department']);

/** Designators of companies named after their country ("Malaysia Airlines", "Singapore Press Holdings", "Pakistan Air Force"). */
const COUNTRY_COMPANY_WORDS = new Set(['airlines', 'airways', 'air', 'press', 'holdings', 'bank', 'telecom', 'railways', 'petroleum', 'oil']);

/** Title words that are surnames too ("Mr. King", "Senator Bishop"). */
const SURNAME_TITLES = new Set(['king', 'bishop', 'marshal', 'major', 'judge', 'dean', 'cardinal', 'chancellor', 'prince', 'justice', 'sheriff', 'abbott']);

/** Known bodies named alike in every state, so that a demonym before them belongs to the name. */
const DEMONYM_BODIES = new Set(['general staff', 'joint staff', 'civil defense', 'civil defence', 'national guard', 'coast guard']);

/** Honorifics that are also parts of names and places ("Abdiwahab Sheikh Nur", "Sheikh Maqsoud", "Haji Camp"). */
const NAME_HONORIFICS = new Set(['sheikh', 'sheik', 'shaikh', 'haji', 'hajji', 'imam', 'emir', 'amir', 'sultan', 'mullah', 'mufti', 'pir', 'alhaji', 'mallam', 'sayed', 'syed']);

/**
 * A title in a headline-style line ("Gen. Miller Warns", "President Biden Meets"): only an abbreviated
 * title, or one before a word no common word, begins a name there (headline words are all capitalised).
 */
function headlineTitleAt(st: LineState, p: number, b: number): number {
  const { toks } = st;
  const tl = titleAt(toks, p, b);
  if (!tl || p + tl > b || NAME_HONORIFICS.has(toks[p].l)) return 0;
  const abbreviated = toks[p + tl - 1].t.endsWith('.');
  const nx = toks[p + tl];
  // ("SENATOR KING:", "CHAIRMAN REED:": a speaker's label at the line's start)
  const label = p === 0 && tokAt(toks, b + 1)?.t === ':';
  return abbreviated || label || !has(nx, L_COMMON) || st.g.given.has(nx.l) ? tl : 0;
}

/** toks[p] (a people's name) stands for the people: after a quantifier, or before a plural or a collective noun. */
function peopleUse(toks: Tok[], p: number): boolean {
  const pv = tokAt(toks, p - 1);
  if (pv && pv.k === WORD && !pv.cap && PEOPLE_BEFORE.has(pv.l)) return true;
  const nx = tokAt(toks, p + 1);
  if (!nx || nx.k !== WORD || nx.cap || !nx.sp) return false;
  // (not "the Afar and Amhara regions": a plural place noun)
  return (nx.l.length > 3 && nx.l.endsWith('s') && !nx.l.endsWith('ss') && !PLURAL_PLACE_NOUNS.has(nx.l)) || nx.l === 'militia' || nx.l === 'people' || nx.l === 'community' || nx.l === 'population';
}

/** After "Name/": an agency, a known outlet or a credit word ("REUTERS", "The New York Times", "Staff", "Getty Images"). */
function creditAfterSlash(st: LineState, i: number): boolean {
  const t = st.toks[i];
  return t.upper || CREDIT_JUNK.has(t.l) || creditOutletAt(st, i) || lookupAt(st, i, i)?.type === 'organization';
}

/** Nouns after a place in a title-case headline that name an event or a building there, not a name: "Kabul Airport", "Istanbul Conference", "Kabul School Bombing". */
const HEADLINE_NOUNS = new Set(['airport', 'conference', 'school', 'summit', 'talks', 'attack', 'bombing', 'hospital', 'government', 'mosque', 'crossing', 'barracks']);

/** A known country, capital or city of two words, or a known organisation of two to four, begins at i ("New Zealand", "United Nations Secretary General"). */
function knownOpens(st: LineState, i: number, b: number): boolean {
  if (NAMED_FIRST.has(lookupAt(st, i, i + 1)?.kind ?? '')) return true;
  for (let e = i + 1; e <= Math.min(b, i + 3); e++) if (lookupAt(st, i, e)?.type === 'organization') return true;
  return false;
}

/** Kinds of known names whose first word may be a common one at a sentence's start ("New Zealand", "New Delhi"). */
const NAMED_FIRST = new Set(['country', 'capital', 'city', 'region']);

/** After a dateline's date at i: "(Reuters) -", "(AP) —": an agency in brackets. */
function datelineAgency(toks: Tok[], i: number): boolean {
  let k = i;
  while (k < toks.length && k < i + 5 && toks[k].t !== '(') k++;
  return toks[k]?.t === '(' && tokAt(toks, k + 2)?.t === ')';
}
