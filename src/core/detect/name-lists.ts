/**
 * Lists of places: a name the line's rules typed a person only by default (a given name, several
 * unknown words) among places in a list is a place too ("Kirkuk, Salahuddin and Diyala", "to
 * Tawila, Melit, Kutum and Tina", "the districts of Dara and Khenj").
 */
import { PLURAL_PLACE_NOUNS } from './name-words';
import type { LineState } from './name-state';
import { WORD, tokAt, type Tok } from './tokens';
import { STR_CUE, STR_GAZ, STR_UNKNOWN, STR_WEAK, type Cand } from './types';

/** Retypes weak person candidates among listed places, over the candidates out[from..] of the line. */
export function placesInLists(st: LineState, from: number): void {
  const { toks, out } = st;
  // (most lines have no weak name beside a place typed by a cue or the gazetteer: no list to look at)
  let weak = false;
  let place = false;
  for (let x = from; x < out.length; x++) {
    const c = out[x];
    if (isPlace(c)) place ||= c.str > STR_WEAK;
    else if (isWeakPerson(c)) weak = true;
  }
  if (!weak || !place) return;
  // (the names in line order: the rules emit them so but for a few)
  const names: Cand[] = [];
  let sorted = true;
  for (let x = from; x < out.length; x++) {
    const c = out[x];
    if (!c.key) continue;
    if (names.length && names[names.length - 1].s > c.s) sorted = false;
    names.push(c);
  }
  if (!sorted) names.sort((p, q) => p.s - q.s);
  const at = new TokenIndex(toks);
  let x = 0;
  while (x < names.length) {
    // the list from names[x]: members joined by ",", "and", "or", ", and"
    let y = x;
    let joined = false;
    while (y + 1 < names.length) {
      const sep = separator(toks, at.endAt(names[y].e), at.startAt(names[y + 1].s));
      if (!sep) break;
      y++;
      // (the list ends at its member after "and": "to Frankfurt and Wunstorf, Arlt told")
      if (sep === 'and') {
        joined = true;
        break;
      }
    }
    // (not a contributor line's "… in Doha, Qatar, and Gul Ahmad Rasuli in Islamabad")
    const last = at.endAt(names[y].e);
    const after = tokAt(toks, last + 1);
    const region = inRegion(st, last + 1, names[y + 1]);
    if (joined && y > x && (region || !(after && (after.l === 'in' || after.l === 'from')))) retype(st, names.slice(x, y + 1), at, region);
    x = y + 1;
  }
}

/** A name typed a person by a given name or by default, or not typed at all (unknown words). */
const isWeakPerson = (c: Cand): boolean => !!c.key && ((c.type === 'person' && c.str <= STR_CUE) || c.str === STR_UNKNOWN);
const isPlace = (c: Cand): boolean => c.type === 'location' && c.str >= STR_WEAK;

/** "in the Donetsk region", "in Zaporizhzhia Oblast" after a list (at token k): its members are places; `next` is the name after the list. */
function inRegion(st: LineState, k: number, next: Cand | undefined): boolean {
  const { toks } = st;
  if (tokAt(toks, k)?.l !== 'in' || !next || next.type !== 'location' || next.str < STR_GAZ) return false;
  const first = tokAt(toks, k + 1)?.l === 'the' ? k + 2 : k + 1;
  if (tokAt(toks, first)?.s !== next.s) return false;
  let e = first;
  while (tokAt(toks, e + 1) && toks[e + 1].e <= next.e) e++;
  return REGION_NOUNS.has(tokAt(toks, e + 1)?.l ?? '');
}

const REGION_NOUNS = new Set(['region', 'oblast', 'province', 'district', 'governorate', 'state', 'county', 'department']);

function retype(st: LineState, list: Cand[], at: TokenIndex, inKnownPlace: boolean): void {
  const { toks } = st;
  const places = list.filter(isPlace);
  // (an unknown word opening a sentence is no listed name: "Meanwhile, Germany, France, Italy and Poland")
  const weak = list.filter((c) => !isPlace(c) && isWeakPerson(c) && !(c.str === STR_UNKNOWN && st.starts[Math.max(0, at.startAt(c.s))]));
  if (!weak.length || places.length + weak.length !== list.length) return;
  // (places by a cue or the gazetteer, not all by default: "to Tawila, Melit, Kutum and Tina")
  if (!inKnownPlace && !places.some((c) => c.str > STR_WEAK)) return;
  // two names: only after "the districts of" or before "districts" ("Dara and Khenj districts")
  if (list.length === 2) {
    const first = Math.max(0, at.startAt(list[0].s));
    const last = at.endAt(list[1].e) + 1;
    const before = tokAt(toks, first - 1)?.l === 'of' && PLURAL_PLACE_NOUNS.has(tokAt(toks, first - 2)?.l ?? '');
    if (!before && !PLURAL_PLACE_NOUNS.has(tokAt(toks, last)?.l ?? '')) return;
  } else if (places.length < 2 && !inKnownPlace) return;
  for (const c of weak) {
    c.type = 'location';
    c.str = Math.max(c.str, STR_WEAK);
    delete c.parts;
  }
}

/** The index of the token that ends, or starts, at an offset (binary search over the line's tokens); -1 when none. */
class TokenIndex {
  constructor(private readonly toks: Tok[]) {}

  endAt(off: number): number {
    return this.find(off, true);
  }

  startAt(off: number): number {
    return this.find(off, false);
  }

  private find(off: number, end: boolean): number {
    const { toks } = this;
    let lo = 0;
    let hi = toks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = end ? toks[mid].e : toks[mid].s;
      if (at < off) lo = mid + 1;
      else if (at > off) hi = mid - 1;
      else return mid;
    }
    return -1;
  }
}

/** The list separator between the tokens e (a name's last) and s (the next name's first): 'and' ("and", "or", ", and"), ',' or ''. */
function separator(toks: Tok[], e: number, s: number): string {
  if (e < 0 || s < 0) return '';
  if (s === e + 2 && toks[e + 1].t === ',') return ',';
  const conj = (t: Tok | undefined) => !!t && t.k === WORD && !t.cap && (t.l === 'and' || t.l === 'or');
  if (s === e + 2 && conj(toks[e + 1])) return 'and';
  if (s === e + 3 && toks[e + 1].t === ',' && conj(toks[e + 2])) return 'and';
  return '';
}
