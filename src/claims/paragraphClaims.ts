/**
 * Claim detection kept off the keystroke path (pure: no `vscode`; the ClaimService drives it).
 *
 * - Small texts (< WHOLE_TEXT_LIMIT characters) are detected as a whole, so cross-paragraph
 *   resolution ("Mr. Ahmadi said" → the full name seen earlier) keeps working.
 * - Larger texts are split into paragraphs (blank-line separated) and each paragraph is detected
 *   on its own, cached by its text, its offsets shifted to the document: an edit re-detects only
 *   the paragraph(s) it touched. detectAsync does the same in time slices, yielding between them.
 * - peek() answers at once without detecting: the last results moved through the edit (common
 *   prefix / suffix of the old and new text); claims the edit touched are dropped until the next run.
 */
import type { DetectedClaim } from '../core/model';

/** Texts up to this many characters are detected as a whole. */
export const WHOLE_TEXT_LIMIT = 50_000;

export type DetectFn = (text: string) => DetectedClaim[];

export interface Paragraph {
  start: number;
  end: number;
}

/** The non-blank paragraphs of a text: runs of text between blank lines (offsets into the text). */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const blank = /\n[ \t\r\f\v]*\n/g;
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}

function shift(c: DetectedClaim, by: number): DetectedClaim {
  return by === 0 ? c : { ...c, start: c.start + by, end: c.end + by };
}

/** Claims of `oldText` moved onto `newText`: those before or after the changed region kept (shifted), the rest dropped. */
export function mapThroughEdit(claims: readonly DetectedClaim[], oldText: string, newText: string): DetectedClaim[] {
  if (oldText === newText) return [...claims];
  const max = Math.min(oldText.length, newText.length);
  const p = commonPrefix(oldText, newText, max);
  const s = commonSuffix(oldText, newText, max - p);
  const oldEnd = oldText.length - s;
  const delta = newText.length - oldText.length;
  const out: DetectedClaim[] = [];
  for (const c of claims) {
    if (c.end <= p) out.push(c);
    else if (c.start >= oldEnd) out.push(shift(c, delta));
  }
  return out;
}

const BLOCK = 2048;

/** Length of the common prefix (compared a block at a time: native string equality, then by character). */
function commonPrefix(a: string, b: string, max: number): number {
  let p = 0;
  while (p + BLOCK <= max && a.slice(p, p + BLOCK) === b.slice(p, p + BLOCK)) p += BLOCK;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p;
}

/** Length of the common suffix, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let s = 0;
  while (s + BLOCK <= max && a.slice(a.length - s - BLOCK, a.length - s) === b.slice(b.length - s - BLOCK, b.length - s)) s += BLOCK;
  while (s < max && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return s;
}

export interface DetectStats {
  paragraphs: number;
  /** Paragraphs detected in this run (cache misses); 1 for a whole-text run. */
  detected: number;
  whole: boolean;
}

/** One article's claim detection: whole-text for small texts, per paragraph with a cache for large ones. */
export class IncrementalClaims {
  private cache = new Map<string, DetectedClaim[]>();
  private last?: { text: string; claims: DetectedClaim[]; exact: boolean };
  lastStats: DetectStats = { paragraphs: 0, detected: 0, whole: true };

  constructor(private readonly detectFn: DetectFn, readonly wholeTextLimit = WHOLE_TEXT_LIMIT) {}

  /** Whether `text` is detected paragraph by paragraph. */
  byParagraph(text: string): boolean {
    return text.length >= this.wholeTextLimit;
  }

  /** The last results moved onto `text` without detecting; `exact` when they are the detector's for this very text. */
  peek(text: string): { claims: DetectedClaim[]; exact: boolean; known: boolean } {
    const last = this.last;
    if (!last) return { claims: [], exact: false, known: false };
    if (last.text === text) return { claims: last.claims, exact: last.exact, known: true };
    const claims = mapThroughEdit(last.claims, last.text, text);
    this.last = { text, claims, exact: false };
    return { claims, exact: false, known: true };
  }

  /** The detector's claims for `text`, computed now (for a large text: only paragraphs not seen before). */
  detect(text: string): DetectedClaim[] {
    if (this.last?.exact && this.last.text === text) {
      this.lastStats = { ...this.lastStats, detected: 0 };
      return this.last.claims;
    }
    if (!this.byParagraph(text)) return this.remember(text, this.detectFn(text), { paragraphs: 1, detected: 1, whole: true });
    const paragraphs = splitParagraphs(text);
    const next = new Map<string, DetectedClaim[]>();
    const out: DetectedClaim[] = [];
    let detected = 0;
    for (const p of paragraphs) {
      const t = text.slice(p.start, p.end);
      let found = next.get(t) ?? this.cache.get(t);
      if (!found) {
        found = this.detectFn(t);
        detected++;
      }
      next.set(t, found);
      for (const c of found) out.push(shift(c, p.start));
    }
    this.cache = next;
    return this.remember(text, out, { paragraphs: paragraphs.length, detected, whole: false });
  }

  /**
   * detect() in slices of about `sliceMs`, yielding to the event loop between them; resolves
   * undefined when `cancelled()` turns true (paragraphs detected so far stay cached). Small texts
   * are detected in one go.
   */
  async detectAsync(text: string, opts: { sliceMs?: number; cancelled?: () => boolean } = {}): Promise<DetectedClaim[] | undefined> {
    if ((this.last?.exact && this.last.text === text) || !this.byParagraph(text)) return this.detect(text);
    const sliceMs = opts.sliceMs ?? 30;
    const paragraphs = splitParagraphs(text);
    let t0 = Date.now();
    for (const p of paragraphs) {
      const t = text.slice(p.start, p.end);
      if (this.cache.has(t)) continue;
      this.cache.set(t, this.detectFn(t));
      if (Date.now() - t0 >= sliceMs) {
        await new Promise((r) => setTimeout(r, 0));
        if (opts.cancelled?.()) return undefined;
        t0 = Date.now();
      }
    }
    if (opts.cancelled?.()) return undefined;
    return this.detect(text); // everything cached now: assembles and prunes the cache
  }

  /** Forgets everything (settings changed). */
  clear(): void {
    this.cache.clear();
    this.last = undefined;
  }

  private remember(text: string, claims: DetectedClaim[], stats: DetectStats): DetectedClaim[] {
    this.last = { text, claims, exact: true };
    this.lastStats = stats;
    return claims;
  }
}
