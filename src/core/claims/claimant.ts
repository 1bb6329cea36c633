/**
 * Who makes a claim: person names inside a source description ("Pentagon Press Secretary John Kirby"
 * → "John Kirby"), short forms linked to the full name seen earlier ("Mr. Ahmadi" → "Bahir Ahmadi"),
 * pronouns ("he" → the last named person), bodies cleaned to a canonical form ("the U.S. military"
 * → "U.S. military", "officials in Baghlan province" → "Baghlan officials", bare "officials" → "Afghan
 * officials" using the article's prevailing demonym).
 */
import type { DetectedEntity } from '../model';
import { demonymOf } from './kind';

const TITLES = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'gen', 'gen.', 'general', 'lt', 'lt.', 'col', 'col.', 'sgt', 'sgt.', 'capt', 'capt.',
  'maj', 'maj.', 'adm', 'adm.', 'gov', 'gov.', 'governor', 'sen', 'sen.', 'senator', 'rep', 'rep.', 'president', 'vice', 'prime', 'minister',
  'secretary', 'press', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'ambassador', 'commander', 'chief', 'deputy',
  'presidential', 'sheikh', 'mullah', 'mawlawi', 'maulvi', 'king', 'queen', 'prince', 'judge', 'colonel', 'lieutenant', 'sergeant',
  'captain', 'major', 'admiral', 'officer', 'mayor', 'chairman', 'director', 'foreign', 'defense', 'defence', 'interior', 'state',
  'special', 'representative',
]);
const NOT_NAME = /^(a|an|the|in|on|at|as|but|and|or|of|for|to|by|with|from|after|before|while|when|although|though|meanwhile|however|speaking|writing|quoting|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|officials?|authorities|he|she|it|they|we|i|his|her|its|their|our|this|that|these|those|both|some|other|local|western|eastern|northern|southern)$/i;
const ORG_WORDS = /^(mission|ministry|council|forces?|army|police|government|times|post|journal|news|agency|department|office|party|front|alliance|emirate|policy|magazine|university|institute|organi[sz]ation|committee|commission|bank|fund|group|network|corps|brigade|command|union|nations|states|republic|kingdom|province|district|city|airport|base|camp|reuters|press|television|radio|borders|house|court|assembly|parliament|senate|congress|navy|marines|guard|service|operations|project|observatory|program|programme|africa|asia|europe|america|state|region|sea|gulf|strait|coast|valley|staff|school|college|center|centre|foundation|society|laboratory|hospital|clinic|company|corporation|firm|trust|initiative|platform|watch|health|services)$/i;
const DEMONYMS = [
  'Afghan', 'American', 'Pakistani', 'Iranian', 'Iraqi', 'Syrian', 'Russian', 'Ukrainian', 'Israeli', 'Palestinian', 'Lebanese',
  'Yemeni', 'Saudi', 'Sudanese', 'Somali', 'Ethiopian', 'Libyan', 'Malian', 'Nigerian', 'Congolese', 'Turkish', 'Kurdish', 'Indian',
  'Chinese', 'Burmese', 'Myanmar', 'Colombian', 'Mexican', 'Venezuelan', 'Armenian', 'Azerbaijani', 'Georgian', 'Tajik', 'Uzbek',
  'Egyptian', 'Jordanian', 'Qatari', 'British', 'French', 'German', 'Filipino', 'Mozambican', 'Burkinabe', 'Nigerien', 'Chadian',
];
const GENERIC_GROUP = /^(the )?(group|insurgents?|militants?|rebels?|movement|insurgent group|militant group|rebel group|armed group|insurgent|militant|rebel|jihadists?)$/i;
const PRONOUN_PERSON = /^(he|she)$/i;
const FEMALE_CUE = /\b(?:she|her|hers|woman|women|mother|wife|daughter|sister|grandmother|girl|widow|Ms\.|Mrs\.|spokeswoman|chairwoman|businesswoman)\b/i;
const MALE_CUE = /\b(?:he|his|him|man|father|husband|son|brother|grandfather|widower|Mr\.|spokesman|chairman|businessman)\b/i;
/** An unnamed single source ("a Maputo shopkeeper", "a senior official"): the referent of a later "he/she said". */
const SINGULAR_SOURCE = /(?:^|\s)(?!(?:government|ministry|army|military|agency|office|group|council|commission|police|press|media|mission|movement|administration|command|alliance|network|bank|fund|service|project|program|programme|observatory|institute|organi[sz]ation|force|party|front|junta|regime|court|parliament|staff)$)[a-z]+[^s\W]$|\b(?:witness|boss|chief|nurse|actress)$/;
/** "the president", "the governor": the last person the article gave that title, if any. */
const TITLE_ANAPHOR = /^(?:the )?(president|minister|governor|spokesman|spokeswoman|spokesperson|commander|envoy|general|ambassador|secretary|mayor|chief)$/i;
const PRONOUN_BODY = /^(they|it|the government|the ministry)$/i;

interface NameRun {
  text: string;
  start: number;
  titled: boolean;
}

/** Capitalised runs of a description, split at titles, with "titled" set when a title preceded them. */
export function nameRuns(text: string): NameRun[] {
  const out: NameRun[] = [];
  const re = /(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}’'-]*\.?)(?:\s+(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}’'-]*\.?|(?:bin|al|ul|van|von|de|da|el|dos|das|do|du|le|la)(?=\s+\p{Lu})))*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const words = m[0].split(/\s+/);
    let offset = m.index;
    let cur: string[] = [];
    let curStart = offset;
    let titled = false;
    let inOrg = false;
    const flush = (): void => {
      if (cur.length) out.push({ text: cur.join(' '), start: curStart, titled });
      cur = [];
    };
    for (const w of words) {
      const low = w.toLowerCase();
      const idx = text.indexOf(w, offset);
      offset = idx + w.length;
      if (TITLES.has(low) || TITLES.has(low.replace(/\.$/, ''))) {
        flush();
        titled = true;
        inOrg = false;
        continue;
      }
      if (ORG_WORDS.test(w.replace(/\.$/, '')) || inOrg) {
        // the capitalised words around an organisation word name the organisation, not a person
        cur = [];
        titled = false;
        inOrg = true;
        continue;
      }
      if (NOT_NAME.test(w.replace(/\.$/, '')) || /[’']s$/.test(w) || /^[A-Z]{2,}$|^([A-Z]\.){2,}$/.test(w)) {
        flush();
        titled = false;
        continue;
      }
      if (!cur.length) curStart = idx;
      cur.push(w);
    }
    flush();
  }
  return out;
}

function isInitial(w: string): boolean {
  return /^[A-Z]\.$/.test(w);
}

export class ClaimantContext {
  private readonly surnames = new Map<string, string>();
  /** What the article says about a person where it introduces them ("U.S. envoy Zalmay Khalilzad"). */
  private readonly roles = new Map<string, string>();
  private lastPerson?: { name: string; at: number };
  /** People in the order the article mentions them. */
  private readonly people: Array<{ name: string; at: number }> = [];
  private lastBody?: string;
  /** The last unnamed singular source ("a local elected official"), a candidate for "he said". */
  private lastSingular?: { name: string; at: number };
  /** Sources introduced with a female cue (Ms., "a mother of four", "her family"), for "she said". */
  private readonly female: Array<{ name: string; at: number }> = [];
  /** Persons "he" was resolved to or introduced with "Mr.", never the referent of "she". */
  private readonly male = new Set<string>();
  /** Short or descriptive names linked in the text to the canonical one ("M.S.F." → "Doctors Without Borders"). */
  private readonly aliases = new Map<string, string>();
  /** Bodies that spoke, latest last, for "the agency said". */
  private readonly bodies: Array<{ name: string; description: string; at: number }> = [];
  readonly demonym?: string;
  readonly group?: string;

  constructor(text: string, entities: readonly DetectedEntity[] | undefined, groups: readonly string[]) {
    // the prevailing demonym qualifies bare "officials"
    let best = 0;
    for (const d of DEMONYMS) {
      const n = text.match(new RegExp(`\\b${d}\\b`, 'g'))?.length ?? 0;
      if (n > best) {
        best = n;
        this.demonym = d;
      }
    }
    // the armed group "the group" / "the insurgents" refers to: the most frequent one named
    best = 0;
    for (const g of groups) {
      const n = text.split(g).length - 1;
      if (n > best) {
        best = n;
        this.group = g;
      }
    }
    for (const e of entities ?? []) if (e.type === 'person') this.learn(e.canonical ?? e.text);
    this.learnAliases(text);
    // how the article introduces people anywhere: "NAME, the candidate of …," / "the main opposition candidate, NAME,"
    const PERSON = "\\p{Lu}[\\p{L}’'-]+(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}’'-]+)){1,3}";
    for (const m of text.matchAll(new RegExp(`(${PERSON}),\\s+(?:the|a|an)\\s+([^,.;“”"]{3,80})[,.;]`, 'gu'))) this.addRole(m[1], m[2]);
    for (const m of text.matchAll(new RegExp(`\\b(?:[Tt]he|[Aa]n?)\\s+([^,.;“”"]{3,80}),\\s+(${PERSON})[,.;]`, 'gu'))) this.addRole(m[2], m[1]);
    // "former President NAME of the National Democratic Congress": a party affiliation after the name
    for (const m of text.matchAll(new RegExp(`(${PERSON})\\s+(of the (?:\\p{Lu}[\\p{L}’'-]*\\s+){0,4}(?:Party|Congress|Front|Movement|Alliance|League))\\b`, 'gu'))) this.addRole(m[1], m[2]);
    for (const m of text.matchAll(/\b(Ms|Mrs|Mr)\.\s+(\p{Lu}[\p{L}’'-]+)/gu)) {
      if (m[1] === 'Mr') this.male.add(m[2]);
      else this.female.push({ name: m[2], at: -1 });
    }
    // names introduced with a title anywhere in the text are people
    const titled = /\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Gov|Sen|Rep)\.\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*)|\b(?:President|Minister|Secretary|spokesman|spokeswoman|spokesperson|envoy|commander|General|Governor)\s+((?:\p{Lu}[\p{L}’'-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{L}’'-]+|\p{Lu}\.))*)/gu;
    for (let m = titled.exec(text); m; m = titled.exec(text)) {
      const name = m[1] ?? m[2];
      if (m[2] && m[2].includes(' ')) this.learn(m[2]);
      const full = this.expand(name);
      // the role is what precedes the name in its own sentence ("Interior Ministry spokesman Nasrat Rahimi")
      const lineStart = Math.max(text.lastIndexOf('\n', m.index), text.lastIndexOf('. ', m.index) + 1, m.index - 60, 0);
      if (!this.roles.has(full)) this.roles.set(full, text.slice(lineStart, m.index + m[0].length));
    }
  }

  /**
   * "Full Name (ACR)", "Full Name, or ACR", "Full Name, known by its initials ACR" → the full name;
   * "known as ACR" → ACR; "the U.N. refugee agency, UNHCR" → the name, not the description.
   */
  private learnAliases(text: string): void {
    const NAME = "\\p{Lu}[\\p{L}’'.&-]*(?:\\s+(?:of|for|and|the|de|du|&|\\p{Lu}[\\p{L}’'.&-]*))*";
    const ACR = "\\p{Lu}[\\p{Lu}.&-]{1,9}";
    const link = (alias: string, canonical: string): void => {
      const a = alias.trim().replace(/^the\s+/i, '');
      const c = canonical.trim().replace(/^(?:the|The)\s+/, '');
      if (a && c && a !== c && !this.aliases.has(a)) this.aliases.set(a, c);
    };
    for (const m of text.matchAll(new RegExp(`(${NAME})\\s+\\((${ACR})\\)`, 'gu'))) link(m[2], m[1]);
    for (const m of text.matchAll(new RegExp(`(${NAME}),?\\s+known\\s+by\\s+its\\s+(?:[\\w-]+\\s+)?(?:initials|acronym|abbreviation),?\\s+(${ACR})`, 'gu'))) link(m[2], m[1]);
    for (const m of text.matchAll(new RegExp(`(${NAME}),\\s+(?:an?\\s+[^,]{0,60}?\\s+)?known\\s+as\\s+(${ACR})\\b`, 'gu'))) link(m[1], m[2]);
    for (const m of text.matchAll(new RegExp(`known\\s+as\\s+(${ACR}),\\s+or\\s+(${NAME})`, 'gu'))) link(m[2], m[1]);
    for (const m of text.matchAll(new RegExp(`(${NAME}),\\s+or\\s+(${ACR})\\b`, 'gu'))) link(m[2], m[1]);
    // "the U.N. humanitarian office, OCHA," : a lowercase-headed description followed by the body's name
    for (const m of text.matchAll(new RegExp(`\\b[Tt]he\\s+((?:\\p{Lu}[\\p{L}.]*\\s+)?[a-z][a-z ]{2,40}?),\\s+(${ACR})[,.]`, 'gu'))) link(m[1], m[2]);
  }

  /** The canonical form of a body's name when the text links it to another ("TNLA" → its full name). */
  canonical(name: string): string {
    const n = name.trim().replace(/^the\s+/i, '');
    for (const k of [n, n.replace(/\.$/, ''), `${n}.`]) {
      const c = this.aliases.get(k);
      if (c) return c;
    }
    return name.trim();
  }

  /** A body the text links to another name, named at the head of a description ("The group known as JNIM, or …"). */
  private linkedBody(description: string): string | undefined {
    const known = /\bknown\s+as\s+(\p{Lu}[\p{Lu}.&-]{1,9})\b/u.exec(description.split(/,\s+/)[0]);
    if (known) return this.canonical(known[1]);
    const head = description.split(/,\s+/)[0].trim().replace(/^(?:the|The)\s+/, '');
    for (const [a, c] of this.aliases) if (head === a || head === c || head.startsWith(`${a} `) && /[&]/.test(a)) return c;
    return undefined;
  }

  private addRole(name: string, role: string): void {
    // "President John Dramani Mahama": the name without its title
    const runs = nameRuns(name);
    if (runs.length !== 1 || runs[0].text.split(' ').length < 2) return;
    const person = runs[0].text;
    this.learn(person);
    this.roles.set(person, `${this.roles.get(person) ?? ''} ${role}`.trim());
  }

  private learn(full: string): void {
    const words = full.split(/\s+/).filter((w) => !isInitial(w));
    if (words.length < 2) return;
    const last = words[words.length - 1];
    if (!this.surnames.has(last)) this.surnames.set(last, full);
  }

  /** The full name for a short form ("Ahmadi" → "Bahir Ahmadi"), or the form itself. */
  expand(name: string): string {
    const words = name.split(/\s+/);
    if (words.length === 1) return this.surnames.get(words[0]) ?? name;
    return name;
  }

  /** Records a person mention at `at` (for "he said"). */
  notePerson(name: string, at: number): void {
    this.learn(name);
    if (!this.lastPerson || at >= this.lastPerson.at) this.lastPerson = { name: this.expand(name), at };
    this.people.push({ name: this.expand(name), at });
  }

  /** The first person named in a source description, expanded to the full name; undefined for bodies. */
  personIn(description: string): string | undefined {
    // "a resident, who gave his name only as Abdullah" / "identified only as Abdullah"
    const as = /\b(?:name|names|identified|identify)\b[^,]{0,40}?(?:\bas|\bname,)\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*)/u.exec(description);
    if (as) return as[1];
    for (const run of nameRuns(description)) {
      if (!run.text) continue;
      const words = run.text.split(' ');
      if (words.length >= 2 && words.length <= 5 && !words.every(isInitial)) return run.text;
      if (words.length === 1 && (run.titled || (this.surnames.has(words[0]) && !DEMONYMS.includes(words[0])))) return this.expand(words[0]);
    }
    return undefined;
  }

  /**
   * Canonical claimant for a source description found at offset `at`.
   * `description` is the subject with its appositive; `head` its first part (before any comma).
   */
  resolve(description: string, at: number): { claimant: string; person: boolean } {
    const linked = this.linkedBody(description);
    if (linked) return this.body(linked, description, at);
    const person = this.personIn(description);
    if (person) {
      this.notePerson(person, at);
      if (FEMALE_CUE.test(description)) this.female.push({ name: person, at });
      if (MALE_CUE.test(description)) this.male.add(person);
      if (description.trim() !== person) this.roles.set(person, `${this.roles.get(person) ?? ''} ${description}`.trim());
      return { claimant: person, person: true };
    }
    const head = cleanBody(description.split(/,\s+/)[0]);
    const title = TITLE_ANAPHOR.exec(head);
    if (title) {
      const holder = [...this.people].reverse().find((p) => p.at <= at && new RegExp(`\\b${title[1]}\\b`, 'i').test(this.roleOf(p.name)));
      if (holder) return { claimant: holder.name, person: true };
    }
    if (/^she$/i.test(head)) {
      // the nearest source introduced as a woman, else the nearest not known to be a man
      const f = [...this.female].reverse().find((x) => x.at <= at);
      const names = [...this.people].reverse().filter((x) => x.at <= at && !this.male.has(x.name) && !this.male.has(x.name.split(' ').pop() ?? ''));
      const b = this.lastSingular;
      const cands = [f && { name: this.expand(f.name), at: f.at, person: true }, names[0] && { ...names[0], person: true }, b && { ...b, person: false }]
        .filter((x): x is { name: string; at: number; person: boolean } => !!x);
      if (f) return { claimant: this.expand(f.name), person: true };
      const best = cands.sort((x, y) => y.at - x.at)[0];
      if (best) return { claimant: best.name, person: best.person };
    }
    if (/^he$/i.test(head) && this.lastPerson) this.male.add(this.lastPerson.name);
    if (PRONOUN_PERSON.test(head)) {
      const p = this.lastPerson;
      const b = this.lastSingular;
      if (b && (!p || b.at > p.at)) return { claimant: b.name, person: false };
      if (p) return { claimant: p.name, person: true };
    }
    if (GENERIC_GROUP.test(head) && this.group) return this.body(this.group);
    if (PRONOUN_BODY.test(head) && this.lastBody) return { claimant: this.lastBody, person: false };
    // "the agency", "the bank", "the three countries": the last body that spoke and was described so
    const anaphor = /^(agency|bank|organi[sz]ation|office|commission|institute|group|countries|ministry|fund|program|programme|mission|project|observatory|monitor)$/i.exec(head.replace(/^(?:three|two|four|five|both)\s+/i, ''));
    if (anaphor) {
      const noun = new RegExp(`\\b${anaphor[1].replace(/ies$/, '(?:y|ies)').replace(/s$/, '')}`, 'i');
      const prev = [...this.bodies].reverse().find((b) => b.at <= at && noun.test(`${b.name} ${b.description}`));
      if (prev) return { claimant: prev.name, person: false };
    }
    // "the U.N. refugee agency, UNHCR" / "South Korea’s spy agency, the National Intelligence Service": the name
    const parts = description.split(/,\s+/).map((x) => x.trim().replace(/^(?:the|The)\s+/, ''));
    const named = parts.slice(1, 3).find((x) => /^(?:\p{Lu}[\p{L}’'.&-]*)(?:\s+(?:of|for|and|&|\p{Lu}[\p{L}’'.&-]*))*$/u.test(x) && !/^(?:Mr|Ms|Mrs|Dr)\.?$/.test(x));
    let body = named && /\s[a-z]/.test(head) && !/^\p{Lu}[\p{L}.]*\s+(?:officials?|authorities|residents?)$/u.test(head) ? named : head;
    body = this.canonical(body);
    if (FEMALE_CUE.test(description) && SINGULAR_SOURCE.test(body)) this.female.push({ name: body, at });
    if (/^(local |security |government |senior |provincial |some |other )*(officials?|authorities)$/i.test(body) && this.demonym) body = `${this.demonym} ${body.toLowerCase()}`;
    if (SINGULAR_SOURCE.test(body)) {
      this.lastSingular = { name: body, at };
    }
    return this.body(body, description, at);
  }

  private body(name: string, description = '', at = -1): { claimant: string; person: boolean } {
    this.lastBody = name;
    this.bodies.push({ name, description, at });
    return { claimant: name, person: false };
  }

  /** How the article introduced a person, for the kind ("" when unknown). */
  roleOf(name: string): string {
    return this.roles.get(name) ?? '';
  }

  /** Records the known people a sentence mentions (full names seen before, or names after a title). */
  notePersonsIn(sentence: string, at: number): void {
    for (const run of nameRuns(sentence)) {
      if (!run.text) continue;
      const words = run.text.split(' ');
      const known = words.length >= 2 ? [...this.surnames.values()].includes(run.text) : run.titled || (this.surnames.has(words[0]) && !DEMONYMS.includes(words[0]));
      if (known) this.notePerson(words.length >= 2 ? run.text : this.expand(words[0]), at + run.start);
    }
  }

  /** The last person mentioned before `at` (for participial attributions: "…, asserting that …"). */
  personBefore(text: string, at: number): string | undefined {
    const p = this.personIn(text);
    if (p) return p;
    return this.lastPerson && this.lastPerson.at <= at ? this.lastPerson.name : undefined;
  }
}

const BODY_NOUN = /\b(?:government|ministry|Ministry|army|Army|military|armed forces|forces|police|navy|air force|General Staff|parliament|cabinet|presidency|Defen[cs]e|Intelligence|authorities|officials|junta)\b/;
const PERSON_ROLE_END = /\b(?:spokes(?:man|woman|person)|minister|official|officer|commander|chief|envoy|ambassador|president|leader)$/i;

/** "the U.S. military" → "U.S. military"; "Iran’s customs spokesman" → "Iran customs spokesman"; "Russia’s Defense Ministry" → "Russian Defense Ministry". */
export function cleanBody(s: string): string {
  let b = s.trim().replace(/[,;:]+$/, '').trim();
  b = b.replace(/^(but|and|so|yet|also|meanwhile|in fact|both|even)\s+/i, '');
  b = b.replace(/^(the|a|an|both|some)\s+/i, '');
  // "two security officials" → "security officials"
  b = b.replace(/^(?:two|three|four|five|several|many|a number of|a few|few|\d+)\s+(?=\w)/i, '');
  b = b.replace(/\s+(also|additionally|repeatedly|previously|later|earlier|again|reportedly|too|itself|themselves|have|has|had|had also|would|will|did|does|do|is|are|was|were|not|never|on \w+day|this week|last week|on \w+)+$/i, '');
  b = b.replace(/\s+(have|has|had|also|additionally|on \w+day)$/i, '');
  // relative and participial tails: "resident of Lashio who fled …", "a resident reached by phone"
  b = b.replace(/\s+(?:who|which|whose|reached|contacted|interviewed|speaking|quoted|cited|based in)\b.*$/i, '');
  // "Russia’s Defense Ministry" → "Russian Defense Ministry" (a body takes the demonym; a person's role keeps the name)
  b = b.replace(/^(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)[’']s\s+(.+)$/u, (m0, c: string, rest: string) => {
    const d = demonymOf(c);
    return d && BODY_NOUN.test(rest) && !PERSON_ROLE_END.test(rest) ? `${d} ${rest}` : m0;
  });
  b = b.replace(/[’']s\b/g, '');
  // "Sudan army" (a headline) → "Sudanese army": a country's body is named with the demonym
  b = b.replace(/^(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)\s+((?:[a-z]+\s+)?(?:army|military|government|police|armed forces|air force|navy|junta|authorities))$/u, (m0, c: string, rest: string) => {
    const d = demonymOf(c);
    return d && d !== c ? `${d} ${rest}` : m0;
  });
  b = b.replace(/^([Rr]esidents?|[Vv]illagers?|[Ww]itness(?:es)?|[Ss]hopkeepers?|[Tt]raders?) (?:of|in|from) (\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*)$/u, (_m, r: string, p: string) => `${p} ${r.toLowerCase()}`);
  b = b.replace(/\band the\s+/g, 'and ');
  b = b.replace(/^(officials|authorities) in ([A-Z][\w-]+)(?: (?:province|district|city|region))?$/i, (_m, o: string, p: string) => `${p} ${o.toLowerCase()}`);
  b = b.replace(/^Americans?\b/, 'U.S.');
  return b.trim();
}
