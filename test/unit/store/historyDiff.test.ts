import * as assert from 'node:assert/strict';
import { History } from '../../../src/core/store/history';
import { diffDocs } from '../../../src/core/store/historyDiff';
import { claim, entity, sampleDoc } from './fixtures';

describe('store/diffDocs (undo records of any edit)', () => {
  it('records added, removed and changed entities and claims by id; undo restores, redo re-applies', () => {
    const before = sampleDoc();
    const after = structuredClone(before);
    after.entities.push(entity('friday-111111', 'date', 'Friday'));
    after.entities = after.entities.filter((e) => e.id !== 'kandahar-bbbbbb');
    after.entities[0].type = 'person';
    after.claims[0].status = 'disputed';
    const change = diffDocs(before, after);
    assert.equal(change.ops.length, 4);
    assert.equal(change.label, '4 Annotation Changes');
    const h = new History();
    h.record(change);
    const doc = structuredClone(after);
    h.undo(doc);
    assert.deepEqual(new Set(doc.entities.map((e) => e.id)), new Set(before.entities.map((e) => e.id)));
    assert.equal(doc.entities.find((e) => e.id === 'taliban-aaaaaa')!.type, 'organization');
    assert.equal(doc.claims[0].status, 'unverified');
    h.redo(doc);
    assert.deepEqual(new Set(doc.entities.map((e) => e.id)), new Set(after.entities.map((e) => e.id)));
    assert.equal(doc.claims[0].status, 'disputed');
  });

  it('treats rejected suggestions as a multiset and labels single operations', () => {
    const before = sampleDoc();
    const after = structuredClone(before);
    const r = { ...entity('x', 'person', 'Friday').mentions[0], type: 'person' };
    after.rejected.push(r, structuredClone(r));
    const change = diffDocs(before, after);
    assert.equal(change.ops.length, 2);
    assert.equal(change.label, 'Reject 2 suggestions');
    const back = diffDocs(after, before);
    assert.deepEqual(back.ops.map((o) => [o.kind, o.before !== null, o.after !== null]), [['rejected', true, false], ['rejected', true, false]]);

    const tagged = structuredClone(before);
    tagged.entities.push(entity('friday-111111', 'date', 'Friday'));
    assert.equal(diffDocs(before, tagged).label, "Tag Entity 'Friday'");
    assert.equal(diffDocs(tagged, before).label, "Remove Entity 'Friday'");
    const withClaim = structuredClone(before);
    withClaim.claims.push(claim('c-dddddd', 'Around 65 percent'));
    assert.equal(diffDocs(before, withClaim).label, "Tag Claim 'Around 65 percent'");
    assert.equal(diffDocs(before, before, 'Named').label, 'Named');
    assert.equal(diffDocs(before, structuredClone(before)).ops.length, 0);
  });

  it('stores copies: later mutation of the docs does not change the record', () => {
    const before = sampleDoc();
    const after = structuredClone(before);
    after.entities[0].name = 'The Taliban';
    const change = diffDocs(before, after);
    after.entities[0].name = 'changed later';
    assert.equal((change.ops[0].after as { name: string }).name, 'The Taliban');
  });
});
