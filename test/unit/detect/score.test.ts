import { strict as assert } from 'node:assert';
import { countByType, matchOverlap, prf } from '../../../bench/lib/score';

describe('bench span scorer', () => {
  it('exact requires same start, end and type', () => {
    const c = countByType('exact', [{ start: 0, end: 5, type: 'person' }], [{ start: 0, end: 5, type: 'location' }]).get('ALL');
    assert.deepEqual(c, { tp: 0, fp: 1, fn: 1 });
  });
  it('overlap: a gold span split in two predictions is one hit and one false positive', () => {
    const gold = [{ start: 0, end: 10, type: 'person' }];
    const pred = [{ start: 0, end: 3, type: 'person' }, { start: 4, end: 10, type: 'person' }];
    const pairs = matchOverlap(gold, pred);
    assert.deepEqual(pairs, [[0, 1]]);
    assert.deepEqual(countByType('overlap', gold, pred).get('ALL'), { tp: 1, fp: 1, fn: 0 });
  });
  it('computes micro F1', () => {
    const s = prf({ tp: 8, fp: 2, fn: 2 });
    assert.equal(s.f1.toFixed(3), '0.800');
  });
});
