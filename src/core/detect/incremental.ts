/**
 * Incremental detection for the editor. After an edit only the changed line(s) are detected
 * again: unchanged lines are found at both ends by comparing whole lines (native string
 * comparison), the lines in between are re-split and detected, and the lines around keep their
 * candidates. The document name table is rebuilt only when the names the changed lines
 * contribute differ, and then only the lines holding a name whose entry changed are resolved
 * again. Entities of lines that did not move are reused as they are.
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
  /** Resolved spans relative to the line; undefined when they must be resolved again. */
  resolved?: Resolved[];
  /** Entities with absolute offsets, valid while the line starts at `base`. */
  entities?: DetectedEntity[];
  base?: number;
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
    flatten(text);
    if (!this.lines.length) {
      this.lines = text.split('\n').map((t) => ({ text: t, cands: detectLine(t, this.user) }));
      this.lastDetectedLines = this.lines.length;
      this.lastRebuiltTable = true;
      this.table = buildTable(this.lines.map((l) => l.cands), this.lines.map((l) => l.text));
    } else if (text !== this.text) this.patch(text);
    else {
      this.lastDetectedLines = 0;
      this.lastRebuiltTable = false;
    }
    this.text = text;
    return this.entities();
  }

  private patch(text: string): void {
    const lines = this.lines;
    const old = this.text;
    // changed region: [p, old.length - s) in the old text (chunks compared natively, then chars)
    const max = Math.min(old.length, text.length);
    let p = 0;
    while (p + CHUNK <= max && old.slice(p, p + CHUNK) === text.slice(p, p + CHUNK)) p += CHUNK;
    while (p < max && old.charCodeAt(p) === text.charCodeAt(p)) p++;
    let s = 0;
    while (s + CHUNK <= max - p && old.slice(old.length - s - CHUNK, old.length - s) === text.slice(text.length - s - CHUNK, text.length - s)) s += CHUNK;
    while (s < max - p && old.charCodeAt(old.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
    // the old lines touching it
    let first = 0;
    let pos = 0;
    while (first < lines.length - 1 && pos + lines[first].text.length < p) {
      pos += lines[first].text.length + 1;
      first++;
    }
    let last = first;
    let lineEnd = pos + lines[first].text.length;
    const oldEnd = old.length - s;
    while (last < lines.length - 1 && lineEnd < oldEnd) {
      last++;
      lineEnd += 1 + lines[last].text.length;
    }
    const end = lineEnd + (text.length - old.length);
    const fresh = text.slice(pos, end).split('\n');
    const gone = lines.slice(first, last + 1);
    const reuse = new Map<string, LineState>();
    for (const l of gone) reuse.set(l.text, l);
    let detected = 0;
    const added = fresh.map((t): LineState => {
      const r = reuse.get(t);
      if (r) return r;
      detected++;
      return { text: t, cands: detectLine(t, this.user) };
    });
    lines.splice(first, last - first + 1, ...added);
    this.lastDetectedLines = detected;
    this.lastRebuiltTable = signature(added) !== signature(gone);
    if (this.lastRebuiltTable) {
      const old = this.table;
      this.table = buildTable(lines.map((l) => l.cands), lines.map((l) => l.text));
      const changed = changedKeys(old, this.table);
      if (changed.size) {
        for (const l of lines) {
          if (l.resolved && l.cands.some((c) => changed.has(c.key) || (c.parts && c.parts.some((p) => changed.has(p[2]))))) {
            l.resolved = undefined;
          }
        }
      }
    }
  }

  private entities(): DetectedEntity[] {
    const out: DetectedEntity[] = [];
    let base = 0;
    for (const l of this.lines) {
      if (!l.resolved) {
        l.resolved = [];
        if (l.cands.length) resolveLine(l.cands, this.table, 0, l.text, l.resolved);
        l.entities = undefined;
      }
      if (!l.entities || l.base !== base) {
        const ents: DetectedEntity[] = [];
        for (const r of l.resolved) {
          if (this.types && !this.types.includes(r.type)) continue;
          const ent: DetectedEntity = { start: base + r.start, end: base + r.end, text: r.text, type: r.type };
          if (r.canonical) ent.canonical = r.canonical;
          ents.push(ent);
        }
        l.entities = ents;
        l.base = base;
      }
      for (const e of l.entities) out.push(e);
      base += l.text.length + 1;
    }
    return out;
  }
}

/** Characters compared at once when looking for the edited region. */
const CHUNK = 2048;

/**
 * Makes V8 flatten a string built by concatenation (a rope), so the line comparisons below are
 * native memory compares instead of walks through the rope.
 */
function flatten(s: string): void {
  void ((s as unknown as number) | 0);
}

/** Keys whose table entry differs between two tables. */
function changedKeys(a: NameTable, b: NameTable): Set<string> {
  const out = new Set<string>();
  for (const [k, e] of a) {
    const f = b.get(k);
    if (!f || f.type !== e.type || f.str !== e.str || f.canonical !== e.canonical) out.add(k);
  }
  for (const k of b.keys()) if (!a.has(k)) out.add(k);
  return out;
}

/** The names (key, type, strength, text) the lines contribute to the table, order-independent. */
function signature(lines: readonly LineState[]): string {
  const parts: string[] = [];
  for (const l of lines) for (const c of l.cands) if (c.key && c.str > 0) parts.push(`${c.key}\u0001${c.type}\u0001${c.str}\u0001${l.text.slice(c.s, c.e)}`);
  return parts.sort().join('\u0002');
}
