import * as assert from 'node:assert/strict';
import { shiftAnchor, type TextChange } from '../../../src/core/anchor/shift';
import { makeAnchor } from '../../../src/core/anchor/context';
import { reanchorDoc, shiftAnchors } from '../../../src/core/anchor/doc';
import type { AnnotationDoc } from '../../../src/core/model';

const text = 'The Taliban took Kandahar on Friday.';
const apply = (t: string, c: TextChange) => t.slice(0, c.start) + c.text + t.slice(c.end);

function doc(t: string): AnnotationDoc {
  return {
    version: 1,
    article: { file: 'a.txt', sha256: '' },
    entities: [
      { id: 'taliban-000001', name: 'Taliban', type: 'organization', mentions: [makeAnchor(t, 4, 11)] },
      { id: 'kandahar-000001', name: 'Kandahar', type: 'location', mentions: [makeAnchor(t, 17, 25)] },
    ],
    claims: [],
    rejected: [],
  };
}

describe('anchor/shiftAnchor (live edits)', () => {
  const cases: [string, TextChange, string, { start: number; end: number; quote: string; orphaned?: boolean }][] = [
    ['insertion before moves', { start: 0, end: 0, text: 'XX' }, 'moved', { start: 6, end: 13, quote: 'Taliban' }],
    ['insertion at start moves', { start: 4, end: 4, text: 'X' }, 'moved', { start: 5, end: 12, quote: 'Taliban' }],
    ['insertion at end does not grow', { start: 11, end: 11, text: 's' }, 'unchanged', { start: 4, end: 11, quote: 'Taliban' }],
    ['edit after is ignored', { start: 20, end: 25, text: '' }, 'unchanged', { start: 4, end: 11, quote: 'Taliban' }],
    ['typo fixed inside follows', { start: 7, end: 8, text: 'ii' }, 'edited', { start: 4, end: 12, quote: 'Taliiban' }],
    ['deletion inside shrinks', { start: 5, end: 7, text: '' }, 'edited', { start: 4, end: 9, quote: 'Tiban' }],
    ['deletion across the start orphans', { start: 2, end: 6, text: '' }, 'orphaned', { start: 2, end: 7, quote: 'Taliban', orphaned: true }],
    ['replacing the whole span orphans', { start: 4, end: 11, text: 'Army' }, 'orphaned', { start: 4, end: 8, quote: 'Taliban', orphaned: true }],
  ];
  for (const [name, change, outcome, want] of cases) {
    it(name, () => {
      const a = makeAnchor(text, 4, 11);
      assert.equal(shiftAnchor(a, change), outcome);
      assert.deepEqual({ start: a.start, end: a.end, quote: a.quote, ...(a.orphaned ? { orphaned: true } : {}) }, want);
      if (!a.orphaned) assert.equal(apply(text, change).slice(a.start, a.end), a.quote);
    });
  }
});

describe('anchor/shiftAnchors + reanchorDoc', () => {
  it('moves every anchor of a doc and reports orphans', () => {
    const d = doc(text);
    const r = shiftAnchors(d, { start: 0, end: 11, text: 'Fighters' });
    assert.equal(r.orphaned.length, 1);
    assert.equal(r.moved, 1);
    assert.equal(d.entities[1].mentions[0].start, 14);
  });

  it('revives an orphan when the text comes back (undo in the editor)', () => {
    const d = doc(text);
    const edited = apply(text, { start: 4, end: 11, text: 'Army' });
    shiftAnchors(d, { start: 4, end: 11, text: 'Army' });
    let rep = reanchorDoc(d, edited);
    assert.equal(rep.orphaned.length, 1);
    assert.equal(d.entities[0].mentions[0].orphaned, true);
    shiftAnchors(d, { start: 4, end: 8, text: 'Taliban' });
    rep = reanchorDoc(d, text);
    assert.equal(rep.revived.length, 1);
    assert.equal(d.entities[0].mentions[0].orphaned, undefined);
    assert.equal(text.slice(d.entities[0].mentions[0].start, d.entities[0].mentions[0].end), 'Taliban');
  });

  it('revives an orphan whose offsets collapsed to its full quote length', () => {
    const d = doc(text);
    shiftAnchors(d, { start: 0, end: 11, text: '' }); // deletes "The Taliban": offsets collapse to [0, 0)
    const m = d.entities[0].mentions[0];
    assert.deepEqual([m.start, m.end, m.orphaned], [0, 0, true]);
    reanchorDoc(d, text); // the text came back (external undo)
    assert.deepEqual([m.start, m.end, m.quote, m.orphaned], [4, 11, 'Taliban', undefined]);
  });

  it('re-anchors after a change made while closed and records the new sha256', () => {
    const d = doc(text);
    const changed = 'UPDATE: ' + text.replace('Friday', 'Saturday');
    const rep = reanchorDoc(d, changed);
    assert.equal(rep.moved, 2);
    assert.equal(rep.orphaned.length, 0);
    for (const e of d.entities) for (const m of e.mentions) assert.equal(changed.slice(m.start, m.end), m.quote);
    assert.match(d.article.sha256, /^[0-9a-f]{64}$/);
  });

  it('never puts two mentions of one entity on the same span', () => {
    const t = 'Kabul is calm. Kabul is tense.';
    const d = doc(t);
    d.entities = [{ id: 'kabul-000001', name: 'Kabul', type: 'location', mentions: [makeAnchor(t, 0, 5), makeAnchor(t, 15, 20)] }];
    const changed = 'Kabul is calm.';
    reanchorDoc(d, changed);
    const [m1, m2] = d.entities[0].mentions;
    assert.equal(m1.orphaned, undefined);
    assert.equal(m2.orphaned, true);
  });

  it('after a big deletion, spans behind it land at their true place, even for words repeated everywhere', () => {
    const words = 'the said officials on Friday Taliban forces Kandahar province Afghan government percent'.split(' ');
    let seed = 7;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
    let t = '';
    while (t.length < 100_000) t += words[Math.floor(rnd() * words.length)] + ' ';
    const d: AnnotationDoc = { version: 1, article: { file: 'a.txt', sha256: '' }, entities: [], claims: [], rejected: [] };
    const old: number[] = [];
    for (let i = 0; i < 1000; i++) {
      let s = i * 100;
      while (s > 0 && t[s - 1] !== ' ') s--;
      let e = s;
      while (t[e] !== ' ') e++;
      d.entities.push({ id: `e-${i}`, name: 'x', type: 'organization', mentions: [makeAnchor(t, s, e)] });
      old.push(s);
    }
    // A paragraph repeated elsewhere must not pull spans to the copy either.
    const edited = t.slice(0, 20_000) + t.slice(30_000);
    reanchorDoc(d, edited);
    d.entities.forEach((e, i) => {
      const m = e.mentions[0];
      if (!m.orphaned) assert.equal(edited.slice(m.start, m.end), m.quote);
      if (old[i] >= 30_000) assert.equal(m.start, old[i] - 10_000, `span ${i}`);
      if (old[i] < 20_000 - 40) assert.equal(m.start, old[i], `span ${i}`);
    });
  });
});
