/**
 * Names widened by a neighbouring word after their chain is typed (names.ts): a unit's number before
 * it ("16 Air Assault Brigade"), a district's number after it ("Police District 6"), "bin" before a
 * surname ("bin Laden"), and a bracketed acronym of the name just found ("Government Accountability Office (GAO)").
 */
import { NUM, WORD, digits, tokAt, type Tok } from './tokens';
import { STR_CUE, STR_GAZ, type Cand } from './types';
import type { LineState } from './name-state';

/** Places numbered after their noun ("Police District 6", "District 4"). */
const NUMBERED_PLACES = new Set(['district', 'zone', 'sector', 'precinct', 'ward', 'base', 'tower', 'hill']);

/** Military units whose number goes before their name ("16 Air Assault Brigade"). */
const UNIT_NOUNS = new Set(['brigade', 'division', 'regiment', 'battalion', 'squadron', 'wing', 'fleet', 'corps']);

/** Widens candidate `c` to [s, e), with the key's new words, a type and at least a strength. */
function widen(c: Cand, s: number, e: number, key: string, type: string, str: number): void {
  c.s = s;
  c.e = e;
  c.key = key;
  c.type = type;
  c.str = Math.max(c.str, str);
  delete c.parts;
}

/** A plural lowercase word at i ("40 Marine Corps trainers"): the number counts them, it names no unit. */
function pluralAfter(toks: Tok[], i: number): boolean {
  const t = tokAt(toks, i);
  return !!t && t.k === WORD && !t.cap && t.l.endsWith('s');
}

/** After chain(i, j) emitted its candidates from out[from] on: the number of a unit or district, "bin". */
export function widenChain(st: LineState, i: number, j: number, from: number): void {
  const { toks, used, out } = st;
  // "16 Air Assault Brigade", "101 Squadron": a unit's number before its name is part of it
  const num = tokAt(toks, i - 1);
  if (num && num.k === NUM && !used[i - 1] && toks[i].sp && digits(num.t, 1, 3) && UNIT_NOUNS.has(toks[j].l) && !pluralAfter(toks, j + 1)) {
    const c = out[from];
    if (c && c.s === toks[i].s && c.e === toks[j].e && c.type === 'organization') {
      widen(c, num.s, c.e, `${num.t} ${c.key}`, c.type, c.str);
      used[i - 1] = 1;
    }
  }
  // "Police District 6", "District 4", "Zone 3", "Air Base 201", "Hill 861": a numbered district of a city, a numbered base or hill
  const nn = tokAt(toks, j + 1);
  if (nn && nn.k === NUM && nn.sp && !used[j + 1] && toks[j].cap && NUMBERED_PLACES.has(toks[j].l) && digits(nn.t, 1, 3) && !pluralAfter(toks, j + 2)) {
    const c = out[out.length - 1];
    if (c && c.e === toks[j].e && c.key && c.type !== 'person') {
      widen(c, c.s, nn.e, `${c.key} ${nn.t}`, 'location', STR_CUE);
      used[j + 1] = 1;
    } else if (!c || c.e !== toks[j].e) {
      out.push({ s: toks[j].s, e: nn.e, type: 'location', str: STR_CUE, key: `${toks[j].l} ${nn.t}` });
      used[j + 1] = 1;
    }
  }
  // "bin Laden’s organization": "bin" ("son of") before a name without its given name begins a person's name
  const pv = tokAt(toks, i - 1);
  if (pv && pv.k === WORD && !pv.cap && pv.sp && toks[i].sp && !used[i - 1] && (pv.l === 'bin' || pv.l === 'ibn')) {
    const c = out[from];
    if (c && c.s === toks[i].s && c.key) widen(c, pv.s, c.e, `${pv.l} ${c.key}`, 'person', STR_CUE);
  }
}

/** "the Haqqani network": a family's name before "network" names an armed group; the name alone is the span (as "Logar province" → Logar, in 8 of the sets' 11 uses). */
export function networkType(st: LineState, i: number, j: number): void {
  const { toks, out } = st;
  const nw = tokAt(toks, j + 1);
  if (!nw || nw.k !== WORD || nw.l !== 'network' || nw.cap || !nw.sp || tokAt(toks, i - 1)?.l !== 'the' || j - i > 1) return;
  const c = out[out.length - 1];
  if (c && c.s === toks[i].s && c.e === toks[j].e && c.key) {
    c.type = 'organization';
    c.str = Math.max(c.str, STR_CUE + 0.5);
  }
}

/** The acronym at `t` after the candidate it spells (acronymOfPrevious): its type, or an organisation's when the name was only guessed at. */
export function pushAcronym(out: Cand[], t: Tok): void {
  const c = out[out.length - 1];
  // (places are seldom abbreviated in brackets; known names are stronger than the city "Gao")
  out.push({ s: t.s, e: t.e, type: c.str >= STR_GAZ ? c.type : 'organization', str: STR_GAZ + 0.5, key: t.l });
}

/** toks[i] in brackets spells the initials of the capitalised words of the candidate that ends right before the bracket. */
export function acronymOfPrevious(toks: Tok[], i: number, out: Cand[]): boolean {
  const open = tokAt(toks, i - 1);
  const c = out[out.length - 1];
  if (open?.t !== '(' || tokAt(toks, i + 1)?.t !== ')' || i < 2 || !c || c.e !== toks[i - 2].e || c.type === 'date' || c.type === 'quantity') return false;
  const letters = toks[i].t.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2) return false;
  let initials = '';
  for (let k = i - 2; k >= 0 && toks[k].s >= c.s; k--) {
    const parts = toks[k].t.split('-');
    for (let p = parts.length - 1; p >= 0; p--) if (/^\p{Lu}/u.test(parts[p])) initials = parts[p][0] + initials;
  }
  return initials === letters;
}

