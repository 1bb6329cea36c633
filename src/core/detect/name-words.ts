/** The words the name rules ask about: cue-word sets, lexicon bits per token (`has`), and tests on one word or token. */
import { gazetteer, isDemonym, type Gazetteer } from './gazetteer';
import { BYLINE_WORDS, CREDIT_WORDS, DIRECTIONS, GIVEN_NAME_SUFFIX, LOC_PREFIXES, LOC_SUFFIXES, MEDIA_DESIGNATORS, NON_ORG_ACRONYMS, NP_STOP, ORG_DESIGNATORS, ROLE_NOUNS, SPEECH_VERBS, TITLES } from './lexicon';
import { F_HYPHEN, ORD, WORD, isUpperCode, tokAt, type Tok } from './tokens';

export const LOC_APPOS = new Set(['capital', 'district', 'city', 'town', 'village', 'province', 'region', 'country', 'suburb', 'neighborhood', 'neighbourhood', 'base', 'port', 'crossing', 'area', 'hamlet', 'settlement', 'state', 'gorge', 'valley', 'pass', 'river', 'island', 'peninsula', 'mountain', 'ridge', 'desert', 'oasis', 'enclave']);
export const CITY = 'city';
/** Plural nouns of organisations before "such as" ("companies such as Maersk"). */
export const ORG_PLURALS = new Set(['companies', 'groups', 'organisations', 'organizations', 'agencies', 'outlets', 'militias', 'firms', 'airlines', 'charities', 'ngos', 'parties', 'platforms', 'insurers', 'banks', 'lenders', 'carriers', 'broadcasters', 'newspapers', 'networks', 'factions', 'movements']);
/** Plural place nouns after coordinated names ("the X and Y neighborhoods"). */
export const PLURAL_PLACE_NOUNS = new Set(['neighborhoods', 'neighbourhoods', 'districts', 'provinces', 'villages', 'towns', 'cities', 'camps', 'regions', 'suburbs', 'counties', 'states', 'islands', 'valleys']);
/** Verbs and prepositions before "US" the pronoun ("FOLLOW US", "CONTACT US"). */
export const PRONOUN_VERBS = new Set(['follow', 'contact', 'join', 'about', 'email', 'tell', 'help', 'support', 'subscribe']);
/** Labels of contact lines ("Tel:", "Email:"). */
export const CONTACT_LABELS = new Set(['tel', 'tel.', 'fax', 'email', 'e-mail', 'phone', 'mob', 'mobile', 'web', 'url', 'whatsapp']);
/** Upper-case labels of a page's fields, not transcript speakers ("DISINFO:", "SUMMARY:", "VERDICT:"). */
export const PAGE_LABELS = new Set(['notice', 'disclaimer', 'revisions', 'revision', 'corrections', 'disinfo', 'disproof', 'summary', 'verdict', 'claim', 'rating', 'status', 'update', 'updated', 'note', 'context', 'background', 'conclusion', 'correction', 'clarification', 'analysis', 'keywords', 'tags', 'languages', 'language', 'outlet', 'outlets', 'source', 'sources', 'photo', 'video', 'caption', 'credit', 'editor', 'country', 'countries', 'reported', 'published', 'date', 'fact', 'myth', 'reality', 'explainer', 'watch', 'read', 'listen', 'share', 'topics', 'related', 'breaking', 'live', 'exclusive', 'opinion', 'comment', 'transcript', 'warning', 'alert', 'location', 'coordinates', 'unit', 'type', 'time', 'method', 'confidence', 'assessment']);
/** English given names that are common words too (the given-name list leaves them out): "Bill Roggio, the editor", "Will Hurd said". */
export const COMMON_GIVEN_NAMES = new Set(['leo', 'bill', 'mark', 'will', 'frank', 'grant', 'rich', 'chase', 'hope', 'faith', 'joy', 'grace', 'rose', 'dawn', 'art', 'bob', 'jack', 'pat', 'ray', 'guy', 'sue', 'gene', 'penny', 'ruby', 'pearl', 'victor', 'lance', 'wade', 'dean', 'drew', 'earl', 'glen', 'miles', 'rod', 'summer', 'heath', 'cliff', 'holly', 'iris', 'lily', 'sterling', 'buck', 'hunter', 'max', 'ken', 'don', 'emir']);
/** Words of no entity type when capitalised alone: religions and scriptures ("within Islam"), holidays date.ts did not take, question words of headings ("**What** happens"), citation marks ("Ibid.", "P.S."). */
export const NO_ENTITY_WORDS = new Set(['who', 'what', 'why', 'how', 'islam', 'christianity', 'judaism', 'hinduism', 'buddhism', 'sikhism', 'ramadan', 'ramazan', 'eid', 'eid al-adha', 'eid al-fitr', 'nowruz', 'navroz', 'muharram', 'ashura', 'diwali', 'hanukkah', 'passover', 'christmas', 'easter', 'shariah', 'sharia', 'god', 'allah', 'quran', 'koran', 'ibid', 'ibid.', 'p.s.', 'marines', 'no.', 'pulitzer', 'nobel', 'pulitzer prize', 'pulitzer prize-winning', 'nobel prize', 'nobel peace prize', 'nobel prize-winning',
  // pronouns and possessives a heading run into the next sentence capitalises ("Updates on Afghanistan Our reporters …")
  'our', 'we', 'my', 'your', 'their',
  // adjectives of no place or body ('Olympic teams', 'a Jesuit priest')
  'olympic', 'paralympic', 'jesuit', 'jesuits', 'zoroastrianism', 'yazidism', 'ebola', 'shiism', 'sunnism',
  // military operations named without "Operation" ("launched Zarb-e-Azb"; name-chain.ts leaves "Operation X" out)
  'zarb-e-azb', 'rah-e-nijat', 'rah-e-rast', 'rah-e-haq', 'radd-ul-fasaad', 'moshtarak', 'khanjar',
  // software and page furniture ("on iOS or Android", "Please turn on JavaScript", "F.A.Q.")
  'android', 'ios', 'javascript', 'f.a.q.', 'faq', 'faqs', 'chrome', 'firefox', 'reprints', 'buy', 'buy reprints', 'order reprints', 'timeline',
  // licences of encyclopedia pages ("under CC BY-SA 4.0")
  'cc', 'cc by-sa', 'cc by', 'attribution-sharealike license', 'attribution-sharealike',
  // parliamentary papers' labels ("UIN HL2045", "Q. No. 142")
  'uin', 'q.', 'q. no.',
  // advisories' labels and a country's constitution ("Security Alert", "Under the Constitution")
  'security', 'alert', 'security alert', 'constitution',
  // statues and pilgrimages ("the giant Buddhas of Bamiyan", "Umrah pilgrims"); compass abbreviations of addresses ("Avenue, NW")
  'buddha', 'buddhas', 'umrah', 'hajj', 'nw', 'ne', 'sw',
  // the article alone ("A provincial council member said")
  'a', 'the',
  // broadcast transcripts' stage directions and labels ("(CROSSTALK)", "DIAA HADID, BYLINE:")
  'nobel', 'nobel prize', 'nobel peace prize',
  'crosstalk', 'byline', 'laughter', 'applause', 'inaudible', 'unintelligible',
  // time zones ("at 6:00 a.m. EST")
  'est', 'edt', 'gmt', 'utc', 'pst', 'pdt', 'cst', 'cdt', 'mst', 'mdt', 'cet', 'cest', 'bst', 'pkt', 'eet', 'eest', 'msk']);
/** Legal forms of companies ("Al-Monitor, LLC."). */
export const COMPANY_FORMS = new Set(['llc', 'llc.', 'inc', 'inc.', 'ltd', 'ltd.', 'plc', 'gmbh', 'corp', 'corp.', 'co.', 'limited', 'pbc']);
/** Aircraft, vehicles and weapons, no entity type ("Black Hawk", "Chinooks", "Bayraktar"). */
export const VEHICLE_NAMES = new Set(['grad', 'grads', 'brimstone', 'brimstones', 'nimrod', 'nimrods', 'harop', 'harops', 'tb2', 'tb2s', 'iron dome', 'qassam', 'qassams', 'wing loong', 'wing loongs', 'tow', 'buk', 'buks', 'kornet', 'kornets', 'pantsir', 'katyusha', 'katyushas', 'kalashnikov', 'kalashnikovs', 'hellfire', 'hellfires', 'black hawk', 'black hawks', 'blackhawk', 'blackhawks', 'chinook', 'chinooks', 'apache', 'apaches', 'reaper', 'reapers', 'mq-9 reaper', 'predator', 'predators', 'globemaster', 'c-17 globemaster', 'hercules', 'super hercules', 'abrams', 'bradley', 'bradleys', 'leopard', 'leopards', 'javelin', 'javelins', 'stinger', 'stingers', 'tomahawk', 'tomahawks', 'bayraktar', 'bayraktars', 'shahed', 'shaheds', 'super tucano', 'super tucanos', 'tucano', 'tucanos', 'humvee', 'humvees', 'osprey', 'ospreys', 'warthog', 'pantsir', 'tochka', 'iskander', 'kalibr', 'kinzhal', 'storm shadow', 'himars', 'stryker', 'strykers', 'marder', 'challenger', 'mig', 'sukhoi', 'tupolev', 'ilyushin', 'antonov', 'mi-8', 'mi-17', 'mi-24', 'mi-35', 'typhoon', 'typhoons', 'eurofighter', 'eurofighters', 'rafale', 'rafales', 'gripen', 'gripens', 'tornado', 'tornados', 'harrier', 'harriers', 'mirage', 'mirages', 'super puma', 'super pumas', 'scud', 'scuds', 'exocet', 'exocets', 'sea harrier', 'sea harriers', 'super étendard', 'super etendard', 'super étendards', 'skyhawk', 'skyhawks', 'pucará', 'pucaras', 'pucarás', 'vulcan', 'vulcans', 'patriot', 'patriots', 'sea king', 'sea kings', 'wessex', 'f-117', 'nighthawk', 'nighthawks', 'silkworm', 'silkworms']);
/** First words of VEHICLE_NAMES (a run's key is built only when its first word is one). */
export const VEHICLE_FIRST_WORDS = new Set([...VEHICLE_NAMES].map((n) => n.split(' ')[0]));
/** Lowercase place nouns after a short name that keep a title word inside it ("the Sheikh Jarrah neighborhood", "Imam Sahib district"). */
export const PLACE_NOUNS_AFTER = new Set(['neighborhood', 'neighbourhood', 'neighborhoods', 'neighbourhoods', 'district', 'districts', 'village', 'villages', 'town', 'camp', 'suburb', 'quarter', 'area', 'city', 'province', 'valley', 'township', 'hamlet', 'settlement']);
/** Connectors that organisations' names write with a capital ("Partners In Health"). */
export const CAPITAL_CONNECTORS = new Set(['in', 'for', 'of', 'on', 'against', 'without', 'with']);
/** Lowercase nouns after a name of any length that make it a group or another organisation ("Viv Ansanm gang"). */
export const GROUP_NOUNS_AFTER = new Set(['gang', 'gangs', 'coalition', 'cartel', 'militia', 'militias', 'guerrilla', 'guerrillas', 'insurgency', 'paramilitaries', 'foundation', 'charity', 'ngo', 'organisation', 'organization', 'newspaper', 'broadcaster', 'network']);
/** Kinds of organisation named just before a name ("pollster Invamer", "broadcaster X"). */
export const ORG_CUE_BEFORE = new Set(['studio', 'developer', 'publisher', 'maker', 'manufacturer', 'contractor', 'operator', 'supplier', 'retailer', 'brand', 'pollster', 'broadcaster', 'newspaper', 'daily', 'weekly', 'outlet', 'militia', 'gang', 'cartel', 'insurer', 'lender', 'carrier', 'airline', 'automaker', 'firm', 'company', 'consultancy', 'channel', 'charity', 'think-tank', 'startup', 'conglomerate', 'bank', 'watchdog', 'monitor', 'tracker', 'group', 'shipbroker', 'broker', 'shipper', 'exporter', 'agency']);
/** Kinds of organisation that name one after a comma too ("its television channel, Al Masirah", "its Japanese operator, Nippon Yusen"; not "company": "an official at the company, Yoshiki Enomoto"). */
export const ORG_APPOS_BEFORE = new Set(['channel', 'operator', 'broadcaster', 'newspaper', 'agency', 'consultancy', 'shipbroker', 'insurer', 'carrier', 'airline', 'automaker']);
/** Roles in a company before "of" ("the chief executive of Maersk", "the founder of Wagner"). */
export const ORG_OF_HEADS = new Set(['executive', 'executives', 'ceo', 'founder', 'founders', 'shareholders', 'subsidiary', 'owner', 'owners']);
/** Media nouns after a name that make it an outlet ("on Al Masirah television", "Saba news agency"). */
export const MEDIA_AFTER = new Set(['television', 'tv', 'radio']);
/** Designators naming a body of a known organisation when they follow it ("AU Commission", "U.N. Office"). */
const ORG_BODIES = new Set(['office', 'commission', 'mission', 'secretariat', 'committee', 'agency', 'council', 'programme', 'program', 'fund', 'tribunal', 'directorate']);
/** Compass words that begin place names ("North Kivu", "West Bank", "Central Plateau"); "Northern" and the like describe. */
/** Ordinals written as words: units ("the Iraqi Army's Ninth Division", "Fifth Marines") and streets ("Eighth Avenue"). */
export const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'fifteenth', 'seventeenth', 'twentieth']);
export const COMPASS_NOUNS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'middle', 'upper', 'lower', 'central']);
export const ORG_APPOS = new Set(['group', 'forces', 'organization', 'organisation', 'agency', 'outlet', 'newspaper', 'company', 'firm', 'website', 'charity', 'network', 'militia', 'movement', 'party', 'coalition', 'alliance', 'faction', 'unit', 'brigade', 'ngo', 'broadcaster', 'channel', 'publication', 'magazine', 'monitor', 'watchdog', 'think tank', 'institute', 'consultancy', 'startup', 'bank', 'union', 'militias', 'gangs', 'project', 'initiative', 'programme', 'program', 'platform', 'pollster', 'cartel']);
/** Abstract nouns by their ending ("Repatriation", "Development", "Governance"): inside a designated name after "and". */
/** Ministers' portfolios named by one word ("Minister of Interior", "Ministry of Industry and Commerce"). */
export const PORTFOLIOS = new Set(['interior', 'defense', 'defence', 'finance', 'justice', 'health', 'education', 'economy', 'commerce', 'information', 'agriculture', 'energy', 'culture', 'refugees', 'labour', 'labor', 'trade', 'industry', 'transport', 'mines']);
export const ABSTRACT_NOUN = /(?:tion|sion|ment|ance|ence|ity|ism|ness|ship|ure)$/;
export const ADJECTIVE_SUFFIX = /(?:ial|ical|ary|ive|ous|ful|less|able|ible|ing|ed)$/;

/** isCommonWord's answers: the same words come back all the time, and each answer costs several set lookups. */
const commonMemo = new Map<string, boolean>();

export function isCommonWord(g: Gazetteer, l: string): boolean {
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
  // (a given name is no common word by its ending: "Sayed", "Hamed", "Rashed")
  if (g.given.has(l)) return false;
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
  // contractions: "I'll", "We’ve", "Don't", "It’s"
  const apos = Math.max(l.indexOf("'"), l.indexOf('’'));
  if (apos > 0 && CONTRACTION_ENDS.has(l.slice(apos + 1))) {
    const base = l.slice(0, apos);
    if (base === 'i' || commonWord(g, base) || (l.endsWith('t') && base.endsWith('n'))) return true; // "don't", "won't"
  }
  return false;
}

/** Endings of English contractions after the apostrophe. */
const CONTRACTION_ENDS = new Set(['ll', 'm', 've', 'd', 're', 't', 's']);

const ARTICLE_PREFIX = /^(al|el|ad|an|as|ash|at|ar|az|ez|es|ed|er|en|et|ul|ur|ud|ibn|bin|wal|wa)-\p{Lu}/u;

/** Plural nouns whose possessive opens the rest of a name ("People’s Liberation Army", "United Nations Children’s Fund", "Ministry of Women’s Affairs"). */
/** The head word of a state's formal name before "of" ("the Kingdom of the Netherlands", "Sultanate of Oman"). */
export const STATE_FORMS = new Set(['republic', 'kingdom', 'state', 'commonwealth', 'emirate', 'sultanate', 'principality', 'duchy', 'federation', 'confederation']);

export const POSSESSIVE_HEADS = new Set(['people', 'women', 'children', 'workers', 'veterans', 'martyrs', 'farmers', 'mothers', 'journalists', 'students', 'youth', 'writers', 'lawyers', 'teachers']);
/** Words that continue a known organisation's name as its channel or company ("TOLOnews TV", "Al Jazeera Media Network"). */
export const MEDIA_TAILS = new Set(['tv', 'television', 'media', 'network', 'radio', 'online', 'digital', 'verify', 'monitoring', 'fact', 'check']);
export const SERVICE_LANGUAGES = new Set(['persian', 'burmese', 'arabic', 'urdu', 'pashto', 'dari', 'russian', 'ukrainian', 'somali', 'hausa', 'swahili', 'amharic', 'tigrinya', 'french', 'spanish', 'english', 'chinese', 'turkish', 'hindi', 'bangla', 'bengali', 'afrique', 'mundo', 'brasil', 'farsi', 'uzbek', 'kyrgyz', 'tajik', 'azeri']);

/** Arabic and Persian words that open names of movements and armed groups ("Jama’at Nusrat al-Islam wal-Muslimin", "Harakat al-Shabaab"). */
export const GROUP_HEADS = new Set(['jama’at', "jama'at", 'jamaat', 'jamaah', 'jamaa', 'harakat', 'harakat', 'hizb', 'hezb', 'jabhat', 'jaish', 'jaysh', 'liwa', 'katibat', 'kataib', 'tehrik', 'tehreek', 'tahrir', 'ansar', 'ansaru', 'lashkar', 'saraya', 'faylaq', 'asaib', 'majlis', 'jamiat', 'junbish', 'jabha', 'ittehad', 'ittihad', 'tehreek', 'shura']);

/** Lexicon bits of a token's lowercase word (Tok.x), computed once per token: the name rules ask several sets about the same words. */
export const L_LOC_SUFFIX = 1 << 0;
export const L_ORG_DES = 1 << 1;
export const L_MEDIA_DES = 1 << 2;
export const L_DIRECTION = 1 << 3;
export const L_CREDIT = 1 << 4;
export const L_NON_ORG = 1 << 5;
export const L_TITLE = 1 << 6;
export const L_ROLE = 1 << 7;
export const L_ORG_WEAK = 1 << 8;
export const L_LOC_PREFIX = 1 << 9;
export const L_VESSEL = 1 << 10;
export const L_TITLE_FIRST = 1 << 11;
export const L_SPEECH = 1 << 12;
export const L_SHIP = 1 << 13;
export const L_BYLINE = 1 << 14;
export const L_COMMON = 1 << 15;
export const L_DEMONYM = 1 << 16;
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
export function has(t: Tok, bits: number): boolean {
  let x = t.x;
  if (x < 0) x = t.x = lexBits(t.l);
  return (x & bits) !== 0;
}

export function capLike(t: Tok): boolean {
  return t.cap || articlePrefixed(t);
}

/** "al-Qaeda", "el-Sisi": a lowercase Arabic article glued to a capitalised name. */
function articlePrefixed(t: Tok): boolean {
  const w = t.t;
  // "d'Ivoire", "l'Azawad": a French article glued by an apostrophe
  if ((w.charCodeAt(1) === 39 || w.charCodeAt(1) === 0x2019) && (w.charCodeAt(0) === 100 || w.charCodeAt(0) === 108) && isUpperCode(w.charCodeAt(2))) return true;
  if (w.length < 4 || (w.charCodeAt(1) !== 45 && w.charCodeAt(2) !== 45 && w.charCodeAt(3) !== 45)) return false;
  const h = w.indexOf('-');
  return h > 0 && h <= 3 && ARTICLE_PREFIX.test(t.t);
}

export function isNameTok(t: Tok | undefined, used: Uint8Array, i: number, toks?: Tok[]): boolean {
  if (t && toks && t.k === ORD && !used[i] && tokAt(toks, i + 1)?.cap && tokAt(toks, i + 1).sp) return true; // "47th Mechanized Brigade"
  if (!t || used[i] || t.k !== WORD) return false;
  // ("U-turn", "T-shirt", "X-ray": a capital letter before a hyphen and a common word names nothing)
  // ("I'm Nick Schifrin": the pronoun with its verb names nothing)
  if (t.cap) return !(t.upper && (t.l === 'and' || t.l === 'or' || t.l === 'by' || t.l === 'via')) && !(t.t.charCodeAt(1) === 45 && t.t.length > 3 && t.t.charCodeAt(2) >= 97 && t.t.charCodeAt(2) <= 122) && !(t.l.charCodeAt(0) === 105 && t.l.length <= 4 && (t.l.charCodeAt(1) === 39 || t.l.charCodeAt(1) === 0x2019));
  // al-Qaeda, el-Sisi
  return articlePrefixed(t);
}

/** CamelCase words not of a name prefix ("KabulPulse24", "ThemeGrill"; not "McDonald", "DeSantis"), or a word ending in digits. */
export function brandLike(w: string): boolean {
  const n = w.length;
  if (n < 4) return false;
  if (w.charCodeAt(n - 1) >= 48 && w.charCodeAt(n - 1) <= 57) return /^\p{Lu}\p{L}+\d+$/u.test(w);
  for (let i = 2; i < n - 1; i++) {
    const c = w.charCodeAt(i);
    if (c >= 65 && c <= 90 && w.charCodeAt(i - 1) >= 97 && w.charCodeAt(i - 1) <= 122) return !/^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|Al|El)\p{Lu}/u.test(w) && /^\p{Lu}[\p{Ll}\p{Lu}\d]+$/u.test(w);
  }
  return false;
}

/** GIVEN_NAME_SUFFIX, tried only on words ending as its suffixes do ("-ullah", "-uddin", "-eddine"). */
export function givenNameSuffix(l: string): boolean {
  const c = l.charCodeAt(l.length - 1) | 32;
  return (c === 104 || c === 110 || c === 101) && GIVEN_NAME_SUFFIX.test(l);
}

export function isDesignator(t: Tok): boolean {
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

const VESSEL_SINGULARS = ['tanker', 'vessel', 'ship', 'carrier', 'destroyer', 'frigate', 'freighter', 'warship', 'boat', 'cruiser', 'submarine', 'corvette', 'bulker', 'trawler', 'yacht', 'ferry', 'dhow', 'containership', 'liner', 'battleship', 'minesweeper', 'icebreaker'];
/** Kinds of ship, singular and plural, before a ship's name ("the destroyer Coventry", "the battleships Wisconsin and Missouri"). */
const VESSEL_NOUNS = new Set([...VESSEL_SINGULARS, ...VESSEL_SINGULARS.map((w) => `${w}s`)]);
const SHIP_PREFIXES = new Set(['u.s.s.', 'uss', 'h.m.s.', 'hms', 'm.v.', 'mv']);

/** "Writing by", "Editing by", "Reporting by": credit lines that name people. */
export const CREDIT_VERBS = new Set(['writing', 'reporting', 'editing', 'compiled', 'written', 'edited', 'reported', 'photographed', 'produced', 'translated', 'research', 'additional', 'photos', 'graphics']);

/** Company names glued to a designator word: "InfoAnalytics", "GeoSolutions". */
const COMPANY_TAIL = /^\p{Lu}\p{Ll}+(?:Analytics|Solutions|Ratings|Systems|Technologies|Capital|Consulting|Research)$/u;

const TITLE_FIRST_WORDS = new Set([...TITLES].map((t) => t.split(' ')[0]));

/** toks[a..b] names a body: an ORG_BODIES word at the end or before "of"/"for"/"on"/"in" ("Office on Drugs and Crime"). */
export function hasBody(toks: Tok[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    if (!toks[k].cap || !ORG_BODIES.has(toks[k].l)) continue;
    const nx = tokAt(toks, k + 1)?.l;
    if (k === b || nx === 'of' || nx === 'for' || nx === 'on' || nx === 'in') return true;
  }
  return false;
}

export function hasDesignatorWord(name: string): boolean {
  for (const w of name.toLowerCase().split(' ')) if (ORG_DESIGNATORS.has(w)) return true;
  return false;
}

/** The word after the designator toks[k] begins its name's tail: "Ministry of …", "Institute for …", "Mission in/to …", "Commission on …". */
export function designatorTail(toks: Tok[], k: number): boolean {
  const c = tokAt(toks, k + 1)?.l;
  return c === 'of' || c === 'for' || ((c === 'in' || c === 'to') && toks[k].l === 'mission') || (c === 'on' && ON_DESIGNATORS.has(toks[k].l));
}

/** Designators whose name goes on with "on" ("Commission on Human Rights", "Committee on Foreign Relations"). */
const ON_DESIGNATORS = new Set(['commission', 'committee', 'subcommittee', 'council', 'panel']);

/** Index of the last organisation designator that ends the name or is followed by "of"/"for" ("Institute of Peace"), or -1. */
export function orgDesignatorEnd(toks: Tok[], a: number, b: number): number {
  for (let k = b; k >= a; k--) {
    if (!isDesignator(toks[k])) continue;
    if (k === b || designatorTail(toks, k) || generalOf(toks, k)) return k;
  }
  return -1;
}

/** "Consulate General of …", "Inspector General of …": "General" after a designator, before "of". */
export function generalOf(toks: Tok[], k: number): boolean {
  return tokAt(toks, k + 1)?.l === 'general' && tokAt(toks, k + 1).cap && tokAt(toks, k + 2)?.l === 'of' && !tokAt(toks, k + 2).cap;
}

/** Designators too loose to make "Country X Designator" one organisation name. */
const ORG_DESIGNATORS_WEAK = new Set(['office', 'times', 'post', 'news', 'today', 'star', 'sun', 'mail', 'express', 'standard', 'nation', 'voice', 'record', 'report', 'review', 'globe', 'independent', 'international', 'online']);

/** Quantifiers before a people's name ("many Amhara"). */
export const PEOPLE_BEFORE = new Set(['many', 'most', 'some', 'few', 'fellow', 'ethnic', 'other', 'young', 'displaced', 'thousands', 'hundreds']);

/** The line credits contributors: "… contributed reporting", "Reporting was contributed by …", "… reported from". */
export function contributorLine(toks: Tok[]): boolean {
  for (let k = 0; k + 1 < toks.length; k++) {
    const nx = toks[k + 1].l;
    if ((toks[k].l === 'contributed' && (nx === 'reporting' || nx === 'by')) || (toks[k].l === 'reported' && nx === 'from')) return true;
  }
  return false;
}

/** Social platforms that stand beside X in share and follow bars ("Share: Facebook | X | LinkedIn"). */
const PLATFORMS = new Set(['facebook', 'instagram', 'youtube', 'linkedin', 'telegram', 'whatsapp', 'twitter', 'reddit', 'tiktok', 'soundcloud', 'meta', 'threads', 'bluesky', 'mastodon', 'flipboard', 'pinterest', 'snapchat', 'truth social']);
/** Separators between the platforms of a share bar. */
const BAR_SEPARATORS = new Set(['|', '·', ',', '•', '/']);

/** The platform beside toks[i] in a share bar (skipping one separator or "and"), or none. */
function barNeighbour(toks: readonly Tok[], i: number, step: 1 | -1): Tok | undefined {
  let t = tokAt(toks, i + step);
  if (t && (BAR_SEPARATORS.has(t.t) || t.l === 'and')) t = tokAt(toks, i + 2 * step);
  return t && t.cap && PLATFORMS.has(t.l) ? t : undefined;
}

/**
 * toks[i] is "X", the platform, by the words around it in a share or follow bar or a handle: "Facebook X
 * WhatsApp", "Follow us: Telegram | X", "Meta and X", "Share this via X", "posted to X", "X: @UNAMAnews",
 * "Photo: X/@MEAIndia", "X (Twitter)". (Not "X-ray", one word; not "Malcolm X", "Article X": no such neighbour.)
 */
export function platformX(toks: readonly Tok[], i: number): boolean {
  if (toks[i].t !== 'X') return false;
  if (barNeighbour(toks, i, -1) || barNeighbour(toks, i, 1)) return true;
  const before = tokAt(toks, i - 1);
  const b2 = tokAt(toks, i - 2)?.l ?? '';
  if (before && !before.cap && (before.l === 'via' || before.l === 'across' || ((before.l === 'to' || before.l === 'from' || before.l === 'on') && (b2 === 'posted' || b2 === 'post' || b2 === 'share' || b2 === 'shared' || b2 === 'sourced')))) return true;
  const nx = tokAt(toks, i + 1);
  if (!nx || nx.sp && nx.t !== '@' && nx.t !== '(') return false;
  const n2 = tokAt(toks, i + 2);
  return nx.t === '@' || ((nx.t === ':' || nx.t === '/') && n2?.t === '@') || (nx.t === '(' && n2?.l === 'twitter');
}
