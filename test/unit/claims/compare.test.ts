import { strict as assert } from 'node:assert';
import { compareClaims, formatValue, listTopics, type ArticleClaims } from '../../../src/core/claims/compare';
import { normaliseValue } from '../../../src/core/claims/value';
import type { Claim, ClaimKind } from '../../../src/core/model';

function claim(id: string, claimant: string, kind: ClaimKind, valueText: string | null, topic = 'control', start = 0): Claim {
  return {
    id, start, end: start + 10, quote: valueText ?? 'no figure', claimant, kind, topic,
    value: valueText ? normaliseValue(valueText) : null, status: 'unverified',
  };
}

// The samples' scenario: Taliban officials claim 85 percent; "other assessments" say one-third to
// one-half; an EU estimate says around 65 percent (a later article).
const SCENARIO: ArticleClaims[] = [
  { articleFile: '004.txt', articleDate: '2021-08-14', claims: [claim('eu', 'EU', 'estimate', 'around 65 percent')] },
  {
    articleFile: '002.txt', articleDate: '2021-07-09', claims: [
      claim('tal', 'Taliban', 'claim', '85 percent', 'control', 100),
      claim('oth', 'other assessments', 'estimate', 'one-third to one-half', 'control', 200),
      claim('kdr', 'Bahir Ahmadi', 'claim', null, 'control', 50),
      claim('cas', 'Nasrat Rahimi', 'claim', '56 insurgents', 'casualties', 300),
    ],
  },
];

describe('claims/compare', () => {
  it('flags the 85 % claim as outside the 33.3–65 % envelope of independent estimates', () => {
    const [control] = compareClaims(SCENARIO, 'control');
    assert.equal(control.topic, 'control');
    assert.deepEqual(control.envelopes, [{ min: 33.3, max: 65, unit: 'percent', count: 2 }]);
    const tal = control.claims.find((c) => c.claim.id === 'tal');
    assert.ok(tal);
    assert.equal(tal.outside, true);
    assert.equal(tal.summary, 'Taliban: 85 % · independent estimates 33–65 % · outside all estimates');
  });
  it('does not flag a claim inside the envelope, nor one without a value or estimate', () => {
    const inside: ArticleClaims[] = [...SCENARIO, { articleFile: '009.txt', claims: [claim('in', 'Afghan officials', 'claim', '40 percent')] }];
    const [, control] = compareClaims(inside);
    const byId = new Map(control.claims.map((c) => [c.claim.id, c]));
    assert.equal(byId.get('in')?.outside, false);
    assert.match(byId.get('in')?.summary ?? '', /within estimates$/);
    assert.equal(byId.get('kdr')?.outside, false);
    assert.equal(byId.get('kdr')?.envelope, null);
    const [cas] = compareClaims(SCENARIO, 'casualties');
    assert.equal(cas.claims[0].outside, false);
    assert.equal(cas.claims[0].summary, 'Nasrat Rahimi: 56 insurgents · no independent estimate');
  });
  it('sorts by date, undated last, then by position', () => {
    const [control] = compareClaims(SCENARIO, 'control');
    assert.deepEqual(control.claims.map((c) => c.claim.id), ['kdr', 'tal', 'oth', 'eu']);
  });
  it('a claim below a lower-bounded estimate is outside; one overlapping it is not', () => {
    const arts: ArticleClaims[] = [{
      articleFile: 'a.txt', claims: [
        claim('e', 'UN', 'estimate', 'at least 1,500 families', 'displacement'),
        claim('low', 'Army', 'claim', '200 families', 'displacement'),
        claim('ok', 'Rebels', 'claim', 'up to 3,000 families', 'displacement'),
      ],
    }];
    const [d] = compareClaims(arts);
    assert.deepEqual(d.claims.map((c) => [c.claim.id, c.outside]), [['e', false], ['low', true], ['ok', false]]);
  });
  it('compares only within a unit', () => {
    const arts: ArticleClaims[] = [{ articleFile: 'a.txt', claims: [claim('e', 'UN', 'estimate', '10 percent'), claim('c', 'Army', 'claim', '400 districts')] }];
    const [t] = compareClaims(arts);
    assert.equal(t.claims.find((c) => c.claim.id === 'c')?.envelope, null);
  });
  it('formats values for people', () => {
    assert.equal(formatValue(normaliseValue('at least 1,500 families')!), '≥ 1,500 families');
    assert.equal(formatValue(normaliseValue('more than 100 attacks')!), '> 100 attacks');
    assert.equal(formatValue(normaliseValue('nearly 30 people')!), '≈ 30 people');
    assert.equal(formatValue(normaliseValue('one-third to one-half')!), '33–50 %');
  });
  it('lists topics by use', () => {
    assert.deepEqual(listTopics(SCENARIO), [{ topic: 'control', count: 4 }, { topic: 'casualties', count: 1 }]);
  });
});
