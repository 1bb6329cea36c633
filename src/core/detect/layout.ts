/**
 * The shape of a line, for the name rules: sentence starts, headline-style (title-case) lines,
 * "Name – Outlet" bylines, and hyphenated names split into their parts ("US-Taliban",
 * "anti-Taliban").
 */
import { gazetteer, isDemonym } from './gazetteer';
import { NP_STOP, TITLES } from './lexicon';
import { F_HYPHEN, F_STOP, NUM, PUNCT, WORD, wordFlags, tokAt, type Tok } from './tokens';

const SENTENCE_END = new Set(['.', '!', '?', ':', '…', '|', '•']);
const TRANSPARENT = new Set(['"', '“', '”', '‘', "'", '(', '[', '*', '#', '_', '<', '>', '’', '`', '«', '»']);
export const DASHES = new Set(['—', '–', '-', '―']);
const HYPHEN_PREFIXES = new Set(['anti', 'pro', 'non', 'ex', 'post', 'pre', 'neo', 'pan', 'trans', 'inter', 'intra', 'semi', 'counter', 'self', 'all', 'mid', 'ultra', 'then', 'de', 'un', 'multi', 'cross']);

/** Lowercase adjectives after a hyphen and a known name ("Taliban-accessible", "Kabul-bound"). */
const ADJECTIVE_TAIL = /^[a-z]{2,}(?:ible|able|ed|ing|bound|wide|free|friendly|style|era)$/;

/** Lowercase participles after a hyphen that leave the name before it alone ("Washington-based"). */
const PARTICIPLE_TAILS = new Set(['based', 'run', 'led', 'backed', 'controlled', 'held', 'born', 'flagged', 'owned', 'allied', 'aligned', 'funded', 'linked', 'affiliated', 'occupied', 'made', 'brokered', 'sponsored', 'supported', 'dominated', 'administered', 'operated', 'registered', 'bound', 'built', 'trained', 'armed', 'style', 'era']);

/** Splits "US-Taliban" into known parts and "anti-Taliban" to "Taliban" (in place, before detection); parts keep the word's flags but F_HYPHEN. */
export function splitHyphenNames(toks: Tok[]): Tok[] {
  let changed = false;
  const out: Tok[] = [];
  const g = gazetteer();
  for (let idx = 0; idx < toks.length; idx++) {
    const t = toks[idx];
    if (t.k !== WORD || !(t.f & F_HYPHEN)) {
      out.push(t);
      continue;
    }
    const parts = t.t.split('-');
    const head = parts[0].toLowerCase();
    // "Pro-government militias": a capitalised prefix before a lowercase word is no name (not an acronym: "UN-backed")
    if (t.cap && HYPHEN_PREFIXES.has(head) && parts[0] !== parts[0].toUpperCase() && parts.length >= 2 && parts.slice(1).every((p) => p === p.toLowerCase())) {
      out.push({ ...t, cap: false, upper: false });
      changed = true;
      continue;
    }
    // ("Pro-Russia activists" at a sentence start; but "Non-Aligned Movement": a name goes on)
    // ("Rep. Michael McCaul (R-Texas)", "Sen. Mitch McConnell, R-Ky.": a party letter before a legislator's state)
    // ("## … as Anti-Taliban Forces Claim Gains": in a headline the next word is capitalised too)
    // ("(D-R.I.)", "(D-NY)": a state's initials)
    const party = parts.length === 2 && parts[0].length === 1 && (head === 'r' || head === 'd' || head === 'i') && /^(?:\p{Lu}\p{Ll}|(?:\p{Lu}\.){2}$|\p{Lu}{2}$)/u.test(parts[1]) && (tokAt(toks, idx - 1)?.t === '(' || tokAt(toks, idx - 1)?.t === ',');
    // ("pro-Kurdish", "anti-American": a prefix before a demonym makes no name; not "Pan-American Highway")
    if (!party && HYPHEN_PREFIXES.has(head) && parts.length === 2 && /^\p{Lu}/u.test(parts[1]) && isDemonym(parts[1].toLowerCase()) && !g.names.has(parts[1].toLowerCase()) && (head === 'pro' || head === 'anti' || !tokAt(toks, idx + 1)?.cap)) {
      out.push({ ...t, cap: false, upper: false });
      changed = true;
      continue;
    }
    if (party || ((!t.cap || !tokAt(toks, idx + 1)?.cap || (parts.length === 2 && (head === 'anti' || head === 'pro') && g.names.has(parts[1].toLowerCase()))) && HYPHEN_PREFIXES.has(head) && parts.length >= 2 && /^\p{Lu}/u.test(parts[1]))) {
      const off = parts[0].length + 1;
      let rest = t.t.slice(off);
      // ("(R-Ky.)": the state's abbreviation keeps its period)
      const period = party && tokAt(toks, idx + 1)?.t === '.' && !tokAt(toks, idx + 1).sp && !rest.endsWith('.') && rest.length <= 5;
      if (period) rest += '.';
      // the part's own flags: "mid-April" is a month
      const l = rest.toLowerCase();
      out.push({ ...t, s: t.s + off, e: t.e + (period ? 1 : 0), t: rest, l, cap: true, upper: rest.length > 1 && rest === rest.toUpperCase(), sp: true, f: wordFlags(l) | (rest.includes('-') ? F_HYPHEN : 0), x: -1 });
      if (period) idx++;
      changed = true;
      continue;
    }
    // "Washington-based" -> Washington; "Houthi-run" -> Houthi; "Greek-flagged", "American-British" -> no name
    if (t.cap && parts.length === 2 && !g.names.has(t.l)) {
      // ("Serb-majority", "Kurdish-led": a demonym before a lowercase word)
      if (parts.every((p) => isDemonym(p.toLowerCase())) || (isDemonym(head) && parts[1] === parts[1].toLowerCase())) {
        out.push({ ...t, cap: false });
        changed = true;
        continue;
      }
      // ("Taliban-Ruled Afghanistan" in a headline: the participle capitalised)
      if (PARTICIPLE_TAILS.has(parts[1]) || (t.cap && /^\p{Lu}\p{Ll}+ed$/u.test(parts[1]) && g.names.has(head)) || (parts[1].length > 5 && parts[1].endsWith('ed') && parts[1] === parts[1].toLowerCase())) {
        if (isDemonym(head)) {
          out.push({ ...t, cap: false });
        } else {
          const off = parts[0].length;
          out.push({ ...t, e: t.s + off, t: parts[0], l: head, upper: off > 1 && parts[0] === parts[0].toUpperCase(), f: t.f & ~F_HYPHEN , x: -1 });
          out.push({ ...t, s: t.s + off + 1, t: parts[1], l: parts[1], cap: false, upper: false, sp: false, f: t.f & ~F_HYPHEN , x: -1 });
        }
        changed = true;
        continue;
      }
    }
    // "Taliban-accessible", "Kabul-bound": a known name and a lowercase word after a hyphen
    if (t.cap && parts.length === 2 && ADJECTIVE_TAIL.test(parts[1]) && parts[1] === parts[1].toLowerCase() && g.names.has(head) && !g.names.has(t.l) && !HYPHEN_PREFIXES.has(head)) {
      const off = parts[0].length;
      out.push({ ...t, e: t.s + off, t: parts[0], l: head, upper: off > 1 && parts[0] === parts[0].toUpperCase(), f: t.f & ~F_HYPHEN, x: -1 });
      out.push({ ...t, s: t.s + off + 1, t: parts[1], l: parts[1], cap: false, upper: false, sp: false, f: t.f & ~F_HYPHEN, x: -1 });
      changed = true;
      continue;
    }
    // "al-Qaeda-linked", "Pul-e-Khumri-based": a participle after a name of several parts
    const tail = parts[parts.length - 1];
    if (parts.length >= 3 && PARTICIPLE_TAILS.has(tail) && (t.cap || /^\p{Lu}/u.test(parts[1]))) {
      const off = t.t.length - tail.length - 1;
      const name = t.t.slice(0, off);
      out.push({ ...t, e: t.s + off, t: name, l: name.toLowerCase(), upper: name === name.toUpperCase(), f: t.f, x: -1 });
      out.push({ ...t, s: t.s + off + 1, t: tail, l: tail, cap: false, upper: false, sp: false, f: t.f & ~F_HYPHEN, x: -1 });
      changed = true;
      continue;
    }
    if (t.cap && parts.length >= 2 && parts.length <= 5 && parts.every((p) => /^\p{Lu}/u.test(p)) && !g.names.has(t.l)) {
      const known = parts.filter((p) => g.names.has(p.toLowerCase()) || isDemonym(p.toLowerCase()));
      if (known.length === parts.length && parts.some((p) => g.names.get(p.toLowerCase())?.kind !== 'city' && g.names.has(p.toLowerCase()))) {
        let s = t.s;
        parts.forEach((p, idx) => {
          out.push({ ...t, s, e: s + p.length, t: p, l: p.toLowerCase(), cap: true, upper: p.length > 1 && p === p.toUpperCase(), sp: idx === 0 ? t.sp : false, f: t.f & ~F_HYPHEN , x: -1 });
          s += p.length + 1;
        });
        changed = true;
        continue;
      }
    }
    out.push(t);
  }
  return changed ? out : toks;
}

let startsScratch = new Uint8Array(256);

/** Punctuation by character code for sentenceStarts: 1 ends a sentence, 2 is transparent. */
const PUNCT_ROLE = new Uint8Array(0x2030);
for (const c of TRANSPARENT) PUNCT_ROLE[c.charCodeAt(0)] = 2;
for (const c of [...SENTENCE_END, ...DASHES]) PUNCT_ROLE[c.charCodeAt(0)] = 1;

function punctRole(t: string): number {
  if (t.length !== 1) return SENTENCE_END.has(t) || DASHES.has(t) ? 1 : TRANSPARENT.has(t) ? 2 : 0;
  const c = t.charCodeAt(0);
  return c < PUNCT_ROLE.length ? PUNCT_ROLE[c] : 0;
}

/**
 * Which tokens start a sentence (after . ! ? : or at line start, skipping quotes and markup).
 * The flags live in a buffer reused by the next call (one line is detected at a time), longer
 * than the line: valid at its token indices only.
 */
/** Words that open a report's footnote after its number ("3 Interview with …", "1 Written statement of …"). */
const NOTE_OPENERS = new Set(['written', 'interview', 'interviews', 'statement', 'see', 'report', 'figure', 'data', 'source', 'letter', 'meeting']);

/**
 * A footnote's or a numbered paragraph's number opening a line of prose: "1 The previous update covered …", "13 We helped
 * build a state" (not a count: "46 Afghan soldiers seek refuge", "130 Australians still in Afghanistan").
 */
export function footnoteNumber(toks: Tok[]): boolean {
  const t = toks[0];
  const w = toks[1];
  if (toks.length < 8 || !t || t.k !== NUM || t.t.length > 3 || !/^\d+$/.test(t.t) || !w || w.k !== WORD || !w.cap || !w.sp) return false;
  return (NP_STOP.has(w.l) && w.l !== 'a' && w.l !== 'an') || NOTE_OPENERS.has(w.l);
}

export function sentenceStarts(toks: Tok[]): Uint8Array {
  if (startsScratch.length < toks.length) startsScratch = new Uint8Array(toks.length * 2);
  // the buffer itself, not a subarray view (a typed array made per line cost ~1 µs): read only
  // at the line's token indices
  const starts = startsScratch;
  starts.fill(0, 0, toks.length);
  let at = true;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // endnote markers after a sentence's end keep the next word a sentence start: "ended.[2] Geolocated", "ended.12 In"
    if (at && i > 0 && !t.sp) {
      // (and a time code opening the line: "0:31 The Houthis have launched")
      if (t.k === NUM && (toks[i - 1].t === '.' || (toks[i - 1].t === ':' && i === 2 && toks[0].k === NUM))) continue;
      if (t.t === '[' && tokAt(toks, i + 1)?.k === NUM && tokAt(toks, i + 2)?.t === ']') {
        i += 2;
        continue;
      }
    }
    // (a footnote's number: "5 The Supreme Court's posts are archived")
    if (i === 0 && footnoteNumber(toks)) continue;
    if (t.k === PUNCT) {
      const role = punctRole(t.t);
      if (role === 1) at = true;
      else if (role !== 2) at = false;
      continue;
    }
    if (at) starts[i] = 1;
    // a word with its period ("X.", "U.S.") before a capitalised function word ends a sentence (not a title: "Mr. West")
    at = t.t.charCodeAt(t.t.length - 1) === 46 && !TITLES.has(t.l) && i + 1 < toks.length && tokAt(toks, i + 1).cap && tokAt(toks, i + 1).sp && NP_STOP.has(tokAt(toks, i + 1).l) && tokAt(toks, i + 1).l !== 'a';
  }
  return starts;
}

/** Headline-style line: nearly every content word capitalised and no closing period. */
export function isTitleCaseLine(toks: Tok[]): boolean {
  let content = 0;
  let caps = 0;
  let lower = 0;
  let sentenceEnd = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // (a sentence's period inside the line: a caption's sentence and its credit, "… in the Situation Room. DOUG MILLS/…")
    if (t.k === PUNCT && t.t === '.' && i > 0 && i + 1 < toks.length && toks[i + 1].sp) sentenceEnd = true;
    if (t.k !== WORD) continue;
    // (a markup tag's name: "<u>Ethiopia’s War in Tigray: A Timeline</u>")
    if (i > 0 && (toks[i - 1].t === '<' || (toks[i - 1].t === '/' && tokAt(toks, i - 2)?.t === '<'))) continue;
    if (!t.cap) lower++;
    if (!t.cap && t.f & F_STOP) continue;
    content++;
    if (t.cap) caps++;
  }
  const last = tokAt(toks, toks.length - 1);
  // a sentence: a closing period after several words, or after a few with two lowercase among them
  // ("He said Gen. John Smith was there.")
  if (last && last.k === PUNCT && last.t === '.' && (content > 4 || lower >= 2)) return false;
  if (sentenceEnd && lower >= 3 && content > 4) return false;
  return content >= 2 && caps >= content * 0.75;
}

/** "Ayaz Gul – VOA News": a short line of two names around a dash. */
export function dashByline(toks: Tok[]): boolean {
  if (toks.length > 10) return false;
  let dash = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.k === PUNCT && DASHES.has(t.t) && t.sp) {
      if (dash >= 0) return false;
      dash = i;
    } else if (t.k !== WORD || !t.cap) return false;
  }
  return dash > 0 && dash < toks.length - 1;
}

