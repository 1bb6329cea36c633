import * as assert from 'node:assert/strict';
import { mergeDocs } from '../../../src/core/store/merge';
import { ARTICLE, claim, entity, sampleDoc } from './fixtures';

describe('store/mergeDocs (by id)', () => {
  it('keeps additions from both sides, including entities at nearby positions', () => {
    const base = sampleDoc();
    const ours = structuredClone(base);
    const theirs = structuredClone(base);
    ours.entities.push(entity('friday-111111', 'date', 'Friday'));
    theirs.entities.push(entity('officials-222222', 'organization', 'officials'));
    theirs.claims.push(claim('c-333333', 'Around 65 percent'));
    const { doc, conflicts } = mergeDocs(base, ours, theirs);
    assert.deepEqual(doc.entities.map((e) => e.id).sort(), ['friday-111111', 'kandahar-bbbbbb', 'officials-222222', 'taliban-aaaaaa']);
    assert.deepEqual(doc.claims.map((c) => c.id).sort(), ['c-333333', 'c-cccccc']);
    assert.deepEqual(conflicts, []);
  });

  it('merges edits of different entries and of different fields of one entry', () => {
    const base = sampleDoc();
    const ours = structuredClone(base);
    const theirs = structuredClone(base);
    ours.entities[1].type = 'organization';
    theirs.entities[0].aliases = ['the group'];
    ours.claims[0].status = 'disputed';
    theirs.claims[0].topic = 'territory';
    const { doc, conflicts } = mergeDocs(base, ours, theirs);
    assert.equal(doc.entities.find((e) => e.id === 'kandahar-bbbbbb')?.type, 'organization');
    assert.deepEqual(doc.entities.find((e) => e.id === 'taliban-aaaaaa')?.aliases, ['the group']);
    assert.deepEqual([doc.claims[0].status, doc.claims[0].topic], ['disputed', 'territory']);
    assert.deepEqual(conflicts, []);
  });

  it('merges mentions of one entity added on both sides as a set', () => {
    const base = sampleDoc();
    base.entities[0].mentions.pop();
    const ours = structuredClone(base);
    const theirs = structuredClone(base);
    ours.entities[0].mentions.push(entity('x', 'organization', 'Taliban', 1).mentions[0]);
    theirs.entities[0].mentions.push({ start: 0, end: 16, quote: 'Taliban fighters' });
    const { doc } = mergeDocs(base, ours, theirs);
    assert.deepEqual(doc.entities[0].mentions.map((m) => m.start).sort((a, b) => a - b), [0, 0, ARTICLE.indexOf('Taliban', 1)]);
  });

  it('applies a deletion made on one side when the other left the entry alone', () => {
    const base = sampleDoc();
    const ours = structuredClone(base);
    const theirs = structuredClone(base);
    theirs.entities.splice(1, 1);
    ours.entities[0].note = 'checked';
    const { doc } = mergeDocs(base, ours, theirs);
    assert.deepEqual(doc.entities.map((e) => e.id), ['taliban-aaaaaa']);
    assert.equal(doc.entities[0].note, 'checked');
  });

  it('keeps an entry deleted on one side but changed on the other (nothing lost)', () => {
    const base = sampleDoc();
    const ours = structuredClone(base);
    const theirs = structuredClone(base);
    ours.claims = [];
    theirs.claims[0].status = 'corroborated';
    const { doc } = mergeDocs(base, ours, theirs);
    assert.equal(doc.claims[0]?.status, 'corroborated');
  });

  it('on a real conflict keeps ours, joins notes, and reports both', () => {
    const base = sampleDoc();
    const ours = structuredClone(base);
    const theirs = structuredClone(base);
    ours.claims[0].status = 'disputed';
    theirs.claims[0].status = 'corroborated';
    ours.claims[0].note = 'ours';
    theirs.claims[0].note = 'theirs';
    const { doc, conflicts } = mergeDocs(base, ours, theirs);
    assert.equal(doc.claims[0].status, 'disputed');
    assert.equal(doc.claims[0].note, 'ours\ntheirs');
    assert.deepEqual(conflicts.map((c) => c.field).sort(), ['note', 'status']);
    assert.equal(conflicts.find((c) => c.field === 'status')?.theirs, 'corroborated');
  });

  it('without a base (no common ancestor) keeps the union', () => {
    const ours = sampleDoc();
    const theirs = sampleDoc();
    theirs.entities.push(entity('friday-111111', 'date', 'Friday'));
    ours.entities.splice(1, 1);
    const { doc } = mergeDocs(undefined, ours, theirs);
    assert.equal(doc.entities.length, 3);
  });

  it('does not modify its inputs', () => {
    const base = sampleDoc();
    const ours = structuredClone(base);
    const theirs = structuredClone(base);
    theirs.entities.push(entity('friday-111111', 'date', 'Friday'));
    const snapshot = JSON.stringify([base, ours, theirs]);
    const { doc } = mergeDocs(base, ours, theirs);
    doc.entities[0].mentions[0].start = 99;
    assert.equal(JSON.stringify([base, ours, theirs]), snapshot);
  });
});

describe('store/mergeDocs multiset entries', () => {
  it('keeps two equal rejected suggestions added on one side (nothing collapses)', () => {
    const base = sampleDoc();
    const ours = structuredClone(base);
    const r = { start: 0, end: 7, quote: 'Taliban', type: 'person' };
    ours.rejected.push({ ...r }, { ...r });
    const { doc } = mergeDocs(base, ours, structuredClone(base));
    assert.equal(doc.rejected.length, 2);
  });
});
