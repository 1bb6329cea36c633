/**
 * Attribution detector: proposes the claims of an article per the annotation guidelines.
 *
 * Per sentence (quotations opaque, see sentences.ts) it looks for
 *   - a quotation followed by its tag:       “…,” X said.  /  “…,” said X, the …   (+ “…” continuing it)
 *   - a clause followed by the attribution:  CONTENT, X said (in a statement).  /  CONTENT, said X.
 *   - an attribution followed by the clause: X said (Sunday) (that) CONTENT.  /  X says: CONTENT
 *   - "according to X", "reportedly", "was reported", "are estimated to", "Estimates suggest", "X put … at …"
 * and sets span = the claimed content, claimant (claimant.ts), kind (kind.ts), topic (topic.ts),
 * value (value.ts: explicit figures only, durations skipped).
 */
import type { ClaimValue, DetectedClaim, DetectedEntity } from '../model';
import { ClaimantContext, cleanBody } from './claimant';
import {
  clauseEnd, clauseStartOf, isSourceAfterVerb, subjectBefore, thatAfter, trailingContentStart, trailingSubject, trimSpan, wordCount,
} from './clauses';
import {
  ASSESSMENT_SUBJECT, ESTIMATE_VERBS, LEADING_ADVERBIAL, NEGATED_BEFORE, PARTICIPLES,
  PREPOSITION_START, SAY_VERBS, SUBORDINATOR_START, THAT_VERBS, TO_VERBS, VERB_RE,
} from './cues';
import { articleStates, classifyKind, roleKind, type ClaimOptions } from './kind';
import { splitSentences, type Sentence } from './sentences';
import { classifyTopic } from './topic';
import { findValues, isDurationUnit } from './value';

export type { ClaimOptions } from './kind';

export interface DetectClaimsOptions extends ClaimOptions {
  /** Armed groups "the group" / "the insurgents" may refer to (default: the first entries of the parties list). */
  groups?: readonly string[];
}

/** Nouns that report when a source modifies them: "insurgent assertions that …". */
const NOMINAL_RE = /\b(?:assertions?|claims?|insistence|allegations?|accusations?)\s+that\b/g;
/** Who owns the nominal claim: a possessive ("the group’s"), a capitalised modifier ("Taliban"), or a party noun ("insurgent"). */
const NOMINAL_SOURCE = /(?:((?:the\s+)?[\w.-]+(?:\s+[A-Z][\w.-]*)*)[’']s?|((?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*)|\b(insurgent|rebel|militant|jihadist|government|military|army|police|ministry))\s+$/;
const NOMINAL_RE_ONE = /^(?:assertions?|claims?|insistence|allegations?|accusations?)\s+that$/;

/** The war DEFAULT_PARTIES describes: its lists apply to an article that names it. */
const SAMPLES_WAR = /\b(?:Taliban|Afghanistan|Afghan)\b/;

export const DEFAULT_GROUPS: readonly string[] = ['Taliban', 'Islamic Emirate', 'Haqqani network'];

interface Candidate {
  start: number;
  end: number;
  claimant: string;
  /** words describing the source, for the kind */
  description: string;
  fromQuote?: boolean;
  /** the reporting verb ("estimated"), when known */
  verb?: string;
}

const SAY = new Set(SAY_VERBS);
const THAT = new Set(THAT_VERBS);
const TO = new Set(TO_VERBS);
const EST = new Set(ESTIMATE_VERBS);
const PART = new Set(PARTICIPLES);
/** A determiner before a verb-looking word makes it a noun ("the boast", "these claims"). */
const DET_BEFORE = /(?:^|\s)(?:a|an|the|these|those|such|his|her|their|its|our|this)\s*$/i;
/** Modifiers of a noun use of an -s form ("media reports", "conflicting claims"); "media reported" stays a verb. */
const MODIFIER_BEFORE = /(?:^|\s)(?:unverified|conflicting|media|news|initial|earlier|latest|many|no|some|repeated|previous|unconfirmed|official|local)\s*$/i;
/** A preposition or an infinitive before an -s form makes it a noun ("with reports from", "to verify claims"). */
const PREP_BEFORE = /(?:^|\s)(?:with|of|from|in|on|by|for|about|amid|despite)\s*$|\bto\s+\w+\s+$/i;
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?$/i;
const OPEN_QUOTES = /^[“"]/;


export function detectClaims(text: string, entities?: DetectedEntity[], options: DetectClaimsOptions = {}): DetectedClaim[] {
  const groups = options.groups ?? DEFAULT_GROUPS;
  const ctx = new ClaimantContext(text, entities, groups);
  const candidates: Candidate[] = [];
  let lastQuote: { paragraph: number; claimant: string; description: string } | undefined;
  for (const sentence of splitSentences(text)) {
    const s = headlineCase(text, sentence);
    const found = sentenceClaims(text, s, ctx, lastQuote);
    if (found.length) {
      const q = [...found].reverse().find((c) => c.fromQuote);
      lastQuote = q ? { paragraph: s.paragraph, claimant: q.claimant, description: q.description } : undefined;
    } else if (!OPEN_QUOTES.test(text.slice(s.start, s.end))) lastQuote = undefined;
    candidates.push(...found);
    ctx.notePersonsIn(text.slice(s.start, s.end), s.start);
  }
  return finish(text, candidates, ctx, options);
}

const TITLE_VERBS = /\b(Say|Claim|Tell|Warn|Vow|Insist|Announce|Report|Confirm|Accuse|Says|Said|Claims|Claimed|Tells|Told|Warns|Warned|Vows|Vowed|Insists|Insisted|Announces|Announced|Reports|Reported|Confirms|Confirmed|Accuses|Accused|Estimates)\b/g;

/** A Title-Case headline ("Taliban Says It Will Not Attack Kabul"): its reporting verbs read as verbs. */
function headlineCase(text: string, s: Sentence): Sentence {
  const str = text.slice(s.start, s.end);
  if (/[.!?”"]$/.test(str)) return s;
  const words = str.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w));
  if (words.length < 3 || words.length > 20 || words.filter((w) => /^[A-Z]/.test(w)).length / words.length < 0.6) return s;
  return { ...s, masked: s.masked.replace(TITLE_VERBS, (w) => w.toLowerCase()) };
}

function sentenceClaims(text: string, s: Sentence, ctx: ClaimantContext, lastQuote: { paragraph: number; claimant: string; description: string } | undefined): Candidate[] {
  const str = text.slice(s.start, s.end);
  const m = s.masked;
  const out: Candidate[] = [];
  const add = (start: number, end: number, claimant: string, description: string, fromQuote = false, verb?: string): void => {
    const [a, b] = trimSpan(text, s.start + start, s.start + end);
    if (b - a < 8 || wordCount(text.slice(a, b)) < 3) return;
    out.push({ start: a, end: b, claimant, description, fromQuote, verb });
  };

  // 1. a sentence that opens with a quotation
  const q0 = s.quotes[0];
  if (q0 && q0.start - s.start === 1 && OPEN_QUOTES.test(str)) {
    const inner = text.slice(q0.start, q0.end);
    const afterClose = q0.end + 1 - s.start;
    const rest = m.slice(afterClose);
    const tagVerb = firstVerb(rest);
    const quoteEndsClause = /[,.!?…]$/.test(inner.trim()) || /^\s*[,—–-]/.test(rest);
    if (tagVerb && quoteEndsClause) {
      const nextQuote = s.quotes[1];
      const tagEnd = nextQuote ? nextQuote.start - 1 - s.start : m.length;
      const tag = m.slice(afterClose, tagEnd);
      const v = firstVerb(tag);
      if (v) {
        let before = tag.slice(0, v.index).replace(/^[\s,—–-]+|[\s,]+$/g, '');
        let description = before;
        if (!before) {
          before = tag.slice(v.index + v.word.length).replace(/^[\s,]+|[\s.,]+$/g, '');
          description = before;
        }
        const who = ctx.resolve(description, s.start + afterClose);
        add(q0.start - s.start, q0.end - s.start, who.claimant, description, true);
        for (const q of s.quotes.slice(1)) add(q.start - s.start, q.end - s.start, who.claimant, description, true);
        // “…,” the governor said, adding that reinforcements had not arrived.
        const more = /,\s+(?:adding|saying|noting|insisting|warning|stressing|claiming)\s+(?:that\s+)?/.exec(tag);
        if (more && !nextQuote) add(afterClose + more.index + more[0].length, m.length, who.claimant, description, true);
        return out;
      }
    }
    // 2. a quotation continuing the previous quoted speaker
    const wholeQuote = s.quotes.length >= 1 && m.replace(/[·“”"\s.,!?]/g, '') === '';
    if (wholeQuote && lastQuote && lastQuote.paragraph === s.paragraph) {
      for (const q of s.quotes) add(q.start - s.start, q.end - s.start, lastQuote.claimant, lastQuote.description, true);
      return out;
    }
  }

  // 3. attribution cues in the sentence, left to right
  let consumed = 0;
  const cues: Array<{ index: number; word: string }> = [];
  for (const mm of m.matchAll(new RegExp(VERB_RE.source, 'g'))) cues.push({ index: mm.index, word: mm[0] });
  for (const mm of m.matchAll(/\baccording to\b/gi)) cues.push({ index: mm.index, word: 'according to' });
  for (const mm of m.matchAll(/\breportedly\b/gi)) cues.push({ index: mm.index, word: 'reportedly' });
  for (const mm of m.matchAll(NOMINAL_RE)) cues.push({ index: mm.index, word: mm[0] });
  for (const mm of m.matchAll(/\b(?:attributed|attributes|attributing|blamed|blames|blaming)\b/g)) cues.push({ index: mm.index, word: mm[0] });
  cues.sort((a, b) => a.index - b.index);
  let mainClaimant: { claimant: string; description: string } | undefined;
  for (const cue of cues) {
    if (cue.index < consumed) continue;
    const c = cueClaim(text, s, cue, consumed, ctx, mainClaimant);
    if (!c) continue;
    add(c.start, c.end, c.claimant, c.description, false, cue.word);
    if (out.length && !mainClaimant) mainClaimant = { claimant: c.claimant, description: c.description };
    consumed = Math.max(consumed, c.end, cue.index + cue.word.length);
  }
  // quotations of the same source outside the content ("…, calling the forces “better trained …”")
  if (out.length) {
    for (const q of s.quotes) {
      const covered = out.some((c) => c.start <= q.end && q.start <= c.end);
      if (!covered && wordCount(text.slice(q.start, q.end)) >= 3) add(q.start - s.start, q.end - s.start, out[0].claimant, out[0].description);
    }
  }
  return out;
}

function firstVerb(s: string): { index: number; word: string } | undefined {
  const re = new RegExp(VERB_RE.source, 'g');
  for (let mm = re.exec(s); mm; mm = re.exec(s)) {
    if (SAY.has(mm[0]) || TO.has(mm[0])) return { index: mm.index, word: mm[0] };
  }
  return undefined;
}

interface CueResult {
  start: number;
  end: number;
  claimant: string;
  description: string;
}

function cueClaim(
  text: string, s: Sentence, cue: { index: number; word: string }, consumed: number, ctx: ClaimantContext,
  main: { claimant: string; description: string } | undefined,
): CueResult | undefined {
  const m = s.masked;
  const v = cue.index;
  const word = cue.word;
  const after = v + word.length;
  const clauseStart = Math.max(consumed, clauseStartOf(m, v));
  const at = s.start + v;

  if (word === 'according to') {
    const head = m.slice(clauseStart, v).trim();
    if (!head || /^(but|and)$/i.test(head)) {
      // "According to X, CONTENT."
      const comma = m.indexOf(',', after);
      if (comma < 0) return undefined;
      const desc = m.slice(after, comma);
      return { start: comma + 1, end: clauseEnd(m, comma + 1, false), ...sourceOf(desc, ctx, at) };
    }
    const end = m.slice(after).search(/[;]|,\s+(?:while|but|and)\s|$/);
    const desc = m.slice(after, end < 0 ? m.length : after + end);
    const contentStart = trailingContentStart(m, clauseStart, consumed);
    // "The army, according to Western estimates, numbers 300,000": a parenthesis inside the content
    const comma = desc.indexOf(',');
    const rest = comma >= 0 ? desc.slice(comma + 1) : '';
    if (/,\s*$/.test(m.slice(0, v)) && /^\s*[a-z]/.test(rest) && !/^\s*(?:the|a|an|who|which|whose|known|also|one|his|her|its|their)\b/.test(rest) && wordCount(rest) >= 2) {
      return { start: contentStart, end: clauseEnd(m, after + comma + 1, false), ...sourceOf(desc.slice(0, comma), ctx, at) };
    }
    return { start: contentStart, end: v, ...sourceOf(desc, ctx, at) };
  }
  const nominal = NOMINAL_RE_ONE.exec(word);
  if (nominal) {
    // "repeated insurgent assertions that …", "the army's claims that …": the modifier is the source
    const before = m.slice(clauseStart, v).replace(/\b(?:repeated|previous|earlier|latest|recent|new|unverified|false|such|official|own)\s+$/gi, '');
    const src = NOMINAL_SOURCE.exec(before);
    if (!src) return undefined;
    const name = (src[1] ?? src[2] ?? src[3]).replace(/^(?:the|a|an)\s+/i, '');
    return { start: after, end: clauseEnd(m, after, false), ...sourceOf(name, ctx, at) };
  }
  if (/^(attribut|blam)/.test(word)) {
    // "attributed the failures to a problem that …", "blamed the attack on …"
    const prep = /^attribut/.test(word) ? 'to' : 'on';
    const k = new RegExp(`^((?:\\s+[\\w’'.-]+){1,8}?)\\s+${prep}\\s+`).exec(m.slice(after));
    if (!k) return undefined;
    const subj = subjectBefore(m, v, clauseStart);
    if (!subj.text || wordCount(subj.text) > 14) return undefined;
    const start = after + k[0].length;
    return { start, end: clauseEnd(m, start, false), ...sourceOf(subj.text, ctx, at, `${m.slice(clauseStart, subj.start)} ${subj.text}`) };
  }
  if (word === 'reportedly') {
    return { start: after, end: clauseEnd(m, after, false), claimant: 'unspecified reports', description: 'reports' };
  }
  const before = m.slice(0, v);
  if (/\bto\s+$/i.test(before) && !EST.has(word)) return undefined; // "to say"
  if (NEGATED_BEFORE.test(before)) return undefined;
  // "rejected claims that …", "the group’s claims that …": a noun, handled as a nominal cue
  if (/^claims?$/.test(word) && /(?:[’']s|\b[a-z]+ed|\b(?:of|to|with|about|on|against))\s+$/.test(before)) return undefined;
  if (DET_BEFORE.test(before) && !/^(said|told|wrote)$/.test(word)) return undefined;
  if (MODIFIER_BEFORE.test(before) && !/(ed|said|told|wrote)$/.test(word)) return undefined;
  if (PREP_BEFORE.test(before) && !/(ed|said|told|wrote)$/.test(word)) return undefined;
  if (/^[A-Z]/.test(m.slice(v, v + 1))) return undefined;

  // passives: "was reported captured", "are estimated to", "is said to"
  if (PASSIVE_BEFORE.test(before)) {
    if (word === 'reported' || word === 'said' || word === 'alleged') {
      const start = after + (/^\s+to\s+be\b/.test(m.slice(after)) ? m.slice(after).indexOf('be') + 2 : 0);
      const isThat = /^\s+that\b/.test(m.slice(after));
      if (word === 'said' && !isThat && !/^\s+to\b/.test(m.slice(after))) return undefined;
      return { start: word === 'said' ? clauseStart : start, end: clauseEnd(m, after, false), claimant: 'unspecified reports', description: 'reports' };
    }
    if (word === 'estimated') {
      const end = clauseEnd(m, after, false);
      // "It is estimated that 250,000 people have fled": the content is the that-clause
      const that = /^\s+that\s/.exec(m.slice(after));
      if (that) return { start: after + that[0].length, end, claimant: 'unspecified estimates', description: 'estimates' };
      const acc = /,?\s+according to\s+([^,;]+)/.exec(m.slice(after));
      if (acc) return { start: clauseStart, end: after + acc.index, ...sourceOf(acc[1], ctx, at, `estimate ${acc[1]}`) };
      return { start: clauseStart, end, claimant: 'unspecified estimates', description: 'estimates' };
    }
    return undefined;
  }

  const afterStr = m.slice(after);
  // participles: ", asserting that …" — same source as the main clause, or the last person named
  if (PART.has(word)) {
    if (!/,\s*$/.test(before)) return undefined;
    const thatM = /^\s+that\b/.exec(afterStr);
    if (!thatM && word !== 'saying') return undefined;
    const start = after + (thatM ? thatM[0].length : 0);
    const who = main ?? (() => {
      const p = ctx.personBefore(m.slice(0, v), at);
      return p ? { claimant: p, description: m.slice(0, v) } : undefined;
    })();
    if (!who) return undefined;
    return { start, end: clauseEnd(m, start, false), claimant: who.claimant, description: who.description };
  }

  // where does the content start?
  let contentStart = -1;
  const colon = /^\s*:/.exec(afterStr);
  if (colon) contentStart = after + colon[0].length;
  if (contentStart < 0) {
    const gap = thatAfter(afterStr, word);
    if (gap >= 0) contentStart = after + gap;
  }
  if (contentStart < 0) {
    // "Mujahid said, “We will …”": the quotation is the content
    const q = /^\s*,\s*(?=[“"])/.exec(afterStr);
    if (q && s.quotes.some((x) => x.start - s.start === after + q[0].length + 1)) contentStart = after + q[0].length;
  }
  if (contentStart < 0) {
    // "said in a phone interview: “…”"
    const lead = /^\s+((?:in|on|at|via|during|to|from|through)\b[^:.;·]{0,60}):\s*/.exec(afterStr);
    if (lead) contentStart = after + lead[0].length;
  }
  if (contentStart < 0 && TO.has(word) || (contentStart < 0 && word === 'claimed' && /^\s+to\s/.test(afterStr))) {
    const t = /^\s+(?:[\w]+\s+){0,2}?to\s/.exec(afterStr);
    if (t) contentStart = after + t[0].length - 3;
  }
  if (contentStart < 0 && THAT.has(word)) return undefined;
  if (EST.has(word)) {
    const subj = subjectBefore(m, v, clauseStart);
    if (!ASSESSMENT_SUBJECT.test(subj.text)) return undefined;
    const start = contentStart >= 0 ? contentStart : after;
    if (/^(estimates|assessments|figures|data)$/i.test(cleanBody(subj.text))) return { start, end: clauseEnd(m, start, false), claimant: 'unspecified estimates', description: subj.text };
    return { start, end: clauseEnd(m, start, false), ...sourceOf(subj.text, ctx, at, `${subj.text} estimate`) };
  }
  // CONTENT, said X, the …   (nothing between the comma and the verb: the source follows the verb)
  if (contentStart < 0 && /,\s*$/.test(before) && SAY.has(word) && isSourceAfterVerb(m.slice(after))) {
    const desc = m.slice(after).replace(/[.\s]+$/, '');
    return { start: trailingContentStart(m, clauseStart, consumed), end: v, ...sourceOf(desc, ctx, at) };
  }
  if (contentStart < 0) {
    let k = after;
    if (word === 'told' || word === 'tells' || word === 'tell' || word === 'accused' || word === 'accuses') {
      const obj = /^\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*|reporters|journalists|him|her|them|us|me|parliament|lawmakers)\b/.exec(m.slice(k));
      // "accused Rwanda of sending troops": the accusation keeps its object
      if (obj && !(/^accuse/.test(word) && /^\s+of\s/.test(m.slice(k + obj[0].length)))) k += obj[0].length;
    }
    if (word === 'reported' && /^\s+on\s/.test(m.slice(k))) k += /^\s+on/.exec(m.slice(k))![0].length;
    for (let adv = LEADING_ADVERBIAL.exec(m.slice(k)); adv && adv[0].trim(); adv = LEADING_ADVERBIAL.exec(m.slice(k))) k += adv[0].length;
    const rest = m.slice(k);
    const trailingTail = !rest.replace(/[\s.,!?·]/g, '') || /^\s*[.,]/.test(rest) || PREPOSITION_START.test(rest);
    if (!trailingTail) contentStart = k;
    else {
      // CONTENT, X said (in …).
      const subj = trailingSubject(m, v, clauseStart);
      if (!subj) return undefined;
      return { start: trailingContentStart(m, clauseStart, consumed), end: subj.comma, ...sourceOf(subj.text, ctx, at) };
    }
  }
  // leading attribution: SUBJECT verb CONTENT
  // "… said …, and warned that …": the same source goes on
  if (/\b(?:and|but)\s+$/.test(before) && main) return { start: contentStart, end: clauseEnd(m, contentStart, false), ...main };
  const subj = subjectBefore(m, v, clauseStart);
  // a long subject is fine when it is a short name with an appositive ("The X Observatory, a project at … that studies …")
  const headWords = wordCount(subj.text.split(',')[0]);
  if (!subj.text || wordCount(subj.text) > (headWords <= 6 && subj.text.includes(',') ? 22 : 14)) return undefined;
  if (/^(?:[a-z]+ly\s+)?(?:that|which|who)\b/i.test(subj.text)) return undefined;
  let description = subj.text;
  const quoting = /^\s*Quoting\s+([^,]+),/.exec(m.slice(clauseStart, v));
  if (quoting) description = quoting[1];
  const content = m.slice(contentStart);
  const afterThat = /\bthat\s*$|:\s*$/.test(m.slice(0, contentStart));
  if (!afterThat && PREPOSITION_START.test(content) && !/^\s*(?:to|at least|at most)\s/.test(content)) return undefined;
  if (/^(tweet|tweets|tweeted|posted)$/.test(word) && /^\s*(?:a|an)\s/i.test(content)) return undefined;
  // "Although a spokesman has said CONTENT, the group …": the content ends with the subordinate clause
  const firstComma = m.indexOf(',');
  const stopAtComma = SUBORDINATOR_START.test(m.trimStart()) && (firstComma < 0 || firstComma > v);
  if (/\band\s+$/.test(before) && main) return { start: contentStart, end: clauseEnd(m, contentStart, false), ...main };
  // "The RSF denied losing the bridge and said …": the subject is the noun phrase before the first verb
  if (/\band\s+$/.test(before)) description = description.replace(/\s+(?:[a-z]+(?:ed|ied)|did|does|do|has|have|had|is|are|was|were|will|would|can|could)\b.*$/, '');
  const assessing = /^estimat/.test(word) ? ' estimate' : '';
  const who = sourceOf(description, ctx, at, `${m.slice(clauseStart, subj.start)} ${subj.full ?? subj.text}${assessing}`);
  return { start: contentStart, end: clauseEnd(m, contentStart, stopAtComma), ...who };
}


function sourceOf(desc: string, ctx: ClaimantContext, at: number, context?: string): { claimant: string; description: string } {
  const orig = desc.replace(/[·]+/g, ' ').replace(/[\s.,;:]+$/, '').trim();
  // "a tally by The Long War Journal" → "The Long War Journal"
  const d = orig.replace(/^(?:(?:a|an|the)\s+)?(?:new\s+|recent\s+|latest\s+)?(?:tally|count|estimate|report|statement|survey|analysis|assessment|study|data|figures|investigation|review|poll)\s+(?:by|from|of)\s+/i, '');
  const who = ctx.resolve(d, at);
  let claimant = who.claimant;
  if (!who.person) {
    // "an EU estimate" → "EU"; but "Western estimates" keeps its noun (an adjective alone names no one)
    const stripped = claimant.replace(/\s+(estimates?|reports?|data|figures|statements?|assessments?|tally|count|survey|analysis)$/i, '');
    if (stripped !== claimant && !/^[A-Za-z]+(?:ern|an|ese|ish|i)$/.test(stripped) && !/^[a-z]+$/.test(stripped)
      && !/^(?:other|some|many|several|independent|previous|recent|new|latest|unofficial|official|initial|local|various|conflicting|most|these|those|such|preliminary)$/i.test(stripped)) claimant = stripped;
    if (!claimant) claimant = 'unspecified reports';
  }
  // a channel ("Speaking to reporters", "told AFP") says nothing about the kind of source
  const about = (context ?? orig).replace(/\b(?:speaking|talking|writing to|in an interview with|interviewed by)\s+(?:to\s+)?[^,]*,?/gi, ' ');
  return { claimant, description: about };
}

function finish(text: string, candidates: Candidate[], ctx: ClaimantContext, options: ClaimOptions): DetectedClaim[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const prev = kept[kept.length - 1];
    if (prev && c.start >= prev.start && c.end <= prev.end) continue; // nested ("that he said had strayed")
    if (prev && c.start < prev.end) {
      // partial overlap: keep the earlier, shorten the later
      if (prev.end >= c.end) continue;
      c.start = prev.end;
      const [a, b] = trimSpan(text, c.start, c.end);
      if (b - a < 8) continue;
      c.start = a;
      c.end = b;
    }
    kept.push(c);
  }
  // No parties list given and the article is not on the default list's war: kinds from the sources' roles.
  const byRole = !options.parties && !SAMPLES_WAR.test(text);
  const states = byRole ? articleStates(text) : undefined;
  const armed = new Map<string, boolean>();
  return kept.map((c) => {
    const content = text.slice(c.start, c.end);
    const value = claimValue(content);
    const description = `${c.description} ${ctx.roleOf(c.claimant)}`;
    return {
      start: c.start, end: c.end, text: content, claimant: c.claimant,
      kind: byRole
        ? roleKind(c.claimant, description, value !== null, { content, verb: c.verb, states, text, armed })
        : classifyKind(c.claimant, description, value !== null, options),
      topic: classifyTopic(content), value,
    };
  });
}

/** The explicit figures of a claim (vague words and durations left out), as one value with parts. */
export function claimValue(content: string): ClaimValue | null {
  const found = findValues(content).filter((f) => !isDurationUnit(f.value.unit)
    // a name with digits ("M23", "F-16"), not a figure
    && !/[A-Za-z]-?$/.test(content.slice(0, f.start))
    // a distance placing somewhere ("about six miles south of X", "25 km (15 miles) west of Goma")
    && !(/mile|kilomet|\bkm\b|met(?:er|re)/i.test(`${f.value.unit} ${content.slice(f.start, f.end)}`)
      && /^\s*\)?\s*(?:\([^)]*\)\s*)?(?:(?:north|south|east|west)(?:east|west)?(?:ern)?|from|outside|away|off|inland|offshore|beyond)\b/i.test(content.slice(f.end))));
  if (!found.length) return null;
  if (found.length === 1) return found[0].value;
  return { ...found[0].value, text: content.slice(found[0].start, found[found.length - 1].end), parts: found.map((f) => f.value) };
}
