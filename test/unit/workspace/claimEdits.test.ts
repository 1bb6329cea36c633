import * as assert from 'node:assert/strict';
import { newDoc, serializeSidecar, parseSidecar } from '../../../src/core/store/sidecar';
import { tagEntity } from '../../../src/workspace/entityEdits';
import {
  bestOverlap, claimAt, claimantName, openProposals, rejectProposedClaim, removeClaim, resolveClaimant, setClaimNote, setClaimStatus, tagClaim, valueInputText,
} from '../../../src/workspace/claimEdits';
import { claimValue } from '../../../src/core/claims/detect';
import { comparisonModel, proposedSpan } from '../../../src/claims/comparisonModel';
import { compareClaims } from '../../../src/core/claims/compare';
import type { DetectedClaim } from '../../../src/core/model';

const TEXT = 'Taliban officials claimed that the group now controls 85 percent of Afghanistan, though other assessments put it at one-third to one-half. Bahir Ahmadi said the city was calm.';
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const det = (s: string, claimant: string, kind: DetectedClaim['kind']): DetectedClaim => ({ ...at(s), text: s, claimant, kind, topic: 'control', value: claimValue(s) });

describe('workspace/claimEdits', () => {
  it('tags a claim with anchor, value and default status; the same span again updates it', () => {
    const doc = newDoc('a.txt', TEXT);
    const { claim, created } = tagClaim(doc, TEXT, at('the group now controls 85 percent of Afghanistan'), { claimant: 'Taliban officials', kind: 'claim', topic: 'control', value: claimValue('85 percent') });
    assert.equal(created, true);
    assert.equal(claim.quote, 'the group now controls 85 percent of Afghanistan');
    assert.equal(claim.prefix, TEXT.slice(0, claim.start).slice(-claim.prefix!.length));
    assert.equal(claim.status, 'unverified');
    assert.deepEqual([claim.value?.min, claim.value?.max, claim.value?.unit], [85, 85, 'percent']);
    setClaimStatus(doc, claim.id, 'disputed');
    setClaimNote(doc, claim.id, 'check');
    const again = tagClaim(doc, TEXT, at('the group now controls 85 percent of Afghanistan'), { claimant: 'Taliban', kind: 'claim', topic: 'control' });
    assert.equal(again.created, false);
    assert.equal(again.claim.id, claim.id);
    assert.equal(again.claim.status, 'disputed', 'status kept');
    assert.equal(again.claim.note, 'check', 'note kept');
    assert.equal(doc.claims.length, 1);
    // round trip through the sidecar
    const parsed = parseSidecar(serializeSidecar(doc), 'a.annotations.yaml');
    assert.deepEqual(parsed.problems.filter((p) => p.severity === 'error'), []);
    assert.equal(parsed.doc!.claims[0].claimant, 'Taliban');
  });

  it('refuses a span outside the text, an empty claimant or topic', () => {
    const doc = newDoc('a.txt', TEXT);
    assert.throws(() => tagClaim(doc, TEXT, { start: 5, end: TEXT.length + 1 }, { claimant: 'X', kind: 'claim', topic: 'control' }), RangeError);
    assert.throws(() => tagClaim(doc, TEXT, { start: 5, end: 10 }, { claimant: ' ', kind: 'claim', topic: 'control' }), RangeError);
    assert.throws(() => tagClaim(doc, TEXT, { start: 5, end: 10 }, { claimant: 'X', kind: 'claim', topic: '' }), RangeError);
    assert.equal(doc.claims.length, 0);
  });

  it('resolves a claimant to an entity id by name or alias, and back to the name', () => {
    const doc = newDoc('a.txt', TEXT);
    const e = tagEntity(doc, TEXT, at('Bahir Ahmadi'), 'person').entity;
    assert.equal(resolveClaimant(doc, 'bahir ahmadi'), e.id);
    assert.equal(resolveClaimant(doc, 'EU'), 'EU');
    assert.equal(claimantName(doc, e.id), 'Bahir Ahmadi');
    assert.equal(claimantName(doc, 'EU'), 'EU');
  });

  it('open proposals leave out rejected ones and those overlapping a claim; rejection is not an entity rejection', () => {
    const doc = newDoc('a.txt', TEXT);
    const d85 = det('the group now controls 85 percent of Afghanistan', 'Taliban officials', 'claim');
    const dEst = det('it at one-third to one-half', 'other assessments', 'estimate');
    const dCalm = det('the city was calm', 'Bahir Ahmadi', 'report');
    assert.equal(openProposals([dCalm, d85, dEst], doc).length, 3);
    tagClaim(doc, TEXT, at('85 percent of Afghanistan'), { claimant: 'Taliban', kind: 'claim', topic: 'control' });
    const r = rejectProposedClaim(doc, TEXT, dCalm);
    assert.equal(r.type, 'claim');
    assert.equal(rejectProposedClaim(doc, TEXT, dCalm), r, 'rejecting twice keeps one');
    assert.deepEqual(openProposals([dCalm, d85, dEst], doc).map((d) => d.claimant), ['other assessments']);
    // tagging the rejected span lifts the rejection
    tagClaim(doc, TEXT, dCalm, { claimant: 'Bahir Ahmadi', kind: 'report', topic: 'other' });
    assert.equal(doc.rejected.length, 0);
  });

  it('finds the claim under an offset and removes it with links to it', () => {
    const doc = newDoc('a.txt', TEXT);
    const a = tagClaim(doc, TEXT, at('the group now controls 85 percent of Afghanistan'), { claimant: 'Taliban', kind: 'claim', topic: 'control' }).claim;
    const b = tagClaim(doc, TEXT, at('one-third to one-half'), { claimant: 'other assessments', kind: 'estimate', topic: 'control' }).claim;
    b.compare = [a.id];
    assert.equal(claimAt(doc.claims, TEXT.indexOf('85'))?.id, a.id);
    assert.equal(claimAt(doc.claims, TEXT.indexOf('calm')), undefined);
    assert.equal(removeClaim(doc, a.id)?.id, a.id);
    assert.equal(doc.claims.length, 1);
    assert.equal(doc.claims[0].compare, undefined);
    assert.equal(removeClaim(doc, 'nope'), undefined);
  });

  it('bestOverlap: most shared text for a selection, the containing one for a cursor', () => {
    const items = [{ start: 0, end: 10 }, { start: 8, end: 30 }];
    assert.deepEqual(bestOverlap(items, { start: 5, end: 20 }), items[1]);
    assert.deepEqual(bestOverlap(items, { start: 3, end: 3 }), items[0]);
    assert.equal(bestOverlap(items, { start: 40, end: 50 }), undefined);
  });

  it('value input text is what the value parser reads back', () => {
    for (const phrase of ['one-third to one-half', '85 percent', 'at least 1,500 families', 'nearly 30 people', 'more than 100 attacks', 'five or six police']) {
      const v = claimValue(phrase)!;
      const shown = valueInputText(v);
      const back = claimValue(shown)!;
      assert.deepEqual([back.min, back.max, back.unit], [v.min, v.max, v.unit], `${phrase} → ${shown}`);
    }
    assert.equal(valueInputText(claimValue('one-third to one-half')), '33.3–50 percent');
    assert.equal(valueInputText(null), '');
  });
});

describe('claims/comparisonModel', () => {
  it('labels proposals, flags claims outside the estimates and keeps the date order', () => {
    const t = compareClaims([
      { articleFile: 'file:///a.txt', articleDate: '2021-07-09', claims: [
        { id: 'c-1', start: 0, end: 5, quote: 'x', claimant: 'Taliban officials', kind: 'claim', topic: 'control', status: 'unverified', value: claimValue('85 percent') },
        { id: 'proposed:10-20', start: 10, end: 20, quote: 'y', claimant: 'other assessments', kind: 'estimate', topic: 'control', status: 'unverified', value: claimValue('one-third to one-half') },
      ] },
      { articleFile: 'file:///b.txt', articleDate: '2021-08-14', claims: [
        { id: 'proposed:1-2', start: 1, end: 2, quote: 'z', claimant: 'EU', kind: 'estimate', topic: 'control', status: 'unverified', value: claimValue('around 65 percent') },
      ] },
    ], 'control')[0];
    const m = comparisonModel(t, (u) => u.replace('file:///', ''));
    assert.deepEqual(m.rows.map((r) => [r.claimant, r.proposed, r.outside, r.file]), [
      ['Taliban officials', false, true, 'a.txt'], ['other assessments', true, false, 'a.txt'], ['EU', true, false, 'b.txt'],
    ]);
    assert.deepEqual(m.counts, { claims: 3, proposed: 2, outside: 1 });
    assert.equal(m.envelopes[0].label, '33–65 %');
    assert.deepEqual(proposedSpan('proposed:10-20'), { start: 10, end: 20 });
    assert.equal(proposedSpan('c-1'), undefined);
  });
});
