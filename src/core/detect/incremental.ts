/**
 * Incremental detection for the editor: lines are detected once and cached by their text, so
 * after a keystroke only the changed line(s) are detected again. The document name table is
 * rebuilt only when the names contributed by the changed lines differ; otherwise only those
 * lines are resolved again.
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
  resolved: Resolved[];
}

export class IncrementalDetector {
  private lines: LineState[] = [];
  private table: NameTable = new Map();
  private readonly user?: Map<string, GazEntry>;
  private readonly types?: readonly string[];
  /** Lines detected by the last `update` (for measurements). */
  lastDetectedLines = 0;

  constructor(options: DetectOptions = {}) {
    this.user = userEntries(options.gazetteer);
    this.types = options.types;
  }

  /** Detects entities of `text`, reusing the results of unchanged lines. */
  update(text: string): DetectedEntity[] {
    const old = this.lines;
    const byText = new Map<string, LineState[]>();
    for (const l of old) {
      const list = byText.get(l.text);
      if (list) list.push(l);
      else byText.set(l.text, [l]);
    }
    const lines: LineState[] = [];
    const fresh: LineState[] = [];
    let s = 0;
    for (;;) {
      const nl = text.indexOf('\n', s);
      const e = nl < 0 ? text.length : nl;
      const t = text.slice(s, e);
      const reuse = byText.get(t)?.pop();
      if (reuse) lines.push(reuse);
      else {
        const st: LineState = { text: t, cands: detectLine(t, this.user), resolved: [] };
        lines.push(st);
        fresh.push(st);
      }
      if (nl < 0) break;
      s = nl + 1;
    }
    const gone: LineState[] = [];
    for (const list of byText.values()) gone.push(...list);
    this.lastDetectedLines = fresh.length;
    this.lines = lines;
    const changedNames = old.length === 0 || signature(fresh) !== signature(gone);
    if (changedNames) {
      this.table = buildTable(lines.map((l) => l.cands), lines.map((l) => l.text));
      for (const l of lines) l.resolved = [];
    } else for (const l of fresh) l.resolved = [];
    const out: DetectedEntity[] = [];
    let base = 0;
    for (const l of lines) {
      if (l.resolved.length === 0 && l.cands.length) resolveLine(l.cands, this.table, 0, l.text, l.resolved);
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

/** The names (key, type, strength) the lines contribute to the table, order-independent. */
function signature(lines: readonly LineState[]): string {
  const parts: string[] = [];
  for (const l of lines) for (const c of l.cands) if (c.key && c.str > 0) parts.push(`${c.key}\u0001${c.type}\u0001${c.str}\u0001${l.text.slice(c.s, c.e)}`);
  return parts.sort().join('\u0002');
}
