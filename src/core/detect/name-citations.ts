/**
 * Authors in scholarly citations: in-text citations ("(Long 2008, 67; Kagan 2009)", "Malkasian (2017)") and the first
 * author of a reference-list entry, written surname first ("Kilcullen, David. 2009.", "^ Rashid, Ahmed (2008).").
 */
import { isYear } from './date';
import { gazetteer } from './gazetteer';
import { NUM, PUNCT, WORD, tokAt, type Tok } from './tokens';

/** A year that closes a citation's author list: then ")", ",", ";", ":" or the line's end. */
function citedYear(toks: Tok[], k: number): boolean {
  if (!isYear(toks[k])) return false;
  const nx = tokAt(toks, k + 1);
  return !nx || nx.t === ')' || nx.t === ',' || nx.t === ';' || nx.t === ':' || (nx.k === WORD && nx.l.length === 1 && !nx.sp && nx.t !== nx.t.toUpperCase());
}

/**
 * The words toks[a..b] are an author in a citation: other authors' names, commas, "and", "&" or "et al." lead to a year
 * that closes it, and the list stands inside brackets ("(Jones and Muñoz 2010)"), or the year is in brackets after the
 * surname ("Long (2008)").
 */
export function citedAuthor(toks: Tok[], a: number, b: number): boolean {
  let k = b + 1;
  for (let n = 0; n < 10 && k < toks.length; n++, k++) {
    const t = toks[k];
    if (t.t === '(') return isYear(tokAt(toks, k + 1)) && tokAt(toks, k + 2)?.t === ')';
    if (t.k === NUM) return citedYear(toks, k) && openedBefore(toks, a);
    if (t.t === ',' || t.t === '&' || (t.k === WORD && (t.cap || t.l === 'and' || t.l === 'et' || t.l === 'al.'))) continue;
    return false;
  }
  return false;
}

/** An opening bracket before toks[a] with only names, commas, semicolons, "and" and cited pages between. */
function openedBefore(toks: Tok[], a: number): boolean {
  for (let k = a - 1; k >= Math.max(0, a - 14); k--) {
    const t = toks[k];
    if (t.t === '(') return true;
    if (t.t === ')' || (t.k === PUNCT && t.t !== ',' && t.t !== ';' && t.t !== '&' && t.t !== '.')) return false;
    if (t.k === WORD && !t.cap && t.l !== 'and' && t.l !== 'et' && t.l !== 'al.' && t.l !== 'see' && t.l !== 'cf.') return false;
  }
  return false;
}

/**
 * A reference-list entry's authors, surname first, at the line's start (after a "^", a bullet or an endnote number):
 * "Kilcullen, David. 2009.", "Cordesman, Anthony H. 2008.", "^ Rashid, Ahmed (2008).", Wikipedia's "^ Gannon, Kathy;
 * Akhgar, Tameem (15 August 2021)." Each surname is no known place or organisation, and its given names follow it; a year
 * comes within a few tokens of the last. Where the year follows only a full stop, the first given name must be a known
 * one and no surname a known name. Returns each author's first and last token, or undefined.
 */
export function referenceAuthors(toks: Tok[]): [number, number][] | undefined {
  let k = 0;
  while (k < toks.length && toks[k].k !== WORD && k < 4) k++;
  const g = gazetteer();
  const found: [number, number][] = [];
  for (;;) {
    const s = toks[k];
    if (!s || s.k !== WORD || !s.cap || s.upper || tokAt(toks, k + 1)?.t !== ',') return undefined;
    const first = tokAt(toks, k + 2);
    // (not "Kabul, Afghanistan (AP)": a known name after the comma)
    if (!first || first.k !== WORD || !first.cap || !first.sp || g.names.has(first.l)) return undefined;
    let e = k + 2;
    // middle initials and names: "Anthony H.", "Stig Jarle", "David E."
    while (tokAt(toks, e + 1)?.k === WORD && tokAt(toks, e + 1).cap && tokAt(toks, e + 1).sp && e < k + 5) e++;
    found.push([k, e]);
    const nx = tokAt(toks, e + 1);
    // "; Akhgar, Tameem": the next author
    if (nx?.t === ';' && found.length < 6) {
      k = e + 2;
      continue;
    }
    // "(15 August 2021)", "(2008)": a dated entry, whatever the given names
    if (nx?.t === '(') {
      for (let y = e + 2; y <= e + 5 && y < toks.length; y++) if (isYear(toks[y])) return found;
      return undefined;
    }
    // (a surname that is also a place's, "Sanger", only with the dated form)
    if (!g.given.has(toks[found[0][0] + 2].l) || found.some(([a]) => g.names.has(toks[a].l))) return undefined;
    for (let y = e + 1; y <= e + 3 && y < toks.length; y++) if (isYear(toks[y])) return found;
    return undefined;
  }
}
