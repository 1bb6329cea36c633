/** Typing of an unknown run of capitalised words: designators, morphology, context cues, appositives, weak defaults. */
import { LOC_CUE_AFTER, LOC_OF_HEADS, TWO_WORD_DEMONYMS, digitNear, isModelCode, LOC_PREPOSITIONS, NAME_PARTICLES, ORG_CUE_AFTER, PERSON_CUE_AFTER, ROLE_NOUNS, SPEECH_VERBS } from './lexicon';
import { DASHES } from './layout';
import { WORLD_FIGURES } from './known';
import { citedAuthor } from './name-citations';
import { ordinalInWords } from './quantity-words';
import { NUM, ORD, PUNCT, WORD, digits, isPossessive, tokAt, type Tok } from './tokens';
import { STR_CUE, STR_GAZ, STR_UNKNOWN, STR_WEAK, type Cand } from './types';
import { ADJECTIVE_SUFFIX, CAPITAL_CONNECTORS, PORTFOLIOS, CITY, COMMON_GIVEN_NAMES, contributorLine, designatorTail, isCommonWord, COMPASS_NOUNS, ORDINAL_WORDS, COMPANY_FORMS, CONTACT_LABELS, NO_ENTITY_WORDS, ORG_PLURALS, PAGE_LABELS, PLURAL_PLACE_NOUNS, POSSESSIVE_HEADS, PRONOUN_VERBS, VEHICLE_FIRST_WORDS, VEHICLE_NAMES, GROUP_HEADS, GROUP_NOUNS_AFTER, LOC_APPOS, MEDIA_AFTER, ORG_APPOS_BEFORE, ORG_OF_HEADS, L_COMMON, L_CREDIT, L_DEMONYM, L_DIRECTION, L_LOC_PREFIX, L_LOC_SUFFIX, L_MEDIA_DES, L_NON_ORG, L_ORG_DES, L_SPEECH, L_TITLE, ORG_APPOS, ORG_CUE_BEFORE, brandLike, capLike, generalOf, givenNameSuffix, has, isDesignator, orgDesignatorEnd } from './name-words';
import { type LineState, allCommon, creditOutletAt, emit, isUpperText, keyRange, koInName, lookup, lookupAt } from './name-state';

/** Types an unknown run toks[a..b]. */
export function run(st: LineState, a: number, b: number, personCue: number, orgCue: number, theIdx: number, stripped: Tok | undefined): void {
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
  // "a Sri Lankan television channel", "Sri Lankan Tamils": a demonym of two words (kept before a designator: "Sri Lankan Army")
  if (b > a && TWO_WORD_DEMONYMS.has(`${toks[a].l} ${toks[a + 1].l}`) && personCue < 3 && !orgEnd) {
    if (b === a + 1) return;
    a += 2;
  }
  const a0 = a;
  // ("photojournalist Danish Siddiqui": after a role noun, a demonym-looking first word is a given name)
  // ("Danish Siddiqui, a photographer": a given name that is also a demonym, before an unknown surname)
  const roleBefore = ((a > 0 && toks[a - 1].k === WORD && !toks[a - 1].cap && ROLE_NOUNS.has(toks[a - 1].l)) || DEMONYM_GIVEN_NAMES.has(toks[a].l)) && b === a + 1 && !has(toks[b], L_COMMON);
  // ("Pashtun Kot", "Turkmen Tepa": a demonym and a place word alone are the place's name)
  // (a local place word, not an English noun: "Afghan District", "Islamic Republic" are descriptions)
  // ("the Saudi Hospital", "the Indonesian Hospital", "Saudi Maternity Hospital": a hospital named after the country that built it)
  const demonymPlace = ((b === a + 1 && has(toks[a], L_DEMONYM) && has(toks[b], L_LOC_SUFFIX) && !isCommonWord(g, toks[b].l)) || (b > a && b - a <= 2 && toks[b].l === 'hospital' && has(toks[a], L_DEMONYM))) && !st.titleCase;
  while (a < b && personCue < 3 && !orgEnd && !roleBefore && !demonymPlace && (has(toks[a], L_DIRECTION) || has(toks[a], L_DEMONYM))) a++;
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
  // (not the title an office is named after: "Office of the Spokesperson", "Office of the Inspector General")
  const ofTail = designatedOfEnd(toks, a, b);
  const officeOf = ofTail > a && toks[ofTail - 2].l === 'office' ? ofTail : -1;
  // (nor the title a designator's "for" or "of" ends in: "Committee for Justice", "Ministry of Justice")
  while (b > a && ((toks[b].l === CITY || (has(toks[b], L_TITLE) && !(st.g.given.has(toks[b - 1].l) && toks[b - 1].cap) && !koInName(toks, b) && !(officeOf > a && b >= officeOf) && !designatorFor(toks, a, b))) && personCue < 3 || !capLike(toks[b]))) b--;
  // "Lieutenant Colonel Syed Kashif Ali Shaheed": "Shaheed" ("martyr") after a name is an honorific
  if (b > a && toks[b].l === 'shaheed' && toks[b].cap) b--;
  // "Karim A.A. Khan KC", "Sir John Smith OBE": honours and degrees after a name are no part of it
  if (b > a + 1 && POST_NOMINALS.has(toks[b].t) && !isUpperText(toks, a, b)) b--;
  // ("By Gul Rahman Andarwal On Dec 16, 2020": a capitalised preposition before a date ends no name)
  while (b > a && toks[b].cap && (toks[b].l === 'on' || toks[b].l === 'in' || toks[b].l === 'at') && !toks[b].upper && (st.used[b + 1] || tokAt(toks, b + 1)?.k === NUM)) b--;
  // a leading model designation names no part of a vehicle's name: "UH-60 Black Hawks", "A-29 Super Tucanos"
  while (a < b && isModelCode(toks[a].t) && !lookup(st, toks[a].l)) a++;
  // a trailing model designation names no part of the name: "Pakistan Air Force F-16", "IAF C-17"
  while (b > a && isModelCode(toks[b].t) && !lookup(st, toks[b].l)) b--;
  // "Later bin Laden fled": "bin" ("son of") begins a person's name
  for (let k = a; k < b; k++) {
    if (!toks[k].cap && (toks[k].l === 'bin' || toks[k].l === 'ibn') && toks[k].k === WORD) {
      if (k === a || (k === a + 1 && has(toks[a], L_COMMON) && st.starts[a])) {
        a = k;
        personCue = Math.max(personCue, 3);
      }
      break;
    }
  }
  // (after a title the name may begin with its particle: "Mr. de la Cruz")
  while (a < b && !capLike(toks[a]) && toks[a].k !== ORD && !(personCue >= 3 && NAME_PARTICLES.has(toks[a].l))) a++;
  // ("OFFICE OF THE SPOKESPERSON" on a line of its own: an office named after a title is no headline's words)
  if (st.titleCase && personCue < 3 && orgCue < 3 && !(officeOf > a && titlesOnly(toks, officeOf, b))) {
    // (not a portfolio before its ministry: "Health Ministry Says 28 Killed", "Defense Ministry and Interior Ministry (March 7)")
    while (a < b && has(toks[a], L_COMMON) && !g.given.has(toks[a].l) && !(PORTFOLIO_WORDS.has(toks[a].l) && (toks[a + 1].l === 'ministry' || toks[a + 1].l === 'department'))) a++;
    // (not into a designated name's "of" part: "U.S. Department of State", "Ministry of Defense Says …" keeps "of Defense";
    // when only names, designators and connectors stand before it: not "… Deal With Bipartisan Group of Senators")
    let ofEnd = designatedOfEnd(toks, a, b);
    for (let x = a; x < ofEnd - 2 && ofEnd >= 0; x++) if (toks[x].cap && has(toks[x], L_COMMON) && !isDesignator(toks[x]) && !lookup(st, toks[x].l)) ofEnd = -1;
    while (b > ofEnd && b > a && (has(toks[b], L_COMMON) || has(toks[b], L_LOC_SUFFIX)) && !isDesignator(toks[b])) b--;
  }
  if (toks[a].k === ORD && !isDesignator(toks[b]) && !has(toks[b], L_LOC_SUFFIX)) a++; // ("201st Military Base" keeps it)
  if (a > b || toks[a].k === PUNCT || toks[b].k === PUNCT) return;
  const t0 = toks[a];
  const prev0 = tokAt(toks, a - 1);
  const len = b - a + 1;
  // "IMG_2231.jpg", "afg_news", "@CalebDorseySS": a word glued to an underscore or an at sign is a file name or a handle
  if ((tokAt(toks, b + 1)?.t === '_' && !tokAt(toks, b + 1).sp) || ((tokAt(toks, a - 1)?.t === '_' || tokAt(toks, a - 1)?.t === '@') && !t0.sp)) return;
  // "SKIP TO CONTENT", "Skip to site index": a page's accessibility links
  if (t0.l === 'skip' && tokAt(toks, a + 1)?.l === 'to') return;
  // "Cyclone Nargis", "Hurricane Ida", "Typhoon Haiyan": a storm is no entity type
  if (len >= 2 && STORM_WORDS.has(t0.l) && t0.cap) return;
  // "Eastern Daylight Time", "Pacific Standard Time", "Greenwich Mean Time": a time zone, no entity
  if (last.l === 'time' && b > a && (toks[b - 1].l === 'daylight' || toks[b - 1].l === 'standard' || toks[b - 1].l === 'mean')) return;
  // "GMTUpdated", "UTCUpdated": a time zone glued to a page's "Updated" label
  if (len === 1 && t0.t.length >= 9 && /^(?:GMT|UTC|[ECMP][SD]?T|BST|CET|IST)Updated$/.test(t0.t)) return;
  // "Follow Us", "FOLLOW US": the pronoun, never the country
  if (len === 1 && (t0.t === 'Us' || (t0.t === 'US' && PRONOUN_VERBS.has(tokAt(toks, a - 1)?.l ?? '')))) return;
  // "(SOUNDBITE OF PRESS CONFERENCE)", "(ARCHIVED RECORDING)": a transcript's stage direction
  if ((t0.l === 'soundbite' || (t0.l === 'archived' && tokAt(toks, a + 1)?.l === 'recording')) && t0.upper) return;
  // "Mwatana for Human Rights": a group named for what it defends
  if (len >= 4 && toks[b].l === 'rights' && toks[b - 1].l === 'human' && toks[b - 2].l === 'for' && !toks[b - 2].cap) {
    emit(st, a, b, 'organization', STR_CUE);
    return;
  }
  // "Pre-Trial Chamber II", "Trial Chamber IV": a designated body's number in Roman numerals
  if (len >= 2 && ROMAN_NUMBER.test(toks[b].t) && isDesignator(toks[b - 1])) {
    emit(st, a, b, 'organization', STR_CUE);
    return;
  }
  // "Founder, Women for Learning Initiative": a plural noun of people alone names no one
  if (len === 1 && POSSESSIVE_HEADS.has(t0.l)) return;
  // "Islam", "Shariah", "Ibid.", a heading's "What": no entity type
  if (len <= 3 && NO_ENTITY_WORDS.has(t0.l) && (len === 1 || NO_ENTITY_WORDS.has(keyRange(toks, a, b)))) return;
  // "Al-Monitor, LLC.": a company's legal form after its name
  if (len === 1 && prev0?.t === ',' && COMPANY_FORMS.has(t0.l)) return;
  // "Q1:", "A2:": question and answer labels
  if (len === 1 && (t0.t.length === 2 || t0.t.length === 3) && (t0.t.charCodeAt(0) === 81 || t0.t.charCodeAt(0) === 65) && /^[QA]\d{1,2}$/.test(t0.t)) return;
  // "I have been keeping a spreadsheet": the pronoun
  if (len === 1 && t0.t === 'I' && tokAt(toks, b + 1)?.t !== '.') return;
  // "CONFIDENTIALITY NOTICE:", "EDITOR'S NOTE:": an upper-case label opening its line
  if (a === 0 && tokAt(toks, b + 1)?.t === ':' && PAGE_LABELS.has(toks[b].l) && isUpperText(toks, a, b)) return;
  // "Tel:", "Email:": contact labels
  if (len === 1 && tokAt(toks, b + 1)?.t === ':' && CONTACT_LABELS.has(t0.l)) return;
  // "C-17", "F-16s", "MQ-9", "Su-25", "T-72B3", "A400M", "AC-130", "M4 rifles": designations of aircraft and weapons
  // (an "M" number only before a weapon's noun: "the M4 highway" is a road)
  if (len === 1 && digitNear(t0.t) && (/^(?:C|F|B|A|E|P|S|T|V|J|MQ|RQ|KC|AC|MC|EC|HC|MD|OH|AH|UH|CH|MH|HH|Su|MiG|Mi|Tu|An|Il|Ka)-\d{1,3}(?:\p{Lu}\d?)?s?$/u.test(t0.t) || /^\p{Lu}{1,2}\d{3,4}\p{Lu}{0,2}s?$/u.test(t0.t) || (/^M\d{1,3}[A-Z]?\d?s?$/.test(t0.t) && /^(?:rifles?|carbines?|tanks?|machine)$/.test(tokAt(toks, b + 1)?.l ?? ''))) && !lookup(st, t0.l)) return;
  // "Black Hawk", "Chinooks", "Bayraktar": aircraft, vehicles and weapons are no entity type
  if (len <= 3 && VEHICLE_FIRST_WORDS.has(t0.l) && VEHICLE_NAMES.has(keyRange(toks, a, b))) return;
  // "Tochka-U", "Iskander-M", "Kh-101", "Shahed-136": a word and a letter or number code names a weapon or model
  // (acronyms so joined are organisations' names: "USFOR-A", "M-19")
  if (len === 1 && t0.t.includes('-') && /^\p{Lu}\p{Ll}\p{L}{0,8}-(?:\p{Lu}{1,2}|\d{1,4}\p{Lu}{0,2})s?$/u.test(t0.t) && !lookup(st, t0.l)) return;
  // "The Thirty-third report", "Twenty-First Century": an ordinal written in words
  if (len === 1 && ordinalInWords(t0.l)) return;
  // "Thank you, Senator.", "The Minister said": a title alone names no one (after "Mr." it is a surname: "Mr. King")
  if (len === 1 && has(t0, L_TITLE) && personCue < 3 && !g.given.has(t0.l) && !WORLD_FIGURES.has(t0.l)) return;
  // "Hon. Members: Hear, hear!": those a speaker addresses, after a title
  if (len === 1 && personCue >= 3 && ADDRESSEES.has(t0.l)) return;
  // "Pages B1-B11", "Page A10": a newspaper's pages by section letter and number
  if ((len === 1 && t0.l === 'page' && /^[A-Z]\d{1,2}$/.test(tokAt(toks, b + 1)?.t ?? '')) || (len === 2 && (t0.l === 'page' || t0.l === 'pages') && /^[A-Z]\d{1,2}(?:-[A-Z]?\d{1,2})?$/.test(toks[b].t)) || (len === 1 && (prev0?.l === 'page' || prev0?.l === 'pages') && /^[A-Z]\d{1,2}(?:-[A-Z]?\d{1,2})?$/.test(t0.t))) return;
  // "Home | World | Business | Technology": a common word alone between a site menu's bars
  if (len === 1 && prev0?.t === '|' && tokAt(toks, b + 1)?.t === '|' && has(t0, L_COMMON) && !lookup(st, t0.l)) return;
  // "VOL. CLII": a print edition's volume in Roman numerals
  if (len === 1 && (t0.l === 'vol' || t0.l === 'vol.' || (t0.upper && /^[IVXLCDM]{2,}$/.test(t0.t) && tokAt(toks, a - 1)?.t === '.' && (tokAt(toks, a - 2)?.l === 'vol')))) return;
  // "Section 1", "Article 40", "Annex 2": a part of a document by its number
  if (len === 1 && DOCUMENT_PARTS.has(t0.l) && tokAt(toks, b + 1)?.k === NUM && tokAt(toks, b + 1).sp) return;
  // "Section A", "Part B", "Plan B": a common noun and a letter
  if (len === 2 && toks[b].t.length === 1 && personCue < 3 && !lookup(st, t0.l) && !g.given.has(t0.l)) return;
  if (len === 1 && personCue < 3 && (has(t0, L_DEMONYM) || has(t0, L_DIRECTION))) {
    // (kept unknown for the document table: "Sudani" is the surname of "Mohammed Shia al-Sudani" named before)
    // (a demonym only by its form, country + "i", not a listed one like "Iraqi")
    if (has(t0, L_DEMONYM) && t0.l.endsWith('i') && !st.g.demonyms.has(t0.l)) emit(st, a, b, 'person', STR_UNKNOWN);
    return;
  }
  // "told The Post by phone", "the Times reconstruction": a newspaper by its short name, mid-sentence
  if (len === 1 && NEWSPAPER_SHORT.has(t0.l) && !st.titleCase && tokAt(toks, a - 1)?.l === 'the' && !st.starts[a - 1] && personCue < 3) {
    emit(st, toks[a - 1].cap ? a - 1 : a, b, 'organization', STR_CUE);
    return;
  }
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
  // (a common word right after a title is a surname: "SENATOR KING:", "Senators Reed, Shaheen", "President Trump")
  const afterTitle = len === 1 && personCue >= 3 && a > 0 && has(toks[a - 1], L_TITLE) && toks[a - 1].k === WORD && (!has(t0, L_TITLE) || (a === 1 && t0.upper && tokAt(toks, b + 1)?.t === ':'));
  if (personCue && (!allCommon(g, toks, a, b) || afterTitle)) set('person', personCue);
  if (orgCue) set('organization', orgCue);
  // "the Biden Administration": a president's surname and his government, the person alone
  if (len === 2 && last.l === 'administration' && !isCommonWord(g, t0.l) && !has(t0, L_DEMONYM) && !lookup(st, t0.l) && !st.titleCase) {
    emit(st, a, a, 'person', STR_CUE);
    return;
  }
  // designators
  if (len >= 2 && isDesignator(last) && !has(last, L_LOC_SUFFIX)) set('organization', STR_CUE + 0.5);
  // "Ben Gurion International Airport": an airport named after a person is a place
  // (the run's last word as trimmed above, not "to" of "… Airport to Athens")
  if (len >= 2 && toks[b].cap && (toks[b].l === 'airport' || toks[b].l === 'airbase') && personCue < 3) set('location', STR_CUE + 0.75);
  for (let k = a; k < b; k++) {
    // "Association of Southeast Asian Nations", "Ministry of Defense"
    if (isDesignator(toks[k]) && ((!tokAt(toks, k + 1).cap && designatorTail(toks, k)) || generalOf(toks, k))) set('organization', STR_CUE + 0.5);
  }
  // ("Helena Marsh", "Doug Mills", "Chris Woods": a given name and a suffix that is also a surname are a person)
  // (the suffix as trimmed from a headline's words: not "Airport" of "Ismail Khan Holds Out Near Airport")
  if (len >= 2 && has(last, L_LOC_SUFFIX) && last.cap && !(st.titleCase && last !== toks[b]) && (!st.titleCase || !allCommon(g, toks, a, b))) set(len === 2 && SURNAME_SUFFIXES.has(last.l) && g.given.has(t0.l) && !lookupAt(st, a, a) ? 'person' : 'location', STR_CUE + 0.5);
  // "Shrine of al-Askari", "Great Mosque of al-Nuri": a place noun and "of" inside the name
  for (let k = a; k < b; k++) if (has(toks[k], L_LOC_SUFFIX) && !isDesignator(toks[k]) && toks[k].cap && toks[k + 1].l === 'of' && !toks[k + 1].cap) set('location', STR_CUE + 0.25);
  if (len >= 2 && has(t0, L_LOC_PREFIX)) set('location', STR_CUE + 0.5);
  // "Observation Post Fritsche", "Forward Operating Base Salerno": a military post's kind in two or three words, then its name
  else if (len >= 3 && (MILITARY_POSTS.has(keyRange(toks, a, a + 1)) || (len >= 4 && MILITARY_POSTS.has(keyRange(toks, a, a + 2))))) set('location', STR_CUE + 0.5);
  // "Baghlan-e Jadid", "Dand-e Ghori": a Persian izafe joining the words of a place name; "Tala wa Barfak"
  if (len >= 2 && ((t0.l.charCodeAt(t0.l.length - 2) === 45 && /-[ei]$/.test(t0.l) && !hasGivenName(st, a, b)) || hasParticle(toks, a, b, 'wa'))) set('location', STR_CUE + 0.25);
  // "Pul-e-Charkhi", "Qala-i-Naw", "Dasht-e-Barchi": one word with the izafe inside
  if (len === 1 && t0.t.includes('-') && /\p{L}-[eiy]-\p{Lu}/u.test(t0.t)) set('location', STR_CUE + 0.25);
  // "Joint Base McGuire-Dix-Lakehurst"
  if (len >= 3 && t0.l === 'joint' && toks[a + 1].l === 'base') set('location', STR_CUE + 0.5);
  // "Atlas Air", "Delta Air Lines": airlines
  if (len >= 2 && (last.l === 'air' || (last.l === 'lines' && toks[b - 1].l === 'air'))) set('organization', STR_CUE + 0.5);
  // "82nd Airborne Division", "3rd Infantry Division": a numbered unit ("Division" alone may be a province's)
  if (len >= 2 && isDesignator(last) && (t0.k === ORD || ORDINAL_WORDS.has(t0.l))) set('organization', STR_CUE + 0.75);
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
  // ("[00:12:30] LUCY MARSH:": after a time code; a given name first outweighs a place word inside)
  if ((a === 0 || timeCodeBefore(toks, a)) && len <= 3 && tokAt(toks, b + 1)?.t === ':' && isUpperText(toks, a, b) && !(len === 1 && t0.t.length === 1) && !allCommon(g, toks, a, b) && !lookupAt(st, a, b) && !has(t0, L_NON_ORG) && !has(t0, L_CREDIT) && !(len === 1 && acronymLetters(t0.t))) set('person', len >= 2 && g.given.has(t0.l) ? STR_CUE + 0.75 : STR_CUE + 0.5);
  // a dateline's names are places ("EL FASHER / TAWILA – …", "Addis Abeba – The …")
  if (b < st.dateline && !lookupAt(st, a, b)) set('location', STR_CUE + 0.5);
  // a site's name: "Reuters.com", "USA.gov", "Express.co.uk"
  if (len === 1 && t0.t.length > 4 && t0.l.includes('.') && SITE_NAME.test(t0.l)) set('organization', STR_CUE + 0.5);
  // acronyms: "JNIM", "UNAMA"
  if (len === 1 && t0.upper && t0.t.replace(/[.&]/g, '').length <= 6 && !has(t0, L_COMMON) && !has(t0, L_CREDIT) && !has(t0, L_NON_ORG)) set('organization', STR_CUE);
  // an acronym in brackets ("(SAMIDRC)") stands for the name before it, an organisation if longer than a place code
  // ("(LeT)", "(JeM)", "(FAMa)": mixed-case acronyms too)
  if (len === 1 && tokAt(toks, a - 1)?.t === '(' && tokAt(toks, b + 1)?.t === ')' && (t0.upper || /^\p{Lu}\p{Ll}?\p{Lu}{1,4}$/u.test(t0.t) || /^\p{Lu}{2,5}\p{Ll}$/u.test(t0.t)) && t0.t.length <= 12 && !has(t0, L_NON_ORG)) set('organization', STR_CUE + 0.25);
  if (len === 1 && (has(t0, L_CREDIT) || has(t0, L_NON_ORG) || (st.starts[a] && ADJECTIVE_SUFFIX.test(t0.l)))) {
    emit(st, a, b, 'location', STR_UNKNOWN);
    return;
  }
  // "his first name, Nasrullah,", "only as Qudratullah": one word with a given name's ending
  if (len === 1 && !st.titleCase && givenNameSuffix(t0.l) && !lookup(st, t0.l)) set('person', STR_CUE);
  // person morphology: given names, "-ullah", initials (not the Arabic article "Al": "Al Udeid")
  if (len >= 2 && !st.titleCase) {
    for (let k = a; k < b; k++) {
      const l = toks[k].l;
      if (l === 'al' && k === a) continue;
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
  // ("his company, Virgin Galactic"; not "an official at the company, Yoshiki Enomoto")
  if (prev?.t === ',' && prev2 && prev2.k === WORD && !prev2.cap && (ORG_APPOS_BEFORE.has(prev2.l) || ((prev2.l === 'company' || prev2.l === 'firm') && POSSESSIVE_PRONOUNS.has(tokAt(toks, a - 3)?.l ?? '')))) set('organization', STR_CUE);
  // "Yemen's capital, Sana,", "his hometown, Ghazni": a kind of place just before the name, with a comma
  if (prev?.t === ',' && prev2 && prev2.k === WORD && !prev2.cap && LOC_APPOS_BEFORE.has(prev2.l) && len === 1) set('location', STR_CUE + 0.25);
  if (pw === 'of' && prev2 && prev2.k === WORD && !prev2.cap && ORG_OF_HEADS.has(prev2.l)) set('organization', STR_CUE);
  if (next && next.k === WORD && !next.cap && MEDIA_AFTER.has(next.l)) set('organization', STR_CUE);
  // "identified only by her first name, Fariba,", "who gave his name only as Asres": a person's name, given
  if ((prev?.t === ',' && prev2?.l === 'name' && tokAt(toks, a - 3)?.l === 'first') || (pw === 'as' && prev2?.l === 'only' && tokAt(toks, a - 3)?.l === 'name') || (pw === 'name' && prev2?.l === 'first')) set('person', STR_CUE + 0.5);
  // "a former interpreter I will call Nasrin": a writer's name for a source
  if (len === 1 && pw === 'call' && (prev2?.l === 'will' || prev2?.l === 'shall') && tokAt(toks, a - 3)?.k === WORD) set('person', STR_CUE + 0.5);
  // "Indonesia says Putin will not attend": a world figure's surname alone
  // ("Khalifa Hifter": or the surname of one after a given name)
  if ((len === 1 && WORLD_FIGURES.has(t0.l)) || (len === 2 && WORLD_FIGURES.has(toks[b].l) && toks[b].cap && !has(t0, L_COMMON) && !has(t0, L_TITLE) && next?.l !== 'airport')) set('person', STR_CUE + 0.75);
  // "(Long 2008, 67; Kagan 2009)", "Malkasian (2017)": an author's surname in a citation
  if (len <= 2 && !st.titleCase && !t0.upper && citedAuthor(toks, a, b)) set('person', STR_CUE + 0.5);
  // "Sberbank", "Promsvyazbank": a bank's one-word name
  if (len === 1 && t0.l.length > 6 && t0.l.endsWith('bank') && !t0.upper) set('organization', STR_CUE);
  // "the Ramat David air base"
  if (next?.l === 'air' && !next.cap && next2?.l === 'base') set('location', STR_CUE);
  // "Biden’s Middle East coordinator", "Khan's spokesman": the aide of a person (places have governors, not aides)
  if (len === 1 && personalRoleAfter(toks, b + 1)) set('person', STR_CUE);
  // "Hi, Diaa.", "Thanks, Wolf.", "Thank you, Judy.": a name greeted or thanked in a transcript
  if (len === 1 && prev?.t === ',' && (GREETINGS.has(prev2?.l ?? '') || (prev2?.l === 'you' && tokAt(toks, a - 3)?.l === 'thank')) && (!next || next.k === PUNCT)) set('person', STR_CUE);
  // "militias known as Wazalendo", "a group called X"
  // ("militias known in Arabic as Hashd al-Shaabi": a language between "known" and "as")
  const inLanguage = pw === 'as' && prev2?.cap && tokAt(toks, a - 3)?.l === 'in' && tokAt(toks, a - 4)?.l === 'known' ? 2 : 0;
  if ((pw === 'as' && (prev2?.l === 'known' || inLanguage)) || pw === 'called' || pw === 'named' || pw === 'code-named' || pw === 'codenamed') {
    // ("a former camel trader better known as Hemeti": an adverb before "known")
    const adverb = pw === 'as' && !inLanguage && KNOWN_ADVERBS.has(tokAt(toks, a - 3)?.l ?? '') ? 1 : 0;
    const headAt = a - (pw === 'as' ? 3 + inLanguage + adverb : 2);
    const head = tokAt(toks, headAt);
    // ("The operation, called Moshtarak", "an offensive known as Hamkari": a military operation's name is no entity)
    const opHead = head?.t === ',' ? tokAt(toks, headAt - 1) : head;
    if (opHead && opHead.k === WORD && OPERATION_NOUNS.has(opHead.l) && t0.l !== 'operation') return;
    if (head && head.k === WORD && (ORG_CUE_AFTER.has(head.l) || ORG_CUE_BEFORE.has(head.l) || ORG_APPOS.has(head.l))) set('organization', STR_CUE + 0.25);
    // ("a gang leader known as Djouma")
    else if (head && head.k === WORD && !head.cap && ROLE_NOUNS.has(head.l)) set('person', STR_CUE + 0.25);
  }
  // "better known by his nickname, Barbecue", "nicknamed Bulldozer"
  if (len === 1 && (pw === 'nicknamed' || ((pw === 'nickname' || (prev?.t === ',' && prev2?.l === 'nickname')) && tokAt(toks, a - (pw === 'nickname' ? 2 : 3))?.k === WORD))) set('person', STR_CUE + 0.25);
  // "Mohammed Hamdan Dagalo, known as Hemedti": another name of the person just named
  const justNamed = st.out[st.out.length - 1];
  if (pw === 'as' && justNamed?.type === 'person' && renames(st, a, justNamed)) set('person', STR_CUE + 0.5);
  // "Jawed Rahimi, 34, a carpet trader", "Shabana, 29,": an age between commas follows a person
  if (next?.t === ',' && next2?.k === NUM && digits(next2.t, 1, 2) && tokAt(toks, b + 3)?.t === ',' && !lookupAt(st, a, b)) set('person', STR_CUE + 0.5);
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
  // a contributor line: "Vivian Marsh reported from Riyadh.", "Sidi Ag Alher contributed reporting from Niamey."
  // (stronger than a place word inside the name: "Marsh", "Sidi")
  if (len >= 2 && next && !next.cap && ((next.l === 'contributed' && (next2?.l === 'reporting' || next2?.l === 'research')) || (next.l === 'reported' && next2?.l === 'from'))) set('person', STR_CUE + 0.75);
  // ("Karwan Ali from Raqqa; and Helen Marsh from Washington": the other contributors of the line)
  else if (len >= 2 && next?.l === 'from' && next2?.cap && contributorLine(toks)) set('person', STR_CUE + 0.75);
  // a live blog's author line: "— Matthieu Aikins and Fatima Faizi"
  if (len >= 2 && DASHES.has(toks[0].t) && namesOnly(toks, 1)) set('person', STR_CUE + 0.5);
  // photo credits: "Jim Huylebroek for The New York Times"
  if (next && next.l === 'for' && len >= 2 && creditOutletAt(st, b + 2)) set('person', 3);
  // (not a name led by the Arabic article: "according to Al Masirah, the Houthi-run channel")
  if (pw === 'to' && prev2?.l === 'according' && len >= 2 && !ARABIC_ARTICLES.has(t0.l)) set('person', STR_CUE);
  if (next && next.k === WORD && !next.cap) {
    // ("residents of Ain Zara reported": after "of" or a place preposition the name is not the speaker)
    if (has(next, L_SPEECH) && pw !== 'of' && !(pw && !prev?.cap && LOC_PREPOSITIONS.has(pw))) set('person', STR_CUE);
    // ("the Zamzam displacement camp", "the Ain al-Hilweh refugee camp")
    // ("the Nur Khan air base")
    if (LOC_CUE_AFTER.has(next.l) || (CAMP_KINDS.has(next.l) && (next2?.l === 'camp' || next2?.l === 'camps')) || (next.l === 'air' && (next2?.l === 'base' || next2?.l === 'field'))) set('location', STR_CUE + 0.25);
    if (ORG_CUE_AFTER.has(next.l) && len === 1) set('organization', STR_CUE - 0.25);
    // "members of the Achakzai tribe": peoples are no entity type
    if (next.l === 'tribe' || next.l === 'tribes' || next.l === 'clan' || next.l === 'clans') return;
    // "the Emergency hospital in Lashkar Gah": the Italian medical charity
    if (len === 1 && t0.l === 'emergency' && EMERGENCY_AFTER.has(next.l)) set('organization', STR_CUE + 0.5);
    // "its Aamaq news agency", "the Cobra emergency committee"
    // (stronger than a place of the same name: "the rebel-controlled Saba news agency")
    if ((next.l === 'news' || next.l === 'emergency') && (next2?.l === 'agency' || next2?.l === 'committee')) set('organization', len === 1 ? STR_GAZ + 0.25 : STR_CUE + 0.25);
    // "Viv Ansanm gang coalition", "the Northern Alliance militia": group nouns any name length
    if (GROUP_NOUNS_AFTER.has(next.l)) set('organization', STR_CUE);
    if (PERSON_CUE_AFTER.has(next.l) && len === 1) set('person', STR_CUE);
  }
  // ("the town of Adan Yabaal": stronger than a given name's look)
  // (not a phrase of common words: "a State of Emergency")
  if (pw === 'of' && prev2 && prev2.k === WORD && LOC_OF_HEADS.has(prev2.l) && !allCommon(g, toks, a, b)) set('location', STR_CUE + 0.25);
  // "companies such as Maersk", "groups such as X"
  if (pw === 'as' && prev2?.l === 'such' && ORG_PLURALS.has(tokAt(toks, a - 3)?.l ?? '')) set('organization', STR_CUE + 0.25);
  // "towards Mahas and Bulo Burte": a name coordinated with a place just found, itself no given name
  // and not "Name in Place" ("Kathy Gannon in Islamabad and Rahim Faiez in Istanbul" are people)
  // (nor a name "of" a country: "Ararat Mirzoyan of Armenia and Jeyhun Bayramov of Azerbaijan")
  if ((pw === 'and' || pw === 'or') && a >= 2 && !LOC_PREPOSITIONS.has(next?.l ?? '') && !(next?.l === 'of' && len >= 2) && !hasGivenName(st, a, b)) {
    const before = st.out[st.out.length - 1];
    if (before && before.e === toks[a - 2].e && before.type === 'location' && before.str >= STR_WEAK) set('location', Math.min(before.str, STR_CUE) - 0.25);
    // ("his sons Uday and Qusay": one unknown word coordinated with a person found by a cue)
    else if (before && before.e === toks[a - 2].e && before.type === 'person' && before.str >= STR_CUE && len === 1 && pw === 'and' && !next?.cap && !/^(?:al|el|an|ad|as|ar|at|ash)-/.test(t0.l)) set('person', STR_CUE - 0.25);
  }
  // "the Loya Wiyala and Aino Mina neighborhoods": a plural place noun after the coordinated names
  if (next?.l === 'and' && PLURAL_PLACE_NOUNS.has(coordinatedNext(toks, b + 2)?.l ?? '')) set('location', STR_CUE);
  // "the Trump and Biden administrations"
  if (next?.l === 'and' && coordinatedNext(toks, b + 2)?.l === 'administrations') set('person', STR_CUE);
  // "Firozkoh, Ghor;", "Tarin Kot, Uruzgan": a place, then the province or country it is in, in a list with semicolons (a list of places is title case)
  if (next?.t === ',' && next2?.cap && placeThenRegion(st, b + 2) && (prev?.t === ';' || tokAt(toks, b + 3)?.t === ';')) set('location', STR_CUE);
  if (next && (next.t === ',' || DASHES.has(next.t)) && next2 && !st.titleCase) {
    const ap = appositiveType(toks, b + 2);
    // ("In Zamalka, a nurse said": after a place's preposition the appositive is the sentence's subject's)
    if (ap && !(ap.type === 'person' && len === 1 && (pw === 'in' || pw === 'at' || pw === 'near'))) set(ap.type, ap.str);
  }
  // ("captured Saddam Hussein", "visited Hamid Karzai": after a verb, names with a given name are a person's)
  // ("forces loyal to Riek Machar", "a commander close to Hemedti": after "loyal to" a leader, not a place)
  if (pw && LOC_PREPOSITIONS.has(pw) && !prev?.cap && !(PERSON_OBJECT_VERBS.has(pw) && len >= 2 && hasGivenName(st, a, b)) && !(pw === 'to' && LEADER_BEFORE_TO.has(tokAt(toks, a - 2)?.l ?? ''))) set('location', STR_WEAK + 0.5);
  if (!str) {
    if (allCommon(g, toks, a, b)) {
      emit(st, a, b, 'location', STR_UNKNOWN);
      return;
    }
    // ("Special Immigrant Visas", "Economic Instability": common words with no cue name no one)
    if (len >= 2 && !commonLed(st, a, b)) {
      // ("Al Omar", "Es Sider": a name led by the Arabic article is most often a place's)
      if (ARABIC_ARTICLES.has(t0.l) && t0.cap) set('location', STR_WEAK);
      else if (!notPersonTail(st, last)) set('person', STR_WEAK);
    } else if (g.given.has(t0.l)) set('person', STR_WEAK);
    else if (!st.starts[a]) set('location', STR_WEAK);
  }
  if (st.titleCase && str < STR_CUE) str = STR_UNKNOWN;
  // ("applied for Special Immigrant Visas": a preposition alone makes no place of common words)
  if (str <= STR_WEAK + 0.5 && type === 'location' && len >= 2 && commonLed(st, a, b)) str = STR_UNKNOWN;
  if (!type) type = 'location';
  // a leading capitalised "The" belongs to outlet names: "The Oasis Reporters"
  const from = theIdx >= 0 && type === 'organization' && (has(last, L_MEDIA_DES) || !st.starts[theIdx]) ? theIdx : a;
  emit(st, from, b, type, str);
  // "Dagalo, better known as Hemedti", "the Syrian Civil Defense, known as the White Helmets": another name of the name just
  // before; the document table gives it that name's type
  const named = st.out[st.out.length - 2];
  // (not a name whose last word types it: "the Tel Aviv Museum of Art, known as Hostages Square")
  if (str >= STR_WEAK && str < STR_GAZ && named && !has(toks[b], L_LOC_SUFFIX) && !isDesignator(toks[b]) && renames(st, from, named)) st.out[st.out.length - 1].renames = named.key;
}

/** ", known as", ", better known as", ", known in Arabic as", "(also known as" (and "the") before toks[a] give another name to `named`, the candidate just before. */
function renames(st: LineState, a: number, named: Cand): boolean {
  const { toks } = st;
  let k = a - 1;
  if (tokAt(toks, k)?.l === 'the') k--;
  if (tokAt(toks, k)?.l !== 'as') return false;
  k--;
  // (a language: "known in Arabic as")
  if (tokAt(toks, k)?.cap && tokAt(toks, k - 1)?.l === 'in') k -= 2;
  if (tokAt(toks, k)?.l !== 'known') return false;
  k--;
  // ("Mr. Pathmanathan, who is known as K.P.")
  if ((tokAt(toks, k)?.l === 'is' || tokAt(toks, k)?.l === 'was') && tokAt(toks, k - 1)?.l === 'who') k -= 2;
  // (one adverb: "widely", "better", "also")
  const adv = tokAt(toks, k);
  if (adv && adv.k === WORD && !adv.cap && (adv.l.endsWith('ly') || adv.l === 'better' || adv.l === 'also')) k--;
  // ("Igor Girkin (also known as Strelkov)": in brackets)
  return (tokAt(toks, k)?.t === ',' || tokAt(toks, k)?.t === '(') && k >= 1 && !!named.key && named.e === toks[k - 1].e;
}

/** toks[k] is a known province or country ending a list item ("Ghor;", "Uruzgan" at the line's end). */
function placeThenRegion(st: LineState, k: number): boolean {
  const e = lookupAt(st, k, k);
  const after = tokAt(st.toks, k + 1);
  return !!e && e.type === 'location' && (e.kind === 'subdivision' || e.kind === 'country' || e.kind === 'region') && (!after || after.t === ';');
}

/** Portfolios of ministries, kept before "Ministry" or "Department" in a headline ("Health Ministry"). */
const PORTFOLIO_WORDS = new Set([...PORTFOLIOS, 'foreign', 'defence', 'interior']);

/** Place suffixes that are also common surnames ("Helena Marsh", "Doug Mills", "Evan Hill"). */
const SURNAME_SUFFIXES = new Set(['marsh', 'hill', 'hills', 'wood', 'woods', 'field', 'fields', 'brook', 'brooks', 'banks', 'wells', 'mills', 'rivers', 'ford', 'bridges']);

/** Words before "to" and a leader's name ("loyal to", "close to", "allied to"). */
const LEADER_BEFORE_TO = new Set(['loyal', 'allied', 'close', 'linked', 'tied', 'answerable', 'married', 'succeeded']);

/** Verbs among LOC_PREPOSITIONS whose object may be a person ("captured Saddam Hussein"). */
const PERSON_OBJECT_VERBS = new Set(['captured', 'seized', 'visited', 'reached']);

/** Roles only a person has (no place or body): "X’s spokesman", "X's Middle East coordinator". */
const PERSONAL_ROLES = new Set(['aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'spokesman', 'spokeswoman', 'spokesperson', 'coordinator', 'wife', 'husband', 'son', 'daughter', 'sons', 'daughters', 'brother', 'sister', 'lawyer', 'lawyers', 'attorney', 'successor', 'predecessor', 'envoy', 'campaign']);
const GREETINGS = new Set(['hi', 'hello', 'thanks', 'morning', 'evening', 'afternoon', 'welcome', 'congratulations']);

/** A possessive at k, then at most three capitalised words, then a role only a person has. */
function personalRoleAfter(toks: Tok[], k: number): boolean {
  const p = tokAt(toks, k);
  if (!isPossessive(p)) return false;
  for (let x = k + 1; x <= k + 4; x++) {
    const t = tokAt(toks, x);
    if (!t || t.k !== WORD) return false;
    if (!t.cap) return PERSONAL_ROLES.has(t.l);
  }
  return false;
}

/** Two consonants no English or transliterated word begins with, or no vowel at all: an acronym ("MNDAA", "TNLA", "NDS"), not a surname in capitals ("BLITZER"). */
export function acronymLetters(w: string): boolean {
  if (!/^[A-Z]{2,6}$/.test(w)) return false;
  if (!/[AEIOUY]/.test(w)) return true;
  return !VOWEL.test(w[0]) && !VOWEL.test(w[1]) && !ONSETS.has(w.slice(0, 2));
}
const VOWEL = /[AEIOUY]/;
const ONSETS = new Set(['BL', 'BR', 'CH', 'CL', 'CR', 'DR', 'DH', 'DZ', 'FL', 'FR', 'GH', 'GL', 'GR', 'KH', 'KL', 'KN', 'KR', 'KW', 'PH', 'PL', 'PR', 'PS', 'SC', 'SH', 'SK', 'SL', 'SM', 'SN', 'SP', 'SQ', 'ST', 'SV', 'SW', 'SZ', 'TH', 'TR', 'TS', 'TW', 'TZ', 'VL', 'VR', 'WH', 'WR', 'ZH', 'ZW', 'BH', 'JH', 'CZ', 'DJ', 'DW']);

/** What an appositive at i says the name before it is: ", the spokesman for" → person; ", the capital of" → location; ", who" → person. */
export function appositiveType(toks: Tok[], i: number): { type: string; str: number } | undefined {
  const t = toks[i];
  if (!t || t.k !== WORD) return undefined;
  if (t.l === 'who' || (t.l === 'aged' && tokAt(toks, i + 1)?.k === NUM)) {
    return { type: 'person', str: STR_CUE };
  }
  if (t.k === WORD && !t.cap && t.l !== 'the' && t.l !== 'a' && t.l !== 'an' && t.l !== 'his' && t.l !== 'its' && t.l !== 'their' && t.l !== 'our') return undefined;
  for (let k = i + 1; k < i + 6 && k < toks.length; k++) {
    const w = toks[k];
    // (the appositive's own noun comes before any preposition: not ", a widow from Sholgara District")
    if (w.k !== WORD || APPOS_STOPS.has(w.l)) return undefined;
    // (", the bank’s acting governor": past the possessor to the role)
    if (isPossessive(tokAt(toks, k + 1))) {
      k++;
      continue;
    }
    // ("from Izium, Peskov said the president was …": a speaker and his verb begin a new clause)
    if (SPEECH_VERBS.has(w.l)) return undefined;
    // (", the agency's country director": a place or body word modifying the role after it)
    if (ROLE_NOUNS.has(w.l) || ((LOC_APPOS.has(w.l) || ORG_APPOS.has(w.l)) && ROLE_NOUNS.has(tokAt(toks, k + 1)?.l ?? ''))) {
      return { type: 'person', str: STR_CUE };
    }
    // (", a town the militants had used": after "a", stronger than a given name's look, "Adan Yabaal")
    // (a capitalised one only at the appositive's end, "Kohistanat, Sar-e Pul Province:", not inside a name: "Ned Price, the
    // State Department spokesman")
    const kind = !w.cap || !tokAt(toks, k + 1) || tokAt(toks, k + 1).k === PUNCT;
    if (LOC_APPOS.has(w.l) && kind) {
      return { type: 'location', str: t.l === 'a' || t.l === 'an' ? STR_CUE + 0.25 : STR_CUE };
    }
    if (ORG_APPOS.has(w.l) && kind) {
      return { type: 'organization', str: STR_CUE };
    }
    if (w.l === 'of' || w.l === 'for' || w.l === 'who' || w.l === 'which' || w.l === 'that') return undefined;
  }
  return undefined;
}

const DOCUMENT_PARTS = new Set(['section', 'article', 'chapter', 'clause', 'paragraph', 'para', 'page', 'item', 'annex', 'part', 'appendix', 'table', 'figure']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);
/** Only a time code before toks[a] on its line ("00:00:04", "[00:12:30]"). */
function timeCodeBefore(toks: Tok[], a: number): boolean {
  let num = false;
  for (let k = 0; k < a; k++) {
    const t = toks[k];
    if (t.k === NUM) num = true;
    else if (t.t !== ':' && t.t !== '[' && t.t !== ']' && t.t !== '(' && t.t !== ')') return false;
  }
  return num;
}

/** Kinds of camp between a camp's name and "camp" ("the Zamzam displacement camp"). */
const CAMP_KINDS = new Set(['displacement', 'refugee', 'refugees', 'displaced', 'detention', 'transit', 'idp', 'army', 'military', 'training']);

const APPOS_STOPS = new Set(['from', 'in', 'at', 'with', 'near', 'to', 'on', 'by']);

/** The word after the capitalised run starting at i ("… and Aino Mina neighborhoods" → "neighborhoods"). */
function coordinatedNext(toks: Tok[], i: number): Tok | undefined {
  let e = i;
  while (e < toks.length && toks[e].k === WORD && toks[e].cap) e++;
  return e > i ? tokAt(toks, e) : undefined;
}

/** Given names that are demonyms too ("Danish Siddiqui"). */
const DEMONYM_GIVEN_NAMES = new Set(['danish']);

/** Newspapers' short names after "the" ("The Post", "the Times"). */
const NEWSPAPER_SHORT = new Set(['times', 'post', 'journal', 'guardian', 'telegraph', 'economist', 'herald', 'tribune', 'gazette', 'chronicle', 'observer']);

/** Nouns after "Emergency" that make it the medical charity ("the Emergency hospital", "Emergency surgical center"). */
const EMERGENCY_AFTER = new Set(['hospital', 'hospitals', 'surgical', 'charity', 'trauma', 'clinic', 'clinics', 'center', 'centre', 'staff', 'nurses', 'doctors']);

/** A run led by a common word that is no given name, most of its words common ones ("Special Immigrant Visas"). */
function commonLed(st: LineState, a: number, b: number): boolean {
  const { toks, g } = st;
  if (!has(toks[a], L_COMMON) || g.given.has(toks[a].l) || COMMON_GIVEN_NAMES.has(toks[a].l)) return false;
  let common = 0;
  for (let k = a; k <= b; k++) if (has(toks[k], L_COMMON) || isCommonWord(g, toks[k].l)) common++;
  return common * 2 > b - a + 1;
}

const SITE_NAME = /^[a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|info|io|mil|me)$/;


/** The Arabic article written as a word of its own ("Al Masirah", "Es Sider", "El Feel"). */
const ARABIC_ARTICLES = new Set(['al', 'el', 'es', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an']);

/** Last words of the names of agreements, laws and awards, which are no person's. */
const DOCUMENT_TAILS = new Set(['agreement', 'agreements', 'accord', 'accords', 'treaty', 'convention', 'protocol', 'act', 'declaration', 'prize', 'award', 'doctrine', 'initiative']);


/** toks[from..] are capitalised words, "and" and commas only. */
function namesOnly(toks: Tok[], from: number): boolean {
  if (toks.length - from < 2) return false;
  for (let k = from; k < toks.length; k++) {
    const t = toks[k];
    if (!((t.k === WORD && (t.cap || t.l === 'and')) || t.t === ',')) return false;
  }
  return true;
}

/** A last word no person's name ends in: a common plural ("Azawad Movements", "Improvised Explosive Devices") or a doctrine ("Zaydi Shiism"). */
function notPersonTail(st: LineState, last: Tok): boolean {
  const l = last.l;
  if (l.length > 5 && l.endsWith('ism')) return true;
  // ("The Bonn Agreement", "a Pulitzer Prize"): documents and awards
  if (DOCUMENT_TAILS.has(l)) return true;
  return l.length > 4 && l.endsWith('s') && !l.endsWith('ss') && isCommonWord(st.g, l) && isCommonWord(st.g, l.slice(0, l.endsWith('ies') ? -3 : -1) + (l.endsWith('ies') ? 'y' : ''));
}

/** Whether a word of toks[a..b] is a given name ("Rahim", "-ullah"). */
function hasGivenName(st: LineState, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (st.g.given.has(st.toks[k].l) || givenNameSuffix(st.toks[k].l)) return true;
  return false;
}

/** Whether the lowercase word `w` stands inside toks[a..b]. */
function hasParticle(toks: Tok[], a: number, b: number, w: string): boolean {
  for (let k = a + 1; k < b; k++) if (!toks[k].cap && toks[k].l === w) return true;
  return false;
}

/** In toks[a..b], the first word after the last "designator of/for" ("Department of State" → "State"), or -1. */
function designatedOfEnd(toks: Tok[], a: number, b: number): number {
  for (let k = b - 2; k >= a; k--) {
    const c = toks[k + 1];
    if (!c.cap && (c.l === 'of' || c.l === 'for' || c.l === 'on') && isDesignator(toks[k]) && designatorTail(toks, k)) return k + 2;
  }
  return -1;
}

/** toks[from..b] are title words, with "the" between ("the Inspector General", "the Spokesperson"), at least one. */
function titlesOnly(toks: Tok[], from: number, b: number): boolean {
  let n = 0;
  for (let k = from; k <= b; k++) {
    if (toks[k].l === 'the') continue;
    if (!has(toks[k], L_TITLE)) return false;
    n++;
  }
  return n > 0;
}

/** Adverbs before "known as": "better known as", "widely known as". */
const KNOWN_ADVERBS = new Set(['better', 'also', 'widely', 'commonly', 'popularly', 'locally', 'simply']);

/** Kinds of place named after a comma: "the capital, Sana", "his hometown, Ghazni". */
const LOC_APPOS_BEFORE = new Set(['capital', 'hometown', 'birthplace', 'stronghold', 'heartland']);

/** Names of military posts of more than one word, before the post's own name. */
const MILITARY_POSTS = new Set(['observation post', 'combat outpost', 'patrol base', 'forward operating base', 'fire base', 'fire support base']);

/** Letters of honours and degrees after a name. */
const POST_NOMINALS = new Set(['KC', 'QC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'CMG', 'KCMG', 'GCMG', 'FRS', 'PhD', 'Ph.D.', 'Esq.', 'Esq']);

/** A number in Roman numerals from II ("Chamber II", "Minsk II"). */
const ROMAN_NUMBER = /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;

/** Military operations: a name given them ("called X", "known as X") names no entity. */
const OPERATION_NOUNS = new Set(['operation', 'offensive', 'campaign', 'counteroffensive']);

/** Kinds of storm before a storm's name ("Cyclone Nargis"). */
const STORM_WORDS = new Set(['cyclone', 'hurricane', 'typhoon']);

/** toks[b] follows a designator and its lowercase "for" or "of" inside the run ("Committee for Justice"). */
function designatorFor(toks: Tok[], a: number, b: number): boolean {
  // ("Coalition for International Justice": or with one capitalised word between)
  const k = b - 2 >= a && !toks[b - 1].cap ? b - 1 : b - 3 >= a && !toks[b - 2].cap && toks[b - 1].cap ? b - 2 : -1;
  return k > a && (toks[k].l === 'for' || toks[k].l === 'of') && isDesignator(toks[k - 1]);
}

/** Plural addressees of a parliament's speeches ("Hon. Members"). */
const ADDRESSEES = new Set(['members', 'friends', 'colleagues', 'gentlemen', 'ladies', 'senators', 'ministers']);
