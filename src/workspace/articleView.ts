/**
 * What is shown for one article: accepted entity mentions (from the sidecar) that sit on their
 * quote, orphaned ones, and detector suggestions that are neither accepted nor rejected.
 * Pure: used by the decorations, the side panel and the test hook.
 *
 * Two builders, same result: `buildArticleView` from the absolute entities of the whole text, and
 * `buildLineView` from the incremental detector's lines (the editor's path on a keystroke). The
 * latter keeps the suggestions per line, line-relative, and copies nothing for lines without an
 * accepted or rejected mention on them: a keystroke costs O(lines + accepted + rejected) cheap
 * steps, not O(suggestions). Its absolute `suggestions` list is made on first read only.
 */
import type { DetectedLine, LineChanges } from '../core/detect/incremental';
import type { Anchor, AnnotationDoc, DetectedEntity } from '../core/model';
import { isAnchoredOn } from './orphans';

export interface ShownMention {
  entityId: string;
  name: string;
  type: string;
  start: number;
  end: number;
}

export interface ShownSuggestion {
  /** Canonical name (or the text) the suggestion would be tagged as. */
  name: string;
  text: string;
  type: string;
  start: number;
  end: number;
}

export interface OrphanedMention extends ShownMention {
  quote: string;
}

export interface ArticleView {
  accepted: ShownMention[];
  orphaned: OrphanedMention[];
  /** Every shown suggestion in text order (absolute offsets). */
  readonly suggestions: ShownSuggestion[];
  /** The shown suggestions per line, when the view was built from the detector's lines. */
  readonly lines?: ShownLines;
}

/** The shown suggestions of a text line by line (lines split at '\n'). */
export interface ShownLines {
  /** What the detector reported for this view (which lines were replaced or changed). */
  readonly changes: LineChanges;
  /** Number of lines. */
  readonly count: number;
  /** Offset of the start of line `i`. */
  start(i: number): number;
  /** The line containing `offset` (a line's end, before its '\n', belongs to it). */
  lineAt(offset: number): number;
  /**
   * The suggestions shown on line `i`, line-relative, in order: the detector's own array when
   * nothing on the line is accepted or rejected; the same array from view to view while they do
   * not change (so identity tells a line that needs new decorations).
   */
  shown(i: number): readonly DetectedEntity[];
  /** How many suggestions are shown in all. */
  readonly total: number;
  /** The detector's report this view was built from (LineChanges.seq). */
  readonly seq: number;
  /**
   * When the view was built on the previous one (report `basedOn`): the only lines (current
   * numbering) whose shown suggestions may differ from that view's, the replaced lines included.
   */
  readonly touched?: { readonly basedOn: number; readonly lines: readonly number[] };
}

function mentions(text: string | ((m: Anchor) => boolean), doc: AnnotationDoc | undefined): { accepted: ShownMention[]; orphaned: OrphanedMention[] } {
  const accepted: ShownMention[] = [];
  const orphaned: OrphanedMention[] = [];
  const anchored = typeof text === 'string' ? (m: Anchor) => isAnchoredOn(m, text) : text;
  for (const e of doc?.entities ?? []) {
    for (const m of e.mentions) {
      const shown = { entityId: e.id, name: e.name, type: e.type, start: m.start, end: m.end };
      if (anchored(m)) accepted.push(shown);
      else orphaned.push({ ...shown, quote: m.quote });
    }
  }
  accepted.sort((a, b) => a.start - b.start || a.end - b.end);
  return { accepted, orphaned };
}

export function buildArticleView(text: string, doc: AnnotationDoc | undefined, detected: readonly DetectedEntity[]): ArticleView {
  const { accepted, orphaned } = mentions(text, doc);
  const rejected = new Set((doc?.rejected ?? []).map((r) => `${r.start}:${r.end}:${r.type}`));
  const suggestions: ShownSuggestion[] = [];
  let i = 0; // accepted is sorted: walk it alongside the (sorted) suggestions
  // (detectors report in text order: sorting is skipped then, it runs on every keystroke)
  for (const d of isSorted(detected) ? detected : [...detected].sort(byPosition)) {
    if (rejected.size && rejected.has(`${d.start}:${d.end}:${d.type}`)) continue;
    while (i < accepted.length && accepted[i].end <= d.start) i++;
    let overlaps = false;
    for (let j = i; j < accepted.length && accepted[j].start < d.end; j++) {
      if (accepted[j].end > d.start) { overlaps = true; break; }
    }
    if (overlaps) continue;
    suggestions.push({ name: d.canonical ?? d.text, text: d.text, type: d.type, start: d.start, end: d.end });
  }
  return { accepted, orphaned, suggestions };
}

const byPosition = (a: DetectedEntity, b: DetectedEntity) => a.start - b.start || a.end - b.end;

function isSorted(xs: readonly DetectedEntity[]): boolean {
  for (let k = 1; k < xs.length; k++) if (byPosition(xs[k - 1], xs[k]) > 0) return false;
  return true;
}

/** What a line hides: accepted mentions and rejected suggestions on it, line-relative. */
interface LineFilter {
  accepted: number[];
  rejected: Set<string>;
  key: string;
}

/** What a line view keeps for the next one built on it (see buildLineView's `previous`). */
interface LineViewState {
  seq: number;
  lines: LineChanges['lines'];
  starts: Float64Array;
  shown: (readonly DetectedEntity[])[];
  /** Lines whose suggestions are filtered (something accepted or rejected on them). */
  filtered: number[];
  total: number;
}

const states = new WeakMap<ShownLines, LineViewState>();

/** Per detector line: the filtered suggestions last shown, reused while line and filter are the same. */
type FilterCache = WeakMap<DetectedLine, { spans: readonly DetectedEntity[]; key: string; shown: readonly DetectedEntity[] }>;

const caches = new WeakMap<LineChanges['lines'], FilterCache>();

/**
 * The view of the text of the incremental detector's lines (`IncrementalDetector.updateLines` or
 * `editLines`): same accepted, orphaned and suggestions as `buildArticleView` on the same
 * entities, plus the suggestions per line (`lines`). `text` is the lines joined with '\n' if the
 * caller has it; without it, quotes are checked on the lines (the editor's keystroke path never
 * joins the whole text). `previous`: the view built from the detector's previous report, if there
 * is one; the new view is then made from it and the report (line starts and suggestions of the
 * lines that did not change are copied, not read from every line again), and says which lines may
 * show other suggestions (`ShownLines.touched`).
 */
export function buildLineView(text: string | undefined, doc: AnnotationDoc | undefined, changes: LineChanges, previous?: ArticleView): ArticleView {
  const lines = changes.lines;
  const n = lines.length;
  const prevState = previous?.lines && states.get(previous.lines);
  const inc = prevState && !changes.full && prevState.lines === lines && changes.seq === prevState.seq + 1 ? prevState : undefined;
  let starts: Float64Array;
  if (inc) {
    // lines before `first` keep their starts, the added ones are measured, the rest move by a delta
    const { first, removed, added } = changes;
    const d = added - removed;
    starts = new Float64Array(n);
    starts.set(inc.starts.subarray(0, first));
    let base = first < inc.starts.length ? inc.starts[first] : first ? starts[first - 1] + lines[first - 1].text.length + 1 : 0;
    for (let i = first; i < first + added; i++) {
      starts[i] = base;
      base += lines[i].text.length + 1;
    }
    if (first + added < n) {
      const shift = base - inc.starts[first + removed];
      for (let i = first + added; i < n; i++) starts[i] = inc.starts[i - d] + shift;
    }
  } else {
    starts = new Float64Array(n);
    for (let i = 0, base = 0; i < n; i++) {
      starts[i] = base;
      base += lines[i].text.length + 1;
    }
  }
  const length = n ? starts[n - 1] + lines[n - 1].text.length : 0;
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // isAnchoredOn on the lines: the text of [start, end) read from the line(s) it spans
  const anchoredOnLines = (m: Anchor): boolean => {
    if (m.orphaned || m.start < 0 || m.end > length || m.start >= m.end || m.end - m.start !== m.quote.length) return false;
    const i = lineAt(m.start);
    const from = m.start - starts[i];
    if (m.end <= starts[i] + lines[i].text.length) return lines[i].text.slice(from, m.end - starts[i]) === m.quote;
    let s = lines[i].text.slice(from);
    for (let j = i + 1; s.length < m.quote.length && j < n; j++) s += '\n' + lines[j].text;
    return s.slice(0, m.quote.length) === m.quote;
  };
  const { accepted, orphaned } = mentions(text ?? anchoredOnLines, doc);
  // the lines with something accepted or rejected on them
  const filters = new Map<number, LineFilter>();
  const filterOf = (i: number): LineFilter => {
    let f = filters.get(i);
    if (!f) filters.set(i, (f = { accepted: [], rejected: new Set(), key: '' }));
    return f;
  };
  for (const a of accepted) {
    for (let i = lineAt(a.start), last = lineAt(a.end - 1); i <= last; i++) {
      const f = filterOf(i);
      f.accepted.push(a.start - starts[i], a.end - starts[i]);
      f.key += `a${a.start - starts[i]}:${a.end - starts[i]};`;
    }
  }
  for (const r of doc?.rejected ?? []) {
    const i = lineAt(r.start);
    const k = `${r.start - starts[i]}:${r.end - starts[i]}:${r.type}`;
    const f = filterOf(i);
    f.rejected.add(k);
    f.key += `r${k};`;
  }
  let cache = caches.get(lines);
  if (!cache) caches.set(lines, (cache = new WeakMap()));
  const shownOf = new Map<number, readonly DetectedEntity[]>();
  for (const [i, f] of filters) {
    const l = lines[i];
    const old = cache.get(l);
    if (old && old.spans === l.spans && old.key === f.key) {
      shownOf.set(i, old.shown);
      continue;
    }
    const shown = l.spans.filter((d) => {
      if (f.rejected.has(`${d.start}:${d.end}:${d.type}`)) return false;
      for (let j = 0; j < f.accepted.length; j += 2) if (f.accepted[j] < d.end && f.accepted[j + 1] > d.start) return false;
      return true;
    });
    cache.set(l, { spans: l.spans, key: f.key, shown });
    shownOf.set(i, shown);
  }
  let shownArr: (readonly DetectedEntity[])[];
  let total = 0;
  let touched: ShownLines['touched'];
  if (inc) {
    const { first, removed, added } = changes;
    const d = added - removed;
    const fresh: (readonly DetectedEntity[])[] = [];
    total = inc.total;
    for (let i = first; i < first + removed; i++) total -= inc.shown[i].length;
    for (let i = first; i < first + added; i++) total += (fresh[fresh.length] = lines[i].spans).length;
    shownArr = inc.shown.slice(0, first).concat(fresh, inc.shown.slice(first + removed));
    const at: number[] = [];
    for (let i = first; i < first + added; i++) at.push(i);
    const reset = (i: number) => {
      total += lines[i].spans.length - shownArr[i].length;
      shownArr[i] = lines[i].spans;
      at.push(i);
    };
    for (const i of changes.changed) reset(i);
    // lines filtered before: unfiltered again (filtered below if they still are)
    for (const j of inc.filtered) {
      if (j < first) reset(j);
      else if (j >= first + removed) reset(j + d);
    }
    for (const [i, s] of shownOf) {
      total += s.length - shownArr[i].length;
      shownArr[i] = s;
      at.push(i);
    }
    touched = { basedOn: inc.seq, lines: at };
  } else {
    shownArr = new Array<readonly DetectedEntity[]>(n);
    for (let i = 0; i < n; i++) total += (shownArr[i] = lines[i].spans).length;
    for (const [i, s] of shownOf) {
      total += s.length - shownArr[i].length;
      shownArr[i] = s;
    }
  }
  const shown = (i: number): readonly DetectedEntity[] => shownArr[i];
  const shownLines: ShownLines = { changes, count: n, start: (i) => starts[i], lineAt, shown, total, seq: changes.seq, touched };
  states.set(shownLines, { seq: changes.seq, lines, starts, shown: shownArr, filtered: [...shownOf.keys()], total });
  let list: ShownSuggestion[] | undefined;
  return {
    accepted,
    orphaned,
    lines: shownLines,
    get suggestions(): ShownSuggestion[] {
      if (list) return list;
      list = [];
      for (let i = 0; i < n; i++) {
        const base = starts[i];
        for (const d of shown(i)) list.push({ name: d.canonical ?? d.text, text: d.text, type: d.type, start: base + d.start, end: base + d.end });
      }
      return list;
    },
  };
}

/** The shown item (accepted mention first, else suggestion) containing `offset`, innermost first. */
export function itemAt(view: ArticleView, offset: number): { accepted?: ShownMention; suggestion?: ShownSuggestion } {
  const inside = <T extends { start: number; end: number }>(xs: readonly T[]) =>
    xs.filter((x) => x.start <= offset && offset <= x.end).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  const accepted = inside(view.accepted);
  if (accepted) return { accepted };
  const lines = view.lines;
  if (!lines) return { suggestion: inside(view.suggestions) };
  // only the line holding the offset can have a suggestion containing it
  const i = lines.lineAt(offset);
  const base = lines.start(i);
  const d = inside(lines.shown(i).map((x) => ({ x, start: base + x.start, end: base + x.end })));
  return { suggestion: d && { name: d.x.canonical ?? d.x.text, text: d.x.text, type: d.x.type, start: d.start, end: d.end } };
}
