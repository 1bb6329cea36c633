import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IncrementalDetector } from '../../../src/core/detect';
import { newDoc } from '../../../src/core/store/sidecar';
import { tagEntity } from '../../../src/workspace/entityEdits';
import { buildLineView, type ShownLines } from '../../../src/workspace/articleView';
import { SuggestionBlocks } from '../../../src/editor/suggestionBlocks';

const sample = (f: string): string => readFileSync(join(__dirname, '../../../samples', f), 'utf8');

/**
 * A stand-in for the editor: decorations per line tagged with the block that set them. Edits move
 * them with the lines (replaced lines lose theirs); setting a block replaces all of its decorations.
 */
class Editor {
  lines: string[][] = [];
  constructor(n: number) {
    this.lines = Array.from({ length: n }, () => []);
  }
  edit(first: number, removed: number, added: number): void {
    this.lines.splice(first, removed, ...Array.from({ length: added }, () => []));
  }
  set(block: number, ranges: Map<string, number[]>): void {
    this.clear(block);
    for (const [type, q] of ranges) for (let i = 0; i < q.length; i += 4) {
      assert.equal(q[i], q[i + 2], 'a suggestion stays on its line');
      this.lines[q[i]].push(`${block}|${type}:${q[i + 1]}-${q[i + 3]}`);
    }
  }
  clear(block: number): void {
    this.lines = this.lines.map((l) => l.filter((d) => !d.startsWith(`${block}|`)));
  }
  shown(): string[] {
    return this.lines.map((l) => l.map((d) => d.slice(d.indexOf('|') + 1)).sort().join(' '));
  }
}

const expected = (lines: ShownLines): string[] =>
  Array.from({ length: lines.count }, (_, i) => lines.shown(i).map((s) => `${s.type}:${s.start}-${s.end}`).sort().join(' '));

describe('editor/suggestionBlocks', function () {
  this.timeout(60000);

  it('setting only the dirty blocks keeps the editor showing exactly the view, through random edits', () => {
    let text = sample('002_f2ef60532da01a30.txt') + '\n\n' + sample('001_1f224ee1da4da45c.txt');
    const det = new IncrementalDetector();
    const blocks = new SuggestionBlocks(8, 1000);
    let view = buildLineView(text, undefined, det.updateLines(text));
    const editor = new Editor(view.lines!.count);
    let up = blocks.update(view.lines!);
    assert.equal(up.rebuilt, true);
    for (const b of up.dirty) editor.set(b.id, blocks.ranges(b, view.lines!));
    assert.deepEqual(editor.shown(), expected(view.lines!));
    let seed = 9;
    const rand = (n: number): number => { // mulberry32
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
    };
    let setBlocks = 0;
    let dropped = 0;
    let accepts = 0;
    const edits = 300;
    for (let k = 0; k < edits; k++) {
      const at = rand(text.length);
      const op = rand(8);
      if (k % 20 === 3) {
        accepts++;
        const doc = newDoc('a.txt', text); // an accepted mention hides suggestions without a text change
        const s = view.suggestions[rand(view.suggestions.length)];
        tagEntity(doc, text, s, s.type);
        view = buildLineView(text, doc, det.updateLines(text));
        up = blocks.update(view.lines!);
        assert.equal(up.dirty.length, 1, 'only the accepted mention\'s block');
        for (const b of up.dirty) editor.set(b.id, blocks.ranges(b, view.lines!));
        assert.deepEqual(editor.shown(), expected(view.lines!), `accept ${k}`);
        continue;
      }
      if (op === 0) text = text.slice(0, at) + text.slice(at + 1 + rand(400)); // joins lines, may empty blocks
      else if (op === 1) text = text.slice(0, at) + '\n'.repeat(1 + rand(3)) + text.slice(at);
      else if (op === 2) text = text.slice(0, at) + '\nSaid Laszlo Varga of the Varga Institute in Kabul.\n'.repeat(1 + rand(12)) + text.slice(at); // may split blocks
      else text = text.slice(0, at) + 'e' + text.slice(at);
      const changes = det.updateLines(text);
      editor.edit(changes.first, changes.removed, changes.added);
      view = buildLineView(text, undefined, changes);
      up = blocks.update(view.lines!);
      assert.equal(up.rebuilt, false);
      for (const b of up.dropped) editor.clear(b.id);
      for (const b of up.dirty) editor.set(b.id, blocks.ranges(b, view.lines!));
      setBlocks += up.dirty.length;
      dropped += up.dropped.length;
      assert.deepEqual(editor.shown(), expected(view.lines!), `edit ${k} (op ${op} at ${at})`);
      assert.equal(blocks.total, view.lines!.total);
      for (const b of blocks.blocks) assert.ok(b.applied.length > 0 && b.applied.length <= 16, `block of ${b.applied.length} lines`);
    }
    assert.ok(dropped > 0, 'some blocks were emptied and dropped');
    assert.equal(accepts, 15);
    assert.ok(setBlocks / edits < 4, `blocks set per edit: ${setBlocks / edits}`);
  });

  it('a one-character edit makes one block dirty; lines inserted above a block leave it alone', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `Line ${i}: officials in Kabul said 12 people were hurt on Monday.`);
    const det = new IncrementalDetector();
    const blocks = new SuggestionBlocks(10, 1000);
    let view = buildLineView(lines.join('\n'), undefined, det.updateLines(lines.join('\n')));
    for (const b of blocks.update(view.lines!).dirty) blocks.ranges(b, view.lines!);
    lines[55] = lines[55].replace('hurt', 'hurts');
    view = buildLineView(lines.join('\n'), undefined, det.updateLines(lines.join('\n')));
    let up = blocks.update(view.lines!);
    assert.deepEqual(up.dirty.map((b) => b.start), [50]);
    for (const b of up.dirty) blocks.ranges(b, view.lines!);
    lines.splice(5, 0, 'A new line in Kandahar.', '');
    view = buildLineView(lines.join('\n'), undefined, det.updateLines(lines.join('\n')));
    up = blocks.update(view.lines!);
    assert.deepEqual(up.dirty.map((b) => [b.start, b.applied.length]), [[0, 12]]);
    assert.equal(blocks.blocks[5].start, 52, 'the blocks below moved with their lines');
  });
});
