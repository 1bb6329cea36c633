/**
 * Keystroke-to-decorations cost in a 1 MB article, on the code path the extension runs after each
 * edit (ArticleController.update → DecorationPalette.apply), outside VS Code:
 *
 *   after    (the shipped path): the line range the change event replaced (read with
 *            TextDocument.lineAt, here off the document's lines) → SuggestionDetector.editLines
 *            (only those lines are detected again; no whole text) → buildLineView without the text,
 *            built on the previous view (only the replaced lines are read again)
 *            → SuggestionBlocks.update and the ranges of the blocks to set (the dirty ones — not the
 *            block of a line whose decorations the editor moves right by itself — and after an edit
 *            adding or removing lines the blocks below it set by the previous keystroke, as
 *            DecorationPalette.apply), a line's Range objects reused while its suggestions and line
 *            number stay the same (as DecorationPalette.setBlocks);
 *   previous (the path of fcee55f): TextDocument.getText() (VS Code joins every line, once per
 *            version) → SuggestionDetector.updateLines (finds the edit by comparing the whole text)
 *            → buildLineView → the blocks' ranges as (line, column) number lists;
 *   before   (the path up to 0820b18): getText() → SuggestionDetector.update (absolute entities of
 *            the whole article) → buildArticleView → offset → (line, column) for every span
 *            (TextDocument.positionAt; here on a line index patched per edit as VS Code's text
 *            model is).
 *
 * All include what the extension host does with the ranges before they leave for the editor:
 * the flat number array of ExtHostTextEditor.setDecorations (its fast path for plain ranges) and
 * its JSON serialisation for the RPC message. VS Code's rendering is excluded (see the in-host
 * figures of test/integration/suite/entities.test.ts for the editor's side).
 *
 * Each keystroke is timed on its own, and the event loop turns between keystrokes (as in the
 * extension host, where garbage collection tasks also run between events); the garbage
 * collections during each path's keystrokes are counted.
 *
 * The modules are bundled by esbuild as scripts/build.mjs bundles the extension (`--tsx` runs
 * the sources through tsx instead, where every imported binding is a getter call).
 *
 *   npx tsx bench/keystroke.ts [--kb 1000] [--keystrokes 300] [--tsx] [--block 128] [--max-blocks 32] [--no-before] [--worst]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { BUILTIN_ENTITY_TYPES, type DetectedEntity } from '../src/core/model';
import type { DetectionSettings } from '../src/workspace/detection';
import * as sources from './lib/keystrokePath';
import { bundled } from './lib/bundled';
import { flag, opt } from './lib/args';

const root = resolve(__dirname, '..');
const size = opt('kb', 1000) * 1000;
const keystrokes = opt('keystrokes', 300);
const blockLines = opt('block', 128);
const maxBlocks = opt('max-blocks', 32);
const withBefore = !flag('no-before');
const viaTsx = flag('tsx');
const { SuggestionDetector, buildArticleView, buildLineView, SuggestionBlocks } = viaTsx ? sources : bundled<typeof sources>('bench/lib/keystrokePath.ts');

function article(chars: number): string {
  const dir = join(root, 'samples');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  const parts: string[] = [];
  for (let i = 0, n = 0; n < chars; i++) {
    parts.push(texts[i % texts.length]);
    n += texts[i % texts.length].length + 2;
  }
  return parts.join('\n\n').slice(0, chars);
}

/** Line starts, patched per edit like the editor's text model (not re-scanned). */
class LineIndex {
  starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  insert(at: number, ch: string): void {
    const line = this.lineOf(at);
    for (let l = line + 1; l < this.starts.length; l++) this.starts[l] += 1;
    if (ch === '\n') this.starts.splice(line + 1, 0, at + 1);
  }
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  positionAt(offset: number): Pos {
    const line = this.lineOf(offset);
    return { line, character: offset - this.starts[line] };
  }
}

interface Pos { line: number; character: number }
/** What the change event tells: line `line` replaced by `lines` lines; the edit within the line if it stayed one. */
interface LineEdit { line: number; lines: number; inline?: { line: number; col: number; deleted: number; inserted: number } }
interface Range { start: Pos; end: Pos }

/** What ExtHostTextEditor.setDecorations sends for plain ranges: a flat array, serialised. */
function send(ranges: Range[]): number {
  const flat = new Array<number>(4 * ranges.length);
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i];
    flat[4 * i] = r.start.line + 1;
    flat[4 * i + 1] = r.start.character + 1;
    flat[4 * i + 2] = r.end.line + 1;
    flat[4 * i + 3] = r.end.character + 1;
  }
  return JSON.stringify(flat).length;
}

const settings: DetectionSettings = { detectionEnabled: true, detectionTypes: [...BUILTIN_ENTITY_TYPES], gazetteer: {} };
const initial = article(size);

/** The document as the extension host keeps it: lines (getText() joins them) and line starts. */
class Doc {
  lines = initial.split('\n');
  index = new LineIndex(initial);
  getText(): string {
    return this.lines.join('\n');
  }
  get length(): number {
    return this.index.starts[this.index.starts.length - 1] + this.lines[this.lines.length - 1].length;
  }
  /** Inserts `ch` at offset `at`; returns the line-range edit a change event reports (line, column range). */
  insert(at: number, ch: string): LineEdit {
    const line = this.index.lineOf(at);
    const col = at - this.index.starts[line];
    const fresh = (this.lines[line].slice(0, col) + ch + this.lines[line].slice(col)).split('\n');
    this.lines.splice(line, 1, ...fresh);
    this.index.insert(at, ch);
    return { line, lines: fresh.length, inline: fresh.length === 1 ? { line, col, deleted: 0, inserted: ch.length } : undefined };
  }
  /** TextDocument.lineAt(i).text */
  lineAt(i: number): { text: string } {
    return { text: this.lines[i] };
  }
}

// the same keystrokes for both paths: random places, letters, a space every 6th, a line break every 50th
const edits: [number, string][] = [];
{
  let seed = 7;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const d = new Doc();
  for (let k = 0; k < keystrokes; k++) {
    const at = rand(d.length);
    const ch = k % 6 === 5 ? ' ' : k % 50 === 49 ? '\n' : 'etaoinshrdlu'[rand(12)];
    d.insert(at, ch);
    edits.push([at, ch]);
  }
}

interface Step { spans: number; bytes: number; blocks: number }

/** before: whole-article entities, view, positionAt per span, every type set in full. */
function beforePath(): (doc: Doc) => Step {
  const detector = new SuggestionDetector(settings);
  return (doc) => {
    const text = doc.getText();
    const view = buildArticleView(text, undefined, detector.update(text));
    const byType = new Map<string, Range[]>();
    for (const s of view.suggestions) {
      let list = byType.get(s.type);
      if (!list) byType.set(s.type, (list = []));
      list.push({ start: doc.index.positionAt(s.start), end: doc.index.positionAt(s.end) });
    }
    let bytes = 0;
    for (const list of byType.values()) bytes += send(list);
    return { spans: view.suggestions.length, bytes, blocks: 0 };
  };
}

let blockInfo = () => '';
const stages = { lines: [] as number[], detect: [] as number[], view: [] as number[], decorations: [] as number[] };

/** The blocks to set after an update, as DecorationPalette.apply picks them. */
function blockPicker(blocks: InstanceType<typeof SuggestionBlocks>) {
  let lastSet = new Set<number>();
  return (lines: NonNullable<ReturnType<typeof buildLineView>['lines']>, edit?: LineEdit['inline']) => {
    const up = blocks.update(lines, edit);
    // the dirty blocks, and when the edit added or removed lines, the blocks below it that the previous keystroke set
    const ch = lines.changes;
    const shifted = ch.removed !== ch.added;
    const ids = new Set(up.dirty.map((b) => b.id));
    const toSet = up.rebuilt ? up.dirty : blocks.blocks.filter((b) => ids.has(b.id) || (shifted && lastSet.has(b.id) && b.start + b.applied.length > ch.first));
    lastSet = up.rebuilt ? new Set() : new Set(toSet.map((b) => b.id));
    return toSet;
  };
}

/** A line's Range objects, reused while its suggestions and line number stay (as DecorationPalette.setBlocks). */
const lineRanges = new WeakMap<readonly DetectedEntity[], { line: number; ranges: Range[] }>();

/** after: the edited lines only, line view without the text, the blocks to set. */
function afterPath(): (doc: Doc, edit?: LineEdit) => Step {
  const detector = new SuggestionDetector(settings);
  const blocks = new SuggestionBlocks(blockLines, maxBlocks);
  blockInfo = () => `${blocks.blocks.length} blocks of ~${blocks.size} lines`;
  const pick = blockPicker(blocks);
  let view: ReturnType<typeof buildLineView> | undefined;
  return (doc, edit) => {
    const t0 = performance.now();
    let fresh: string[] | undefined;
    if (edit) {
      fresh = [];
      for (let i = edit.line; i < edit.line + edit.lines; i++) fresh.push(doc.lineAt(i).text);
    }
    const t1 = performance.now();
    const changes = edit && fresh ? detector.editLines(edit.line, 1, fresh)! : detector.updateLines(doc.getText())!;
    const t2 = performance.now();
    view = buildLineView(undefined, undefined, changes, view);
    const lines = view.lines!;
    const t3 = performance.now();
    let bytes = 0;
    const toSet = pick(lines, edit?.inline);
    for (const b of toSet) {
      const byType = new Map<string, Range[]>();
      blocks.visit(b, lines, (line, shown) => {
        let c = lineRanges.get(shown);
        if (c?.line !== line) lineRanges.set(shown, (c = { line, ranges: shown.map((x) => ({ start: { line, character: x.start }, end: { line, character: x.end } })) }));
        for (let i = 0; i < shown.length; i++) {
          let list = byType.get(shown[i].type);
          if (!list) byType.set(shown[i].type, (list = []));
          list.push(c.ranges[i]);
        }
      });
      for (const list of byType.values()) bytes += send(list);
    }
    const t4 = performance.now();
    if (flag('worst') && t4 - t0 > 4) console.log(`    slow keystroke: ${(t4 - t0).toFixed(1)} ms: detect ${(t2 - t1).toFixed(1)}, ${changes.changed.length} other lines changed, ${detector.lastDetectedLines} detected, ${toSet.length} blocks set, ${bytes} bytes`);
    stages.lines.push(t1 - t0);
    stages.detect.push(t2 - t1);
    stages.view.push(t3 - t2);
    stages.decorations.push(t4 - t3);
    return { spans: lines.total, bytes, blocks: toSet.length };
  };
}

/** previous: getText, whole-text comparison in updateLines, line view, the blocks' ranges as number lists. */
function previousPath(): (doc: Doc) => Step {
  const detector = new SuggestionDetector(settings);
  const blocks = new SuggestionBlocks(blockLines, 8);
  const pick = blockPicker(blocks);
  return (doc) => {
    const text = doc.getText();
    const view = buildLineView(text, undefined, detector.updateLines(text)!);
    const lines = view.lines!;
    let bytes = 0;
    for (const b of pick(lines)) {
      for (const q of blocks.ranges(b, lines).values()) {
        const list: Range[] = [];
        for (let i = 0; i < q.length; i += 4) list.push({ start: { line: q[i], character: q[i + 1] }, end: { line: q[i + 2], character: q[i + 3] } });
        bytes += send(list);
      }
    }
    return { spans: lines.total, bytes, blocks: 0 };
  };
}

/** Garbage collections (their pauses, ms) since the current run's keystrokes began. */
const gc: number[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gc.push(e.duration);
}).observe({ entryTypes: ['gc'] });

/** Runs one path over all keystrokes (each path in its own phase: no garbage left by the other). */
async function run(make: () => (doc: Doc, edit?: LineEdit) => Step): Promise<{ first: number; firstSpans: number; costs: number[]; spans: number[]; bytes: number; blocks: number; gcMillis: number; gcs: number }> {
  const doc = new Doc();
  const step = make();
  let t = performance.now();
  const firstSpans = step(doc).spans;
  const first = performance.now() - t;
  const costs: number[] = [];
  const spans: number[] = [];
  let bytes = 0;
  let blocks = 0;
  gc.length = 0;
  for (const [at, ch] of edits) {
    const edit = doc.insert(at, ch);
    t = performance.now();
    const r = step(doc, edit);
    costs.push(performance.now() - t);
    spans.push(r.spans);
    bytes += r.bytes;
    blocks += r.blocks;
    // back to the event loop between keystrokes, as the extension host (GC entries are reported there)
    await new Promise((r) => setImmediate(r));
  }
  const gcMillis = gc.reduce((a, b) => a + b, 0);
  return { first, firstSpans, costs, spans, bytes, blocks, gcMillis, gcs: gc.length };
}

async function main(): Promise<void> {
  const after = await run(afterPath);
  const previous = await run(previousPath);
  const before = withBefore ? await run(beforePath) : undefined;
  after.spans.forEach((n, k) => {
    if (n !== previous.spans[k] || (before && n !== before.spans[k])) throw new Error(`keystroke ${k}: the paths disagree (${n} vs ${previous.spans[k]} vs ${before?.spans[k]} suggestions)`);
  });

  // calibration: a plain regex pass over the same text (~600 MB/s on the issue's reference machine)
  const text = initial;
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const re = /[A-Z][a-z]+/g;
    const t = performance.now();
    while (re.exec(text));
    best = Math.min(best, performance.now() - t);
  }
  const pct = (xs: number[], p: number): string => [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor(xs.length * p))].toFixed(2);
  const stats = (xs: number[]) => `p50 ${pct(xs, 0.5)} ms, p95 ${pct(xs, 0.95)} ms, max ${pct(xs, 1)} ms`;
  console.log(`keystroke → decoration ranges in a ${(text.length / 1e6).toFixed(2)} MB article, ${text.split('\n').length} lines, ${after.firstSpans} suggested spans (${viaTsx ? 'sources run by tsx' : 'modules bundled by esbuild as shipped'}; node ${process.version})`);
  console.log(`  machine: a plain regex pass runs at ${(text.length / 1e6 / (best / 1000)).toFixed(0)} MB/s now (load disturbs the figures); first full detection ${after.first.toFixed(0)} ms`);
  console.log(`  after    (edited lines → line view → ${blockInfo()}), ${keystrokes} keystrokes: ${stats(after.costs)}; ${(after.blocks / keystrokes).toFixed(2)} blocks, ${(after.bytes / keystrokes / 1000).toFixed(1)} kB of ranges set per keystroke; ${after.gcs} garbage collections, ${after.gcMillis.toFixed(0)} ms`);
  for (const xs of Object.values(stages)) xs.splice(0, 1); // the first, full run
  if (flag('worst')) {
    const order = after.costs.map((c, k) => k).sort((a, b) => after.costs[b] - after.costs[a]).slice(0, 20);
    for (const k of order) console.log(`    keystroke ${k}: ${after.costs[k].toFixed(2)} ms = ${Object.entries(stages).map(([n, xs]) => `${n} ${xs[k].toFixed(2)}`).join(', ')}`);
  }
  console.log(`    stages (p50 / p95 ms): ${Object.entries(stages).map(([k, xs]) => `${k} ${pct(xs, 0.5)} / ${pct(xs, 0.95)}`).join(', ')}`);
  console.log(`  previous (getText → updateLines → line view → 8 blocks, fcee55f), same keystrokes: ${stats(previous.costs)}; ${(previous.bytes / keystrokes / 1000).toFixed(1)} kB of ranges sent per keystroke; ${previous.gcs} garbage collections, ${previous.gcMillis.toFixed(0)} ms`);
  if (before) console.log(`  before   (whole-article entities → view → positionAt per span, 0820b18), same keystrokes: ${stats(before.costs)}; ${(before.bytes / keystrokes / 1000).toFixed(1)} kB of ranges sent per keystroke`);
}

void main();
