/**
 * Who makes a claim: person names inside a source description ("Pentagon Press Secretary John Kirby"
 * → "John Kirby"), short forms linked to the full name seen earlier ("Mr. Ahmadi" → "Bahir Ahmadi"),
 * pronouns ("he" → the last named person), bodies cleaned to a canonical form ("the U.S. military"
 * → "U.S. military", "officials in Baghlan province" → "Baghlan officials", bare "officials" → "Afghan
 * officials" using the article's prevailing demonym).
 */
import type { DetectedEntity } from '../model';

const TITLES = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'gen', 'gen.', 'general', 'lt', 'lt.', 'col', 'col.', 'sgt', 'sgt.', 'capt', 'capt.',
  'maj', 'maj.', 'adm', 'adm.', 'gov', 'gov.', 'governor', 'sen', 'sen.', 'senator', 'rep', 'rep.', 'president', 'vice', 'prime', 'minister',
  'secretary', 'press', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'ambassador', 'commander', 'chief', 'deputy',
  'presidential', 'sheikh', 'mullah', 'mawlawi', 'maulvi', 'king', 'queen', 'prince', 'judge', 'colonel', 'lieutenant', 'sergeant',
  'captain', 'major', 'admiral', 'officer', 'mayor', 'chairman', 'director', 'foreign', 'defense', 'defence', 'interior', 'state',
  'special', 'representative',
]);
const NOT_NAME = /^(a|an|the|in|on|at|as|but|and|or|of|for|to|by|with|from|after|before|while|when|although|though|meanwhile|however|speaking|writing|quoting|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|officials?|authorities|he|she|it|they|we|i|his|her|its|their|our|this|that|these|those|both|some|other|local|western|eastern|northern|southern)$/i;
const ORG_WORDS = /^(mission|ministry|council|forces?|army|police|government|times|post|journal|news|agency|department|office|party|front|alliance|emirate|policy|magazine|university|institute|organi[sz]ation|committee|commission|bank|fund|group|network|corps|brigade|command|union|nations|states|republic|kingdom|province|district|city|airport|base|camp|reuters|press|television|radio|borders|house|court|assembly|parliament|senate|congress)$/i;
const DEMONYMS = [
  'Afghan', 'American', 'Pakistani', 'Iranian', 'Iraqi', 'Syrian', 'Russian', 'Ukrainian', 'Israeli', 'Palestinian', 'Lebanese',
  'Yemeni', 'Saudi', 'Sudanese', 'Somali', 'Ethiopian', 'Libyan', 'Malian', 'Nigerian', 'Congolese', 'Turkish', 'Kurdish', 'Indian',
  'Chinese', 'Burmese', 'Myanmar', 'Colombian', 'Mexican', 'Venezuelan', 'Armenian', 'Azerbaijani', 'Georgian', 'Tajik', 'Uzbek',
  'Egyptian', 'Jordanian', 'Qatari', 'British', 'French', 'German', 'Filipino', 'Mozambican', 'Burkinabe', 'Nigerien', 'Chadian',
];
const GENERIC_GROUP = /^(the )?(group|insurgents?|militants?|rebels?|movement|insurgent group|militant group|rebel group|armed group|insurgent|militant|rebel|jihadists?)$/i;
const PRONOUN_PERSON = /^(he|she)$/i;
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
  const re = /(?:(?:[A-Z]\.){2,}|[A-Z][A-Za-z’'-]*\.?)(?:\s+(?:(?:[A-Z]\.){2,}|[A-Z][A-Za-z’'-]*\.?|(?:bin|al|ul|van|von|de|da|el)(?=\s+[A-Z])))*/g;
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
    // names introduced with a title anywhere in the text are people
    const titled = /\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Gov|Sen|Rep)\.\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)|\b(?:President|Minister|Secretary|spokesman|spokeswoman|spokesperson|envoy|commander|General|Governor)\s+((?:[A-Z][\w’'-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w’'-]+|[A-Z]\.))*)/g;
    for (let m = titled.exec(text); m; m = titled.exec(text)) {
      const name = m[1] ?? m[2];
      if (m[2] && m[2].includes(' ')) this.learn(m[2]);
      const full = this.expand(name);
      // the role is what precedes the name in its own sentence ("Interior Ministry spokesman Nasrat Rahimi")
      const lineStart = Math.max(text.lastIndexOf('\n', m.index), text.lastIndexOf('. ', m.index) + 1, m.index - 60, 0);
      if (!this.roles.has(full)) this.roles.set(full, text.slice(lineStart, m.index + m[0].length));
    }
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
    const as = /\b(?:name|names|identified|identify)\b[^,]{0,30}?\bas\s+((?:[A-Z][\w’'-]+)(?:\s+[A-Z][\w’'-]+)*)/.exec(description);
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
    const person = this.personIn(description);
    if (person) {
      this.notePerson(person, at);
      if (description.trim() !== person) this.roles.set(person, `${this.roles.get(person) ?? ''} ${description}`.trim());
      return { claimant: person, person: true };
    }
    const head = cleanBody(description.split(/,\s+/)[0]);
    const title = TITLE_ANAPHOR.exec(head);
    if (title) {
      const holder = [...this.people].reverse().find((p) => p.at <= at && new RegExp(`\\b${title[1]}\\b`, 'i').test(this.roleOf(p.name)));
      if (holder) return { claimant: holder.name, person: true };
    }
    if (PRONOUN_PERSON.test(head)) {
      const p = this.lastPerson;
      const b = this.lastSingular;
      if (b && (!p || b.at > p.at)) return { claimant: b.name, person: false };
      if (p) return { claimant: p.name, person: true };
    }
    if (GENERIC_GROUP.test(head) && this.group) return this.body(this.group);
    if (PRONOUN_BODY.test(head) && this.lastBody) return { claimant: this.lastBody, person: false };
    let body = head;
    if (/^(local |security |government |senior |provincial |some |other )*(officials?|authorities)$/i.test(body) && this.demonym) body = `${this.demonym} ${body.toLowerCase()}`;
    if (/\b(official|spokesman|spokeswoman|spokesperson|source|commander|elder|resident|witness|doctor|officer|diplomat|analyst)$/i.test(body)) {
      this.lastSingular = { name: body, at };
    }
    return this.body(body);
  }

  private body(name: string): { claimant: string; person: boolean } {
    this.lastBody = name;
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

/** "the U.S. military" → "U.S. military"; "Iran’s customs spokesman" → "Iran customs spokesman". */
export function cleanBody(s: string): string {
  let b = s.trim().replace(/[,;:]+$/, '').trim();
  b = b.replace(/^(but|and|so|yet|also|meanwhile|in fact|both|even)\s+/i, '');
  b = b.replace(/^(the|a|an|both|some)\s+/i, '');
  // "two security officials" → "security officials"
  b = b.replace(/^(?:two|three|four|five|several|many|a number of|a few|few|\d+)\s+(?=\w)/i, '');
  b = b.replace(/\s+(also|additionally|repeatedly|previously|later|earlier|again|reportedly|too|itself|themselves|have|has|had|had also|would|will|did|does|do|is|are|was|were|not|never|on \w+day|this week|last week|on \w+)+$/i, '');
  b = b.replace(/\s+(have|has|had|also|additionally|on \w+day)$/i, '');
  b = b.replace(/[’']s\b/g, '');
  b = b.replace(/\band the\s+/g, 'and ');
  b = b.replace(/^(officials|authorities) in ([A-Z][\w-]+)(?: (?:province|district|city|region))?$/i, (_m, o: string, p: string) => `${p} ${o.toLowerCase()}`);
  b = b.replace(/^Americans?\b/, 'U.S.');
  return b.trim();
}
