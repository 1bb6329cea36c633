import * as assert from 'node:assert/strict';
import { deleteOrphan, isAnchoredOn, listOrphans, reattachOrphan } from '../../../src/workspace/orphans';
import { ARTICLE, sampleDoc } from '../store/fixtures';

describe('workspace/orphans', () => {
  const orphaned = () => {
    const doc = sampleDoc();
    doc.entities[1].mentions[0].orphaned = true; // Kandahar
    doc.claims[0].start += 3; // off its quote without the flag: also an orphan
    doc.claims[0].end += 3;
    return doc;
  };

  it('lists flagged orphans and spans off their quote, in position order, with keys', () => {
    const doc = orphaned();
    const list = listOrphans(doc, ARTICLE);
    assert.deepEqual(list.map((o) => [o.key, o.kind, o.quote]), [
      ['m:kandahar-bbbbbb:0', 'mention', 'Kandahar'],
      ['c:c-cccccc', 'claim', 'control of 85 percent of Afghanistan'],
    ]);
    assert.equal(listOrphans(sampleDoc(), ARTICLE).length, 0);
    assert.equal(isAnchoredOn(doc.entities[0].mentions[0], ARTICLE), true);
    assert.equal(isAnchoredOn({ start: 0, end: 999, quote: 'x' }, ARTICLE), false);
  });

  it('re-attaches an orphan to a span: offsets, quote and context from the text, flag cleared', () => {
    const doc = orphaned();
    const at = ARTICLE.indexOf('EU');
    const r = reattachOrphan(doc, ARTICLE, 'm:kandahar-bbbbbb:0', { start: at, end: at + 2 });
    assert.deepEqual(r, { quote: 'EU', merged: false });
    const m = doc.entities[1].mentions[0];
    assert.deepEqual([m.start, m.end, m.quote, m.orphaned], [at, at + 2, 'EU', undefined]);
    assert.equal(m.prefix, ARTICLE.slice(Math.max(0, at - 32), at));
    assert.throws(() => reattachOrphan(doc, ARTICLE, 'm:kandahar-bbbbbb:0', { start: at, end: at + 2 }), /not orphaned/);
    assert.throws(() => reattachOrphan(orphaned(), ARTICLE, 'm:kandahar-bbbbbb:0', { start: 5, end: 5 }), /not inside/);
    assert.throws(() => reattachOrphan(orphaned(), ARTICLE, 'm:nobody:0', { start: 0, end: 3 }), /no annotation/);
  });

  it('re-attaching onto a mention the entity already has removes the orphan instead (no duplicate)', () => {
    const doc = sampleDoc();
    doc.entities[0].mentions[1].orphaned = true;
    const first = doc.entities[0].mentions[0];
    const r = reattachOrphan(doc, ARTICLE, 'm:taliban-aaaaaa:1', { start: first.start, end: first.end });
    assert.equal(r.merged, true);
    assert.equal(doc.entities[0].mentions.length, 1);
  });

  it('deletes an orphan explicitly; the entity goes with its last mention; anchored spans are refused', () => {
    const doc = orphaned();
    assert.equal(deleteOrphan(doc, ARTICLE, 'm:kandahar-bbbbbb:0'), 'Kandahar');
    assert.ok(!doc.entities.some((e) => e.id === 'kandahar-bbbbbb'));
    assert.equal(deleteOrphan(doc, ARTICLE, 'c:c-cccccc'), 'control of 85 percent of Afghanistan');
    assert.equal(doc.claims.length, 0);
    assert.throws(() => deleteOrphan(doc, ARTICLE, 'm:taliban-aaaaaa:0'), /not orphaned/);
  });
});
