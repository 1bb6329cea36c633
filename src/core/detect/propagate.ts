/**
 * Document-level name table: a name once typed keeps its type across the document, and short
 * forms of people's names link to the full name ("Bahir Ahmadi" … "Mr. Ahmadi" → person
 * "Ahmadi", canonical "Bahir Ahmadi"). Built from the candidates of every line; cheap enough to
 * rebuild after each edit.
 */
import { gazetteer, isDemonym } from './gazetteer';
import { NOT_AN_ENTITY, STR_CUE, STR_GAZ, STR_UNKNOWN, STR_USER, STR_WEAK, type Cand } from './types';

export interface TableEntry {
  type: string;
  str: number;
  canonical?: string;
}

export type NameTable = Map<string, TableEntry>;

/** Builds the table from candidate lists (one per line). `texts[i]` is the text of line i. */
export function buildTable(lines: ReadonlyArray<readonly Cand[]>, texts: readonly string[]): NameTable {
  const table: NameTable = new Map();
  const aliases: NameTable = new Map();
  const g = gazetteer();
  for (let li = 0; li < lines.length; li++) {
    for (const c of lines[li]) {
      if (!c.key || c.str < STR_WEAK) continue;
      const cur = table.get(c.key);
      if (!cur || c.str > cur.str) table.set(c.key, { type: c.type, str: c.str });
      const last = aliasWord(c, g.common, texts[li]);
      if (last) {
        const str = Math.min(c.str, STR_CUE);
        const canonical = texts[li].slice(c.s, c.e);
        addAlias(aliases, last, str, canonical);
        // "Mohammed Shia al-Sudani" … "Sudani": the surname without its Arabic article
        const bare = last.charCodeAt(2) === 45 && ARTICLE.test(last) ? last.slice(3) : '';
        if (bare.length >= 4 && !g.common.has(bare)) addAlias(aliases, bare, str, canonical);
      }
    }
  }
  for (const [k, a] of aliases) {
    const cur = table.get(k);
    if (!cur || cur.str < a.str || (cur.type === 'person' && cur.str <= a.str)) table.set(k, a);
    else if (cur.type === 'person' && !cur.canonical) cur.canonical = a.canonical;
  }
  return table;
}

/** The Arabic article on a surname: "al-Sudani", "el-Sisi". */
const ARTICLE = /^(?:al|el)-/;

function addAlias(aliases: NameTable, word: string, str: number, canonical: string): void {
  const a = aliases.get(word);
  if (!a || str > a.str) aliases.set(word, { type: 'person', str, canonical });
}

/**
 * The word a person's full name lends to its short form: the surname, last ("Bahir Ahmadi" →
 * "Ahmadi") or, in Chinese and Korean order with a hyphenated given name, first ("Lai Ching-te" →
 * "Lai"); '' when none (one word, a demonym, a common word). `line` is the text the candidate's
 * offsets point into (the case of the given name tells the order).
 */
export function aliasWord(c: Cand, common: ReadonlySet<string>, line: string): string {
  if (c.type !== 'person') return '';
  const sp = c.key.lastIndexOf(' ');
  if (sp < 0) return '';
  let w = c.key.slice(sp + 1);
  if (c.key.indexOf(' ') === sp && ((c.key.includes('-') && SURNAME_FIRST.test(line.slice(c.s, c.e))) || CHINESE_SURNAMES.has(c.key.slice(0, sp)))) {
    w = c.key.slice(0, sp);
    return w.length < 2 || (common.has(w) && !CHINESE_SURNAMES.has(w)) ? '' : w;
  }
  if (w.length < 3 || isDemonym(w) || common.has(w)) return '';
  return w;
}

/** Common Chinese surnames, which come first: "Wang Yi" … "Wang", "Xi Jinping" … "Xi". */
const CHINESE_SURNAMES = new Set(['wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'zhao', 'huang', 'zhou', 'wu', 'xu', 'sun', 'hu', 'zhu', 'gao', 'lin', 'guo', 'ma', 'luo', 'liang', 'song', 'zheng', 'xie', 'han', 'tang', 'feng', 'dong', 'xiao', 'cheng', 'cao', 'yuan', 'deng', 'fu', 'shen', 'zeng', 'peng', 'jiang', 'cai', 'jia', 'ding', 'wei', 'xue', 'yan', 'pan', 'du', 'dai', 'xia', 'zhong', 'tian', 'ren', 'qin', 'xi']);

/** "Lai Ching-te", "Lee Jae-myung", "Xi Jin-ping": a surname and a given name of two syllables joined by a hyphen, the second in lowercase. */
const SURNAME_FIRST = /^\p{Lu}\p{Ll}{1,4} \p{Lu}\p{Ll}{1,5}-\p{Ll}{1,6}$/u;

/** Final entities of one line: candidates typed by the table, unknown ones kept only if known. */
export function resolveLine(cands: readonly Cand[], table: NameTable, base: number, text: string, out: Resolved[]): void {
  for (const c of cands) {
    if (!c.key) {
      out.push({ start: base + c.s, end: base + c.e, text: text.slice(c.s, c.e), type: c.type });
      continue;
    }
    const e = table.get(c.key);
    // a ship's name (name-chain.ts) is no entity, nor are its other mentions read from weak evidence or after "the"
    // ("The Sheffield, struck by an Exocet"; not "Democrat of Wisconsin" in an article on the battleship Wisconsin)
    if (c.type === NOT_AN_ENTITY || (e?.type === NOT_AN_ENTITY && c.str < STR_USER && (c.str < STR_GAZ || theBefore(text, c.s)))) continue;
    if (c.str === STR_UNKNOWN) {
      if (e && e.str >= STR_WEAK && e.type !== NOT_AN_ENTITY) {
        out.push(withCanonical({ start: base + c.s, end: base + c.e, text: text.slice(c.s, c.e), type: e.type }, e, text, c));
        continue;
      }
      if (c.parts) {
        for (const [s, en, k] of c.parts) {
          const pe = table.get(k);
          if (pe && pe.str >= STR_CUE && pe.type !== NOT_AN_ENTITY && !isDemonym(k)) out.push(withCanonical({ start: base + s, end: base + en, text: text.slice(s, en), type: pe.type }, pe, text, c));
        }
      }
      continue;
    }
    let type = e && e.str > c.str && e.type !== NOT_AN_ENTITY ? e.type : c.type;
    // "Dagalo, better known as Hemedti": another name of a name just before takes the type that name has in the document
    if (c.renames) {
      const named = table.get(c.renames);
      if (named && named.str >= STR_WEAK && named.type !== NOT_AN_ENTITY && (!e || e.str < STR_GAZ)) type = named.type;
    }
    out.push(withCanonical({ start: base + c.s, end: base + c.e, text: text.slice(c.s, c.e), type }, e, text, c));
  }
}

/** "the " or "The " just before offset s of the line, maybe with a title between ("the General Belgrano"). */
function theBefore(text: string, s: number): boolean {
  return THE_BEFORE.test(text.slice(Math.max(0, s - 24), s));
}
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he (?:\p{Lu}\p{Ll}+\.? )?$/u;

/** Made with its keys in the order of DetectedEntity, so `detectEntities` can return it as it is. */
export interface Resolved {
  start: number;
  end: number;
  /** The entity's text (computed once per line, reused while the line is unchanged). */
  text: string;
  type: string;
  canonical?: string;
}

function withCanonical(r: Resolved, e: TableEntry | undefined, text: string, c: Cand): Resolved {
  if (r.type === 'person' && e?.canonical && e.type === 'person' && e.canonical !== text.slice(c.s, c.e)) r.canonical = e.canonical;
  return r;
}
