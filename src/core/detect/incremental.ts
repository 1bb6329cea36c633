/**
 * Incremental detection for the editor. After an edit only the changed line(s) are detected
 * again: the new text is compared with the previous one (common prefix and suffix), the lines
 * in between are re-split and detected, and the lines around keep their candidates (shifted).
 * The document name table is rebuilt only when the names the changed lines contribute differ;
 * otherwise only the changed lines are resolved again.
 */
import type { DetectedEntity } from '../model';
import { userEntries, type GazEntry } from './gazetteer';
import { detectLine } from './line';
import { buildTable, resolveLine, type NameTable, type Resolved } from './propagate';
import type { Cand } from './types';
import type { DetectOptions } from './index';

interface LineState {
  text: string;
  cands: Cand[];
  /** Resolved spans relative to the line; undefined when the table changed. */
  resolved?: Resolved[];
}

export class IncrementalDetector {
  private text = '';
  private lines: LineState[] = [];
  private table: NameTable = new Map();
  private readonly user?: Map<string, GazEntry>;
  private readonly types?: readonly string[];
  /** Lines detected by the last `update` (for measurements and tests). */
  lastDetectedLines = 0;
  /** Whether the last `update` rebuilt the document name table. */
  lastRebuiltTable = false;

  constructor(options: DetectOptions = {}) {
    this.user = userEntries(options.gazetteer);
    this.types = options.types;
  }

  /** Entities of `text`, re-detecting only what changed since the previous call. */
  update(text: string): DetectedEntity[] {
    if (!this.lines.length) this.full(text);
    else this.patch(text);
    this.text = text;
    if (this.lastRebuiltTable) this.table = buildTable(this.lines.map((l) => l.cands), this.lines.map((l) => l.text));
    return this.entities();
  }

  private full(text: string): void {
    this.lines = splitLines(text).map((t) => ({ text: t, cands: detectLine(t, this.user) }));
    this.lastDetectedLines = this.lines.length;
    this.lastRebuiltTable = true;
  }

  private patch(text: string): void {
    const old = this.text;
    if (old === text) {
      this.lastDetectedLines = 0;
      this.lastRebuiltTable = false;
      return;
    }
    // changed region: [p, old.length - s) in the old text, [p, text.length - s) in the new one
    const max = Math.min(old.length, text.length);
    let p = 0;
    while (p < max && old.charCodeAt(p) === text.charCodeAt(p)) p++;
    let s = 0;
    while (s < max - p && old.charCodeAt(old.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
    // the old lines touching the region
    let first = 0;
    let lineStart = 0;
    while (first < this.lines.length - 1 && lineStart + this.lines[first].text.length < p) {
      lineStart += this.lines[first].text.length + 1;
      first++;
    }
    let last = first;
    let lineEnd = lineStart + this.lines[first].text.length;
    const oldEnd = old.length - s;
    while (last < this.lines.length - 1 && lineEnd < oldEnd) {
      last++;
      lineEnd += 1 + this.lines[last].text.length;
    }
    const newEnd = lineEnd + (text.length - old.length);
    const fresh = splitLines(text.slice(lineStart, newEnd));
    const gone = this.lines.slice(first, last + 1);
    const reuse = new Map<string, LineState>();
    for (const l of gone) reuse.set(l.text, l);
    let detected = 0;
    const added = fresh.map((t) => {
      const r = reuse.get(t);
      if (r) return r;
      detected++;
      return { text: t, cands: detectLine(t, this.user) };
    });
    this.lines.splice(first, last - first + 1, ...added);
    this.lastDetectedLines = detected;
    this.lastRebuiltTable = signature(added) !== signature(gone);
  }

  private entities(): DetectedEntity[] {
    const out: DetectedEntity[] = [];
    let base = 0;
    for (const l of this.lines) {
      if (this.lastRebuiltTable || !l.resolved) {
        l.resolved = [];
        if (l.cands.length) resolveLine(l.cands, this.table, 0, l.text, l.resolved);
      }
      for (const r of l.resolved) {
        if (this.types && !this.types.includes(r.type)) continue;
        const ent: DetectedEntity = { start: base + r.start, end: base + r.end, text: l.text.slice(r.start, r.end), type: r.type };
        if (r.canonical) ent.canonical = r.canonical;
        out.push(ent);
      }
      base += l.text.length + 1;
    }
    return out;
  }
}

function splitLines(text: string): string[] {
  return text.split('\n');
}

/** The names (key, type, strength, text) the lines contribute to the table, order-independent. */
function signature(lines: readonly LineState[]): string {
  const parts: string[] = [];
  for (const l of lines) for (const c of l.cands) if (c.key && c.str > 0) parts.push(`${c.key}\u0001${c.type}\u0001${c.str}\u0001${l.text.slice(c.s, c.e)}`);
  return parts.sort().join('\u0002');
}
