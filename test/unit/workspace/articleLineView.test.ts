import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectEntities, IncrementalDetector } from '../../../src/core/detect';
import { newDoc } from '../../../src/core/store/sidecar';
import type { AnnotationDoc } from '../../../src/core/model';
import { tagEntity, rejectSuggestion } from '../../../src/workspace/entityEdits';
import { buildArticleView, buildLineView, itemAt } from '../../../src/workspace/articleView';

const sample = (f: string): string => readFileSync(join(__dirname, '../../../samples', f), 'utf8');

describe('workspace/articleView: buildLineView (the keystroke path)', function () {
  this.timeout(60000);
  let seed = 3;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };

  /** A sidecar with some suggestions accepted (some over two lines, some partial) and some rejected. */
  function sidecar(text: string): AnnotationDoc {
    const doc = newDoc('a.txt', text);
    const ents = detectEntities(text);
    for (let k = 0; k < 25; k++) {
      const e = ents[rand(ents.length)];
      const op = rand(4);
      if (op === 0) rejectSuggestion(doc, text, e, e.type);
      else if (op === 1) tagEntity(doc, text, { start: e.start + 1, end: e.end }, 'person'); // partial overlap
      else if (op === 2) {
        const nl = text.indexOf('\n', e.end);
        if (nl > 0 && nl < e.end + 300) tagEntity(doc, text, { start: e.start, end: nl + 3 }, 'location'); // over a line end
      } else tagEntity(doc, text, e, e.type);
    }
    return doc;
  }

  it('shows what buildArticleView shows, through edits; itemAt agrees at every offset tried', () => {
    let text = sample('000_977838ff7295d488.txt') + '\n\n' + sample('004_84d9c43e08837843.txt');
    const det = new IncrementalDetector();
    det.updateLines(text);
    for (let k = 0; k < 40; k++) {
      const at = rand(text.length);
      text = k % 3 === 0 ? text.slice(0, at) + '\n' + text.slice(at) : text.slice(0, at) + 'e' + text.slice(at);
      const doc = sidecar(text);
      const lineView = buildLineView(text, doc, det.updateLines(text));
      const full = buildArticleView(text, doc, detectEntities(text));
      assert.deepEqual(lineView.accepted, full.accepted);
      assert.deepEqual(lineView.orphaned, full.orphaned);
      assert.deepEqual(lineView.suggestions, full.suggestions, `edit ${k}`);
      assert.equal(lineView.lines!.total, full.suggestions.length);
      for (let t = 0; t < 60; t++) {
        const off = rand(text.length + 1);
        assert.deepEqual(itemAt(lineView, off), itemAt(full, off), `offset ${off}`);
      }
      for (const s of full.suggestions.slice(0, 40)) {
        assert.deepEqual(itemAt(lineView, s.start), itemAt(full, s.start));
        assert.deepEqual(itemAt(lineView, s.end), itemAt(full, s.end));
      }
    }
  });

  it('lines and positions: start, lineAt, shown are line-relative; unchanged lines keep their arrays', () => {
    const text = 'Officials in Kabul said.\n\nThe Taliban took Kandahar on Friday.\nNothing here.';
    const det = new IncrementalDetector();
    const doc = newDoc('a.txt', text);
    tagEntity(doc, text, { start: text.indexOf('Taliban'), end: text.indexOf('Taliban') + 7 }, 'organization');
    const v1 = buildLineView(text, doc, det.updateLines(text));
    const L = v1.lines!;
    assert.equal(L.count, 4);
    assert.deepEqual([0, 1, 2, 3].map((i) => L.start(i)), [0, 25, 26, 63]);
    assert.equal(L.lineAt(24), 0);
    assert.equal(L.lineAt(25), 1);
    assert.equal(L.lineAt(62), 2);
    assert.equal(L.lineAt(63), 3);
    assert.deepEqual(L.shown(0).map((s) => [s.start, s.end, s.text]), [[13, 18, 'Kabul']]);
    assert.deepEqual(L.shown(2).map((s) => [s.start, s.text]), [[17, 'Kandahar'], [29, 'Friday']]); // Taliban accepted
    // the same text again: every line shows the same arrays (also the filtered one)
    const v2 = buildLineView(text, doc, det.updateLines(text));
    for (let i = 0; i < 4; i++) assert.equal(v2.lines!.shown(i), L.shown(i), `line ${i}`);
    // a rejection on line 2 gives that line a new array, the others keep theirs
    rejectSuggestion(doc, text, { start: 26 + 29, end: 26 + 35 }, 'date');
    const v3 = buildLineView(text, doc, det.updateLines(text));
    assert.deepEqual(v3.lines!.shown(2).map((s) => s.text), ['Kandahar']);
    assert.equal(v3.lines!.shown(0), L.shown(0));
    assert.equal(v3.lines!.total, 2);
  });
});
