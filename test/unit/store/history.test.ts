import * as assert from 'node:assert/strict';
import { History } from '../../../src/core/store/history';
import { entity, sampleDoc } from './fixtures';

describe('store/History (undo/redo of annotation operations)', () => {
  it('undoes and redoes an added entity', () => {
    const doc = sampleDoc();
    const h = new History();
    const friday = entity('friday-111111', 'date', 'Friday');
    h.apply(doc, { label: "Tag Entity 'Friday'", ops: [{ kind: 'entity', before: null, after: friday }] });
    assert.equal(doc.entities.length, 3);
    assert.equal(h.peekUndo(), "Tag Entity 'Friday'");
    h.undo(doc);
    assert.equal(doc.entities.length, 2);
    assert.ok(h.canRedo());
    h.redo(doc);
    assert.deepEqual(doc.entities[2], friday);
  });

  it('undoes a type change and a removal by id, leaving later unrelated changes alone', () => {
    const doc = sampleDoc();
    const h = new History();
    const before = structuredClone(doc.entities[1]);
    h.apply(doc, { label: 'Change Type', ops: [{ kind: 'entity', before, after: { ...before, type: 'organization' } }] });
    h.apply(doc, { label: 'Remove', ops: [{ kind: 'claim', before: structuredClone(doc.claims[0]), after: null }] });
    // An unrelated change arrives from disk (not through the history).
    doc.entities.push(entity('friday-111111', 'date', 'Friday'));
    h.undo(doc);
    assert.equal(doc.claims.length, 1);
    h.undo(doc);
    assert.equal(doc.entities.find((e) => e.id === before.id)?.type, 'location');
    assert.ok(doc.entities.some((e) => e.id === 'friday-111111'));
    assert.equal(h.canUndo(), false);
    assert.equal(h.undo(doc), undefined);
  });

  it('a new change clears the redo stack', () => {
    const doc = sampleDoc();
    const h = new History();
    h.apply(doc, { label: 'a', ops: [{ kind: 'rejected', before: null, after: { start: 0, end: 7, quote: 'Taliban', type: 'person' } }] });
    h.undo(doc);
    assert.equal(doc.rejected.length, 0);
    h.apply(doc, { label: 'b', ops: [{ kind: 'entity', before: structuredClone(doc.entities[0]), after: null }] });
    assert.equal(h.canRedo(), false);
  });

  it('keeps stored anchors on the text while the article is edited', () => {
    const doc = sampleDoc();
    const h = new History();
    const removed = structuredClone(doc.entities[1]);
    h.apply(doc, { label: 'Remove', ops: [{ kind: 'entity', before: removed, after: null }] });
    h.shift({ start: 0, end: 0, text: 'NEW: ' });
    h.undo(doc);
    assert.equal(doc.entities[doc.entities.length - 1].mentions[0].start, removed.mentions[0].start + 5);
  });

  it('stores copies: mutating the doc afterwards does not change what undo restores', () => {
    const doc = sampleDoc();
    const h = new History();
    const after = { ...structuredClone(doc.entities[0]), name: 'The Taliban' };
    h.apply(doc, { label: 'Rename', ops: [{ kind: 'entity', before: structuredClone(doc.entities[0]), after }] });
    doc.entities[0].note = 'mutated later';
    h.undo(doc);
    assert.equal(doc.entities[0].name, 'Taliban');
    assert.equal(doc.entities[0].note, undefined);
  });

  it('drops the oldest entries past its limit', () => {
    const doc = sampleDoc();
    const h = new History(2);
    for (let i = 0; i < 3; i++) h.apply(doc, { label: `r${i}`, ops: [{ kind: 'rejected', before: null, after: { start: i, end: i + 1, quote: 'x', type: 'person' } }] });
    assert.ok(h.undo(doc) && h.undo(doc));
    assert.equal(h.undo(doc), undefined);
    assert.equal(doc.rejected.length, 1);
  });
});
