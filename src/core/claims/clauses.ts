/**
 * Clause geometry for the attribution detector: where a reported clause starts and ends, who the
 * subject before a reporting verb is, and how a span is trimmed. Works on a sentence's masked text
 * (quotation interiors blanked) with sentence-local offsets.
 */
import { CLAUSE_CUTS, CONTRAST_CUT, GAP_WORD, INTRO_START, SUBORDINATOR_START, VERB_RE } from './cues';

/** Trims quotes, punctuation and a leading "that" from [start, end) of text. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  for (;;) {
    const before = [s, e];
    while (s < e && /[\s“”"‘’.,;:—–-]/.test(text[s]) && !(text[s] === '’' && /\w/.test(text[s + 1] ?? ''))) s++;
    while (e > s && /[\s“”"‘.,;:—–-]/.test(text[e - 1])) e--;
    while (e > s && text[e - 1] === '’' && !/\w/.test(text[e] ?? '')) e--;
    if (/^that\s/i.test(text.slice(s, e))) s += 5;
    if (before[0] === s && before[1] === e) break;
  }
  return [s, e];
}

export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /\w/.test(w)).length;
}

/** Offset (sentence-local) where the reported clause starting at `from` ends. */
export function clauseEnd(masked: string, from: number, stopAtComma: boolean): number {
  let end = masked.length;
  const rest = masked.slice(from);
  for (const re of CLAUSE_CUTS) {
    const m = re.exec(rest);
    if (m && from + m.index < end) end = from + m.index;
  }
  for (const m of rest.matchAll(CONTRAST_CUT)) {
    const after = rest.slice(m.index + m[0].length);
    const nextComma = after.search(/[,;]/);
    const clause = nextComma >= 0 ? after.slice(0, nextComma) : after;
    if (new RegExp(VERB_RE.source).test(clause) || /according to/.test(clause)) {
      if (from + m.index < end) end = from + m.index;
      break;
    }
  }
  // "accused the army of … and vowed to …": a second reporting verb ends the first content
  const coord = new RegExp(`\\s+and\\s+(?=${VERB_RE.source})`).exec(rest);
  if (coord && from + coord.index < end) end = from + coord.index;
  if (stopAtComma) {
    const c = rest.indexOf(',');
    if (c >= 0 && from + c < end) end = from + c;
  }
  return end;
}

/** The source description before a verb: the clause's subject with an appositive, intro phrases dropped. */
export function subjectBefore(masked: string, verbAt: number, clauseStart: number): { start: number; text: string; intro: string; full?: string } {
  const region = masked.slice(clauseStart, verbAt);
  const segs: Array<{ start: number; text: string }> = [];
  let segStart = 0;
  for (let i = 0; i <= region.length; i++) {
    if (i === region.length || region[i] === ',') {
      segs.push({ start: clauseStart + segStart, text: region.slice(segStart, i) });
      segStart = i + 1;
    }
  }
  let nonEmpty = segs.filter((s) => s.text.trim());
  // "…, has said": an auxiliary or adverb alone after the last comma belongs to the verb
  while (nonEmpty.length > 1 && /^(?:has|have|had|also|too|however|though|then|now|again|later|earlier|has also|had also|have also|would|will)$/i.test(nonEmpty[nonEmpty.length - 1].text.trim())) nonEmpty = nonEmpty.slice(0, -1);
  // "The Houthis, who control Sanaa, the capital, and much of the north, said": the relative clause is not the subject
  const rel = nonEmpty.findIndex((x, i) => i >= 1 && /^(?:who|which|whose|where)\b/i.test(x.text.trim()));
  if (rel >= 1) nonEmpty = nonEmpty.slice(0, rel);
  if (!nonEmpty.length) return { start: verbAt, text: '', intro: region };
  let first = nonEmpty.length - 1;
  // joint subjects "A, a description, and B": the first source named
  if (nonEmpty.length >= 3 && /^and\s/i.test(nonEmpty[first].text.trim()) && /^(?:an?|the)\s/i.test(nonEmpty[first - 1].text.trim())
    && /^(?:The\s+)?\p{Lu}/u.test(nonEmpty[first - 2].text.trim())) first -= 2;
  // "Ataullah Afghan, the head of the provincial council, said": take the appositive pair
  if (first >= 1) {
    const prev = nonEmpty[first - 1].text.trim();
    const last = nonEmpty[first].text.trim();
    const appositive = /^(?:a|an|the|who|whose|which|known|also|aged|himself|herself)\b/i.test(last);
    const fronted = /^(?:in|on|at|near|from|for|with|after|before|during|across|outside|inside|further|farther|meanwhile|elsewhere|there)\b/i.test(prev);
    if (!INTRO_START.test(prev) && !fronted && wordCount(prev) <= 8 && (/^[A-Z]/.test(prev) || appositive)) first--;
  }
  const start = nonEmpty[first].start;
  const last = nonEmpty[nonEmpty.length - 1];
  const text = masked.slice(start, rel >= 1 ? last.start + last.text.length : verbAt).replace(SUBORDINATOR_START, '').trim();
  // the relative clause says who the source is (for the kind), though it does not name it
  return { start, text, intro: masked.slice(clauseStart, start), full: masked.slice(start, verbAt).replace(SUBORDINATOR_START, '').trim() };
}

/** "KHARTOUM, March 3 (Reuters) - " / "BAMAKO (AFP) - " / "KABUL, Afghanistan — " */
const DATELINE = /^[A-Z][A-Z .'’-]{2,}(?:,\s*[A-Z][\w .,]*?)?\s*(?:\([^)]{1,40}\))?\s*[-—–]\s+/;

/** Start of the clause holding position `at`: sentence start (after a dateline), or after "; " / ", while " / ", but ". */
export function clauseStartOf(masked: string, at: number): number {
  const dl = DATELINE.exec(masked);
  let start = dl && dl[0].length <= at ? dl[0].length : 0;
  const re = /;\s|,\s+(?:while|but|whereas|though|although|and)\s+|\s+[—–]\s+/g;
  for (const m of masked.matchAll(re)) {
    if (m.index + m[0].length > at) continue;
    // ", and" inside a relative clause ("The Houthis, who control Sanaa and, and much of the north, said") lists, it does not start a clause
    if (/^,\s+and\s/.test(m[0]) && /,\s+(?:who|which|whose)\b/.test(masked.slice(start, m.index))) continue;
    // "Mediazona, an independent outlet, and the BBC’s Russian service say": a list of sources, not a new clause
    if (/^,\s+and\s/.test(m[0]) && /^\s*(?:The\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*,\s+(?:an?|the)\s[^,]+$/u.test(masked.slice(start, m.index))) continue;
    start = m.index + m[0].length;
  }
  const sub = SUBORDINATOR_START.exec(masked.slice(start));
  if (sub && masked.slice(start + sub[0].length, at).indexOf(',') < 0) start += sub[0].length;
  return start;
}

const SOURCE_WORDS = /^(the|a|an|of|for|to|local|provincial|district|senior|deputy|security|military|government|police|army|official|officials|spokesman|spokeswoman|spokesperson|envoy|minister|ministry|commander|chief|governor|elder|resident|witness|head|member|leader|negotiator|director|coordinator|analyst|researcher|source|sources|tribal|former)$/;

/** "said Bahir Ahmadi, the spokesman …" / "said Taliban spokesman Suhail Shaheen": a source, not a clause, follows the verb. */
export function isSourceAfterVerb(afterVerb: string): boolean {
  const first = afterVerb.split(/[,.;]/)[0].trim();
  const words = first.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 7) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || SOURCE_WORDS.test(w.toLowerCase()) || /^(bin|al|ul|van|von|de|da|el)$/.test(w));
}

/** Offset after the reporting verb where "that" ends, when only adverbials or an object stand between. */
export function thatAfter(afterStr: string, word: string): number {
  const mm = /^((?:\s+[\p{L}\w’'.,-]+){0,10}?)\s+that\b/u.exec(afterStr);
  if (!mm) return -1;
  const gapWords = mm[1].trim() ? mm[1].trim().split(/\s+/) : [];
  const objectVerb = /^(told|tells|tell|accused|accuses|warned|warns|reminded|assured|informed)$/.test(word);
  // "said in a statement on its Telegram channel that", "said on state television, ORTM, that"
  const prepositional = /^(in|on|at|by|via|during|to|from|through|over|after|before)$/i.test(gapWords[0] ?? '') && gapWords.length <= 9
    && !gapWords.some((g) => /^(?:and|but|or|who|which|because|if|when|so)$/i.test(g));
  const ok = (gapWords.length <= 6 && gapWords.every((g) => GAP_WORD.test(g.replace(/[.,]$/, '')) || /^[A-Z]/.test(g))) || (objectVerb && gapWords.length <= 5) || prepositional;
  return ok ? mm[0].length : -1;
}

/** Subject of a trailing attribution ("…, Shahabuddin Dilawar, a Taliban negotiator, said"): text and the comma before it. */
export function trailingSubject(m: string, v: number, clauseStart: number): { text: string; comma: number } | undefined {
  // the comma closing an appositive right before the verb ("…, a Taliban negotiator, said") is not a boundary
  const region = m.slice(clauseStart, v).replace(/,\s*$/, (x) => ' '.repeat(x.length));
  const commas: number[] = [];
  for (let i = 0; i < region.length; i++) if (region[i] === ',') commas.push(clauseStart + i);
  if (!commas.length) return undefined;
  let c = commas[commas.length - 1];
  let text = m.slice(c + 1, v).trim();
  if (commas.length >= 2) {
    const c2 = commas[commas.length - 2];
    const prev = m.slice(c2 + 1, c).trim();
    // "…, NAME, the role, said" / "…, NAME, a role, said"
    if (/^(?:a|an|the|who)\b/i.test(text) && /^(?:\p{Lu}[\p{L}\w’'.-]*\s*){1,5}$/u.test(prev)) {
      c = c2;
      text = m.slice(c + 1, v).trim();
    }
  }
  if (!text || wordCount(text) > 12) return undefined;
  return { text, comma: c };
}

export function trailingContentStart(m: string, clauseStart: number, consumed: number): number {
  let start = Math.max(clauseStart, consumed);
  if (consumed > 0 && consumed > clauseStart) {
    const comma = m.indexOf(',', consumed);
    if (comma >= 0) start = comma + 1;
  }
  return start;
}
