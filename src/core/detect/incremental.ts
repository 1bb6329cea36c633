/**
 * Incremental detection for the editor. After an edit only the changed line(s) are detected
 * again: unchanged lines are found at both ends by comparing whole lines (native string
 * comparison), the lines in between are re-split and detected, and the lines around keep their
 * candidates. The document name table is kept up to date incrementally: an index from each name
 * to the lines contributing to (or reading) its entry lets an edit recompute only the entries of
 * the names the changed lines contribute (same result as `buildTable` over the whole document),
 * and only the lines reading an entry that changed are resolved again. A keystroke costs
 * O(changed lines + occurrences of their names), not O(document). Entities of lines that did not
 * move are reused as they are.
 *
 * `updateLines` gives the same result per line, with line-relative offsets (columns), and says
 * which lines changed: what the editor needs to re-decorate only those (no offset → position
 * conversion, nothing re-made for lines that merely moved). `editLines` does the same from a
 * line-range edit (the editor's change event: which lines were replaced by which), without the
 * whole text: no O(document) comparison to find the edit. `update` gives the absolute entities
 * of the whole document (same as `detectEntities`).
 */
import type { DetectedEntity } from '../model';
import { gazetteer, userEntries, type GazEntry } from './gazetteer';
import { detectLine } from './line';
import { aliasWord, buildTable, resolveLine, type NameTable, type Resolved, type TableEntry } from './propagate';
import { STR_CUE, STR_UNKNOWN, STR_WEAK, type Cand } from './types';
import type { DetectOptions } from './index';

/** One line of the document as the detector last saw it: keeps its identity while its text is unchanged. */
export interface DetectedLine {
  readonly text: string;
  /** The line's entities with line-relative offsets (columns); a new array only when they change. */
  readonly spans: readonly DetectedEntity[];
}

/** What `updateLines` reports: all lines, and which of them changed since the previous call. */
export interface LineChanges {
  /** Every line of the text (split at '\n'), in order. Read-only: the detector's own array. */
  readonly lines: readonly DetectedLine[];
  /** Whether every line is new (first call): `first` 0, `removed` 0, `added` all lines. */
  readonly full: boolean;
  /** The lines [first, first + added) replace `removed` lines of the previous call at `first`. */
  readonly first: number;
  readonly removed: number;
  readonly added: number;
  /** Indices (ascending) of the other lines whose spans changed (the document name table changed). */
  readonly changed: readonly number[];
  /** Number of this report: one more than the previous report of the same detector. */
  readonly seq: number;
}

interface LineState extends DetectedLine {
  text: string;
  cands: Cand[];
  /** Resolved spans relative to the line; undefined when they must be resolved again. */
  resolved?: Resolved[];
  spans: DetectedEntity[];
  /** Entities with absolute offsets, valid while the line starts at `base`. */
  entities?: DetectedEntity[];
  base?: number;
  /** Document order key: increases with the line's position (kept by `place`). */
  ord: number;
  /** Per candidate, the word it gives an alias entry to ('' if none), as `buildTable`. */
  aw?: string[];
  /** Set when `resolve` changed the spans, until `resolveAll` reported it. */
  changedSpans?: boolean;
}

/** The absolute entities of lines with line-relative spans (as `updateLines` reports them). */
export function absoluteEntities(lines: readonly { text: string; spans: readonly DetectedEntity[] }[]): DetectedEntity[] {
  const out: DetectedEntity[] = [];
  let base = 0;
  for (const l of lines) {
    for (const s of l.spans) out.push({ ...s, start: base + s.start, end: base + s.end });
    base += l.text.length + 1;
  }
  return out;
}

export class IncrementalDetector {
  /** The text the lines hold (undefined after `editLines`: joined again only if a whole text comes). */
  private text: string | undefined = '';
  private lines: LineState[] = [];
  /** Lines to resolve again (besides every line after the first call); may hold lines since removed. */
  private dirty: LineState[] = [];
  /** The lines the last splice added (their changes are reported as the splice). */
  private added = new Set<LineState>();
  private table: NameTable = new Map();
  /** Name key -> lines with a candidate of that key contributing to the table. */
  private direct = new Map<string, Set<LineState>>();
  /** Last word -> lines with a multi-word person name giving that word an alias entry. */
  private alias = new Map<string, Set<LineState>>();
  /** Name key -> lines whose resolution reads the table entry of that key. */
  private uses = new Map<string, Set<LineState>>();
  /** Name key -> its strongest, earliest direct candidate (null: none); filled as keys are affected by edits. */
  private directBest = new Map<string, Best | null>();
  /** Word -> the strongest, earliest alias to it (null: none); filled as keys are affected by edits. */
  private aliasBest = new Map<string, Best | null>();
  private readonly user?: Map<string, GazEntry>;
  private readonly types?: readonly string[];
  /** Lines detected by the last `update` (for measurements and tests). */
  lastDetectedLines = 0;
  /** Whether the last `update` changed the document name table (some entry differs). */
  lastRebuiltTable = false;
  /** The lines replaced since the last report (by `update` or `updateLines`), as in LineChanges. */
  private splice = { full: true, first: 0, removed: 0, added: 0 };
  /** Reports made (LineChanges.seq). */
  private reports = 0;

  constructor(options: DetectOptions = {}) {
    this.user = userEntries(options.gazetteer);
    this.types = options.types;
  }

  /** Entities of `text`, re-detecting only what changed since the previous call. */
  update(text: string): DetectedEntity[] {
    this.advance(text);
    this.resolveAll(undefined);
    // changes are not tracked for `update`: the next `updateLines` reports every line
    this.splice = { full: true, first: 0, removed: 0, added: this.lines.length };
    return this.entities();
  }

  /**
   * The lines of `text` with their entities (line-relative), re-detecting only what changed since
   * the previous call, and which lines changed since the previous `updateLines` (all after an `update`).
   */
  updateLines(text: string): LineChanges {
    this.advance(text);
    const changed: number[] = [];
    this.resolveAll(changed);
    const sp = this.splice;
    this.splice = { full: false, first: 0, removed: 0, added: 0 };
    return { lines: this.lines, full: sp.full, first: sp.first, removed: sp.removed, added: sp.added, changed, seq: ++this.reports };
  }

  /**
   * Applies a line-range edit: the `removed` lines from `first` on are replaced by `lines` (each
   * without its '\n'). Same result and report as `updateLines` on the edited text, at the cost of
   * the edited lines (and the names they touch) only. Needs a first `update`/`updateLines` (throws
   * before, or when the range is outside the lines or would leave no line).
   */
  editLines(first: number, removed: number, lines: readonly string[]): LineChanges {
    const n = this.lines.length;
    if (!n) throw new Error('editLines before the first update');
    if (!(first >= 0 && removed >= 0 && first + removed <= n && Number.isInteger(first) && Number.isInteger(removed))) throw new Error(`editLines: lines [${first}, ${first + removed}) outside the ${n} lines`);
    if (n - removed + lines.length < 1) throw new Error('editLines: no line left');
    if (removed || lines.length) {
      this.spliceLines(first, removed, lines);
      this.text = undefined;
    } else {
      this.lastDetectedLines = 0;
      this.lastRebuiltTable = false;
    }
    const changed: number[] = [];
    this.resolveAll(changed);
    const sp = this.splice;
    this.splice = { full: false, first: 0, removed: 0, added: 0 };
    return { lines: this.lines, full: sp.full, first: sp.first, removed: sp.removed, added: sp.added, changed, seq: ++this.reports };
  }

  /** Number of lines held (0 before the first update). */
  get lineCount(): number {
    return this.lines.length;
  }

  private advance(text: string): void {
    if (!this.lines.length) {
      this.lines = text.split('\n').map((t, i) => ({ text: t, cands: detectLine(t, this.user), ord: i * GAP, spans: NONE }));
      this.splice = { full: true, first: 0, removed: 0, added: this.lines.length };
      this.lastDetectedLines = this.lines.length;
      this.lastRebuiltTable = true;
      this.table = buildTable(this.lines.map((l) => l.cands), this.lines.map((l) => l.text));
      for (const l of this.lines) this.index(l, true, undefined);
      this.directBest.clear();
      this.aliasBest.clear();
      // every key's strongest, earliest contribution, so the first edit near a frequent name does
      // not look for it over all its lines (lines and candidates in document order: the first wins ties)
      for (const l of this.lines) {
        for (let i = 0; i < l.cands.length; i++) {
          const c = l.cands[i];
          if (!c.key || c.str < STR_WEAK) continue;
          const d = this.directBest.get(c.key);
          if (!d || c.str > d.str) this.directBest.set(c.key, { str: c.str, v: c.type, line: l });
          const w = l.aw![i];
          if (!w) continue;
          const str = Math.min(c.str, STR_CUE);
          const a = this.aliasBest.get(w);
          if (!a || str > a.str) this.aliasBest.set(w, { str, v: l.text.slice(c.s, c.e), line: l });
        }
      }
    } else if (text !== (this.text ??= this.lines.map((l) => l.text).join('\n'))) this.patch(text);
    else {
      this.lastDetectedLines = 0;
      this.lastRebuiltTable = false;
    }
    this.text = text;
  }

  private patch(text: string): void {
    const lines = this.lines;
    const old = this.text!;
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
    this.spliceLines(first, last - first + 1, text.slice(pos, end).split('\n'));
  }

  /** Replaces `removed` lines at `first` by lines of the texts `fresh`: detection, name table, what to resolve again. */
  private spliceLines(first: number, removed: number, fresh: readonly string[]): void {
    const lines = this.lines;
    const gone = lines.slice(first, first + removed);
    const reuse = new Map<string, LineState>();
    for (const l of gone) reuse.set(l.text, l);
    let detected = 0;
    const added = fresh.map((t): LineState => {
      const r = reuse.get(t);
      if (r) {
        reuse.delete(t); // each line state holds one place in the document
        return r;
      }
      detected++;
      return { text: t, cands: detectLine(t, this.user), ord: 0, spans: NONE };
    });
    lines.splice(first, removed, ...added);
    this.merge(first, removed, added.length);
    this.added = new Set(added);
    for (const l of added) if (!l.resolved) this.dirty.push(l);
    this.place(first, added.length);
    this.lastDetectedLines = detected;
    // names whose entry may change: those the removed and added lines contribute (none when
    // the added lines contribute the very same names, in the same order, at the same place)
    const affected = contributions(gone) === contributions(added) ? undefined : new Set<string>();
    if (!affected) {
      // the entries stay, but what is kept of them must not point at lines no longer in the document
      for (const l of gone) {
        for (let i = 0; i < l.cands.length; i++) {
          const c = l.cands[i];
          if (c.key && this.directBest.get(c.key)?.line === l) this.directBest.delete(c.key);
          const w = l.aw?.[i];
          if (w && this.aliasBest.get(w)?.line === l) this.aliasBest.delete(w);
        }
      }
    }
    for (const l of gone) this.index(l, false, affected);
    for (const l of added) this.index(l, true, affected);
    let changed = false;
    if (affected) for (const k of affected) {
      const e = this.entry(k, gone, added);
      const o = this.table.get(k);
      if (e === o || (e && o && e.type === o.type && e.str === o.str && e.canonical === o.canonical)) continue;
      changed = true;
      if (e) this.table.set(k, e);
      else this.table.delete(k);
      const readers = this.uses.get(k);
      if (readers) for (const l of readers) {
        l.resolved = undefined;
        this.dirty.push(l);
      }
    }
    this.lastRebuiltTable = changed;
  }

  /** Adds (or removes) a line to the name indexes; collects the keys whose entry it feeds. */
  private index(l: LineState, add: boolean, affected: Set<string> | undefined): void {
    const g = gazetteer();
    if (add) l.aw = l.cands.map((c) => (c.key && c.str >= STR_WEAK ? aliasWord(c, g.common, l.text) : ''));
    for (let i = 0; i < l.cands.length; i++) {
      const c = l.cands[i];
      if (!c.key) continue;
      link(this.uses, c.key, l, add);
      // (its resolution reads the entry of the name it renames: propagate.ts resolveLine)
      if (c.renames) link(this.uses, c.renames, l, add);
      if (c.str === STR_UNKNOWN && c.parts) for (const p of c.parts) link(this.uses, p[2], l, add);
      if (c.str < STR_WEAK) continue;
      link(this.direct, c.key, l, add);
      affected?.add(c.key);
      const last = l.aw![i];
      if (last) {
        link(this.alias, last, l, add);
        affected?.add(last);
      }
    }
  }

  /** Gives the `n` lines placed at `first` order keys between their neighbours'. */
  private place(first: number, n: number): void {
    const lines = this.lines;
    if (!n) return;
    const next = first + n < lines.length ? lines[first + n].ord : undefined;
    const lo = first > 0 ? lines[first - 1].ord : (next ?? 0) - (n + 1) * GAP;
    const hi = next ?? lo + (n + 1) * GAP;
    const step = (hi - lo) / (n + 1);
    let prev = lo;
    for (let i = 0; i < n; i++) {
      const o = lo + step * (i + 1);
      if (!(o > prev && o < hi)) {
        // out of precision between the neighbours: number all lines again
        for (let j = 0; j < lines.length; j++) lines[j].ord = j * GAP;
        return;
      }
      lines[first + i].ord = prev = o;
    }
  }

  /**
   * The table entry of `k` over the whole document, as `buildTable` computes it: from the
   * strongest direct candidate of `k` and the strongest alias to `k`, each the earliest in document
   * order among equals. Both are kept per key with the line they come from; after a splice of
   * `gone` → `added` lines they are looked for again over every line contributing to `k` only if
   * that line was among those removed (or nothing is kept yet); otherwise the added lines are
   * compared with them, so a frequent name costs no scan of its lines on each keystroke.
   */
  private entry(k: string, gone?: readonly LineState[], added?: readonly LineState[]): TableEntry | undefined {
    const d = this.best(this.directBest, k, this.direct.get(k), (l) => lineDirect(l, k), gone, added);
    const al = this.best(this.aliasBest, k, this.alias.get(k), (l) => lineAlias(l, k), gone, added);
    const cur: TableEntry | undefined = d ? { type: d.v, str: d.str } : undefined;
    if (!al) return cur;
    const a: TableEntry = { type: 'person', str: al.str, canonical: al.v };
    if (!cur || cur.str < a.str || (cur.type === 'person' && cur.str <= a.str)) return a;
    if (cur.type === 'person') cur.canonical = a.canonical;
    return cur;
  }

  /** The strongest, earliest contribution to `k` (see `entry`), kept in `map`. */
  private best(map: Map<string, Best | null>, k: string, set: Set<LineState> | undefined, of: (l: LineState) => Contribution | undefined, gone: readonly LineState[] | undefined, added: readonly LineState[] | undefined): Best | null {
    let b = map.get(k);
    if (b === undefined || !gone || !added || (b && gone.includes(b.line))) {
      b = null;
      if (set) for (const l of set) b = better(b, l, of(l));
    } else for (const l of added) b = better(b, l, of(l));
    map.set(k, b);
    return b;
  }

  /** Records a splice of the lines for the next `updateLines` (nothing to add to a full report). */
  private merge(first: number, removed: number, added: number): void {
    if (this.splice.full) this.splice.added += added - removed;
    else this.splice = { full: false, first, removed, added };
  }

  /** Resolves the lines that must be; collects (in `changed`) those whose spans changed. */
  private resolveAll(changed: number[] | undefined): void {
    const sp = this.splice;
    const lines = this.lines;
    if (sp.full) {
      // every line may be new: look at them all
      for (const l of lines) this.resolve(l);
      this.dirty = [];
      return;
    }
    const dirty = this.dirty;
    this.dirty = [];
    let elsewhere = false; // a line outside the splice changed: find where (rare: a name table change)
    for (const l of dirty) if (this.resolve(l) && !this.added.has(l)) elsewhere = true;
    if (!changed || !elsewhere) return;
    const moved = new Set(dirty);
    for (let i = 0; i < lines.length; i++) {
      if (i >= sp.first && i < sp.first + sp.added) continue;
      if (moved.has(lines[i]) && lines[i].changedSpans) changed.push(i);
    }
  }

  /** Resolves the line if it must be; true when its spans changed. */
  private resolve(l: LineState): boolean {
    if (l.resolved) return false;
    l.changedSpans = false;
    l.resolved = [];
    if (l.cands.length) resolveLine(l.cands, this.table, 0, l.text, l.resolved);
    const spans: DetectedEntity[] = [];
    for (const r of l.resolved) {
      if (this.types && !this.types.includes(r.type)) continue;
      const ent: DetectedEntity = { start: r.start, end: r.end, text: r.text, type: r.type };
      if (r.canonical) ent.canonical = r.canonical;
      spans.push(ent);
    }
    if (sameSpans(spans, l.spans)) return false;
    l.spans = spans.length ? spans : NONE;
    l.entities = undefined;
    l.changedSpans = true;
    return true;
  }

  private entities(): DetectedEntity[] {
    const out: DetectedEntity[] = [];
    let base = 0;
    for (const l of this.lines) {
      if (!l.spans.length) l.entities = NONE; // nothing to place: valid at any base
      else if (!l.entities || l.base !== base) {
        const ents: DetectedEntity[] = [];
        for (const r of l.spans) {
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

/** A line's contribution to a key's entry: strength and type (direct) or text (alias). */
interface Contribution {
  str: number;
  v: string;
}

/** The strongest contribution to a key, from the earliest line among equals. */
interface Best extends Contribution {
  line: LineState;
}

/** The line's strongest direct candidate of `k` (the first among equals), as `buildTable` takes it. */
function lineDirect(l: LineState, k: string): Contribution | undefined {
  let lc: Cand | undefined;
  for (const c of l.cands) if (c.key === k && c.str >= STR_WEAK && (!lc || c.str > lc.str)) lc = c;
  return lc && { str: lc.str, v: lc.type };
}

/** The line's strongest alias to `k` from a multi-word person name (the first among equals). */
function lineAlias(l: LineState, k: string): Contribution | undefined {
  let ls = -1;
  let lt = '';
  for (let i = 0; i < l.cands.length; i++) {
    if (l.aw![i] !== k) continue;
    const c = l.cands[i];
    const str = Math.min(c.str, STR_CUE);
    if (str > ls) {
      ls = str;
      lt = l.text.slice(c.s, c.e);
    }
  }
  return ls < 0 ? undefined : { str: ls, v: lt };
}

/** `b`, or the line's contribution if stronger, or as strong and earlier in the document. */
function better(b: Best | null, l: LineState, c: Contribution | undefined): Best | null {
  if (!c) return b;
  if (!b || c.str > b.str || (c.str === b.str && l.ord < b.line.ord)) return { str: c.str, v: c.v, line: l };
  return b;
}

function sameSpans(a: readonly DetectedEntity[], b: readonly DetectedEntity[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.start !== y.start || x.end !== y.end || x.type !== y.type || x.text !== y.text || x.canonical !== y.canonical) return false;
  }
  return true;
}

/** Characters compared at once when looking for the edited region. */
const CHUNK = 2048;

const NONE: DetectedEntity[] = [];

/** Gap between the order keys of lines numbered afresh. */
const GAP = 1024;

/** The names (key, type, strength, text) the lines contribute to the table, in document order. */
function contributions(lines: readonly LineState[]): string {
  let out = '';
  for (const l of lines) for (const c of l.cands) if (c.key && c.str >= STR_WEAK) out += `${c.key}\u0001${c.type}\u0001${c.str}\u0001${l.text.slice(c.s, c.e)}\u0002`;
  return out;
}

function link(m: Map<string, Set<LineState>>, k: string, l: LineState, add: boolean): void {
  let set = m.get(k);
  if (add) {
    if (!set) m.set(k, (set = new Set()));
    set.add(l);
  } else if (set) {
    set.delete(l);
    if (!set.size) m.delete(k);
  }
}

/** The last word a multi-word person name gives an alias entry to (as `buildTable`), or ''. */
