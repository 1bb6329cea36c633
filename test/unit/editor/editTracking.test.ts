// The keystroke path leaves a block of suggestion decorations as it is when the editor, moving the
// edited line's decorations through the edit by itself, already shows the new suggestions
// (SuggestionBlocks.update with an InlineEdit). Checked against a model of the editor that moves
// decorations as VS Code's interval tree does (nodeAcceptEdit, for ClosedClosed =
// AlwaysGrowsWhenTypingAtEdges ranges), through random typing and deleting.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IncrementalDetector } from '../../../src/core/detect';
import { buildLineView, type ShownLines } from '../../../src/workspace/articleView';
import { editorTracks, SuggestionBlocks, type InlineEdit } from '../../../src/editor/suggestionBlocks';

const sample = (f: string): string => readFileSync(join(__dirname, '../../../samples', f), 'utf8');

/** VS Code's adjustMarkerBeforeColumn (intervalTree.ts). */
function before(marker: number, stickToPrevious: boolean, check: number, move: 'stay' | 'defined'): boolean {
  if (marker < check) return true;
  if (marker > check) return false;
  return move === 'stay' ? true : stickToPrevious;
}

/** VS Code's nodeAcceptEdit for a ClosedClosed range (start sticks to the previous character, end does not). */
function accept(r: { start: number; end: number }, start: number, end: number, textLength: number): { start: number; end: number } {
  const deleting = end - start;
  const common = Math.min(deleting, textLength);
  let s = r.start;
  let e = r.end;
  let sDone = false;
  let eDone = false;
  const m1 = deleting > 0 ? 'stay' : 'defined';
  if (before(r.start, true, start, m1)) sDone = true;
  if (before(r.end, false, start, m1)) eDone = true;
  if (common > 0) {
    const m2 = deleting > textLength ? 'stay' : 'defined';
    if (!sDone && before(r.start, true, start + common, m2)) sDone = true;
    if (!eDone && before(r.end, false, start + common, m2)) eDone = true;
  }
  if (!sDone && before(r.start, true, end, 'defined')) {
    s = start + textLength;
    sDone = true;
  }
  if (!eDone && before(r.end, false, end, 'defined')) {
    e = start + textLength;
    eDone = true;
  }
  const delta = textLength - deleting;
  if (!sDone) s = Math.max(0, r.start + delta);
  if (!eDone) e = Math.max(0, r.end + delta);
  if (s > e) e = s;
  return { start: s, end: e };
}

/** The editor: decorations per line (block, type, columns), moved through edits as VS Code moves them. */
class Editor {
  lines: { block: number; type: string; start: number; end: number }[][];
  constructor(n: number) {
    this.lines = Array.from({ length: n }, () => []);
  }
  inline(e: InlineEdit): void {
    this.lines[e.line] = this.lines[e.line].map((d) => ({ ...d, ...accept(d, e.col, e.col + e.deleted, e.inserted) }));
  }
  set(block: number, ranges: Map<string, number[]>): void {
    this.lines = this.lines.map((l) => l.filter((d) => d.block !== block));
    for (const [type, q] of ranges) for (let i = 0; i < q.length; i += 4) this.lines[q[i]].push({ block, type, start: q[i + 1], end: q[i + 3] });
  }
  shown(): string[] {
    // (empty ranges show nothing)
    return this.lines.map((l) => l.filter((d) => d.end > d.start).map((d) => `${d.type}:${d.start}-${d.end}`).sort().join(' '));
  }
}

const expected = (lines: ShownLines): string[] =>
  Array.from({ length: lines.count }, (_, i) => lines.shown(i).map((s) => `${s.type}:${s.start}-${s.end}`).sort().join(' '));

describe('editor/suggestionBlocks: blocks the editor keeps right by itself are not set again', function () {
  this.timeout(60000);

  it('editorTracks follows VS Code on typing and deleting at, inside and around ranges', () => {
    const span = (start: number, end: number) => ({ start, end, text: '', type: 'person' });
    for (let col = 0; col <= 12; col++) {
      for (const [deleted, inserted] of [[0, 1], [0, 3], [1, 0], [2, 0], [5, 0]]) {
        const e: InlineEdit = { line: 0, col, deleted, inserted };
        const old = [span(2, 5), span(7, 10)];
        const moved = old.map((o) => ({ ...o, ...accept(o, col, col + deleted, inserted) }));
        assert.equal(editorTracks(old, moved, e), true, `col ${col}, -${deleted} +${inserted}`);
        const other = moved.map((m, i) => (i ? { ...m, end: m.end + 1 } : m));
        assert.equal(editorTracks(old, other, e), false);
      }
    }
    assert.equal(editorTracks([span(2, 5)], [span(2, 5)], { line: 0, col: 3, deleted: 1, inserted: 1 }), false, 'replacements are not followed');
  });

  it('typing and deleting at random: the editor shows exactly the view, with most keystrokes setting nothing', () => {
    const lines = (sample('002_f2ef60532da01a30.txt') + '\n\n' + sample('001_1f224ee1da4da45c.txt')).split('\n');
    const det = new IncrementalDetector();
    const blocks = new SuggestionBlocks(8, 1000);
    let view = buildLineView(undefined, undefined, det.updateLines(lines.join('\n')));
    const editor = new Editor(lines.length);
    for (const b of blocks.update(view.lines!).dirty) editor.set(b.id, blocks.ranges(b, view.lines!));
    assert.deepEqual(editor.shown(), expected(view.lines!));
    let seed = 21;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let quiet = 0;
    const N = 600;
    for (let k = 0; k < N; k++) {
      const line = rand(lines.length);
      const l = lines[line];
      const col = rand(l.length + 1);
      const del = k % 4 === 3 ? Math.min(l.length - col, 1 + rand(4)) : 0;
      const ins = del ? '' : 'e ,.A'[rand(5)];
      const e: InlineEdit = { line, col, deleted: del, inserted: ins.length };
      if (!del && !ins) continue;
      lines[line] = l.slice(0, col) + ins + l.slice(col + del);
      editor.inline(e);
      view = buildLineView(undefined, undefined, det.editLines(line, 1, [lines[line]]), view); // (touched lines only)
      assert.ok(view.lines!.touched, 'built on the previous view');
      const up = blocks.update(view.lines!, e);
      if (!up.dirty.length) quiet++;
      for (const b of up.dirty) editor.set(b.id, blocks.ranges(b, view.lines!));
      assert.deepEqual(editor.shown(), expected(view.lines!), `keystroke ${k}: line ${line} col ${col} -${del} +${ins.length}`);
    }
    assert.ok(quiet > N / 2, `keystrokes that set no block: ${quiet} of ${N}`);
  });
});
