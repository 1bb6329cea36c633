// Claim detection off the keystroke path (src/claims/paragraphClaims.ts): paragraph split, the
// per-paragraph cache with offsets shifted to the document, the whole-text run for small texts,
// the time-sliced run and results moved through an edit; and an entity's claims for its hover.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detectClaims } from '../../src/core/claims/detect';
import type { DetectedClaim } from '../../src/core/model';
import { IncrementalClaims, mapThroughEdit, splitParagraphs } from '../../src/claims/paragraphClaims';
import { claimsOfEntity, shortQuote } from '../../src/claims/entityClaims';
import { newDoc } from '../../src/core/store/sidecar';
import { tagClaim } from '../../src/workspace/claimEdits';

const samples = join(__dirname, '../../samples');
const SAMPLE = readFileSync(join(samples, readdirSync(samples).filter((f) => f.endsWith('.txt')).sort()[0]), 'utf8');
const key = (c: DetectedClaim) => `${c.start}-${c.end}|${c.claimant}|${c.kind}|${c.topic}`;

/** A counting detector. */
function counted(): { fn: (t: string) => DetectedClaim[]; calls: string[] } {
  const calls: string[] = [];
  return { calls, fn: (t) => { calls.push(t); return detectClaims(t); } };
}

describe('claims/paragraphClaims (incremental claim detection)', () => {
  it('splits at blank lines, trimming, with document offsets', () => {
    const text = '  First para.\nstill first.\n\n\n  \nSecond.\r\n\r\nThird\n\n';
    const ps = splitParagraphs(text).map((p) => text.slice(p.start, p.end));
    assert.deepEqual(ps, ['First para.\nstill first.', 'Second.', 'Third']);
    assert.deepEqual(splitParagraphs(''), []);
    assert.deepEqual(splitParagraphs('\n\n \n'), []);
  });

  it('small texts are detected as a whole: equal to detectClaims on the text', () => {
    const inc = new IncrementalClaims((t) => detectClaims(t));
    assert.deepEqual(inc.detect(SAMPLE), detectClaims(SAMPLE));
    assert.equal(inc.lastStats.whole, true);
  });

  it('large texts: per paragraph, offsets in the document, only changed paragraphs detected again', () => {
    const { fn, calls } = counted();
    const inc = new IncrementalClaims(fn, 1000);
    const text = SAMPLE;
    const first = inc.detect(text);
    assert.equal(inc.lastStats.whole, false);
    assert.ok(first.length > 0);
    for (const c of first) assert.equal(text.slice(c.start, c.end), c.text, 'offsets shifted to the document');
    // equal to detecting each paragraph alone
    const expected = splitParagraphs(text).flatMap((p) => detectClaims(text.slice(p.start, p.end)).map((c) => ({ ...c, start: c.start + p.start, end: c.end + p.start })));
    assert.deepEqual(first.map(key), expected.map(key));

    const paras = splitParagraphs(text);
    const mid = paras[Math.floor(paras.length / 2)];
    const edited = `${text.slice(0, mid.start)}Yes. ${text.slice(mid.start)}`;
    calls.length = 0;
    const second = inc.detect(edited);
    assert.equal(calls.length, 1, 'one paragraph detected again');
    assert.ok(calls[0].startsWith('Yes. '));
    for (const c of second) assert.equal(edited.slice(c.start, c.end), c.text);
    // the same text again: no detection at all
    calls.length = 0;
    assert.equal(inc.detect(edited), second);
    assert.equal(calls.length, 0);
  });

  it('detectAsync equals detect and can be cancelled without losing work', async () => {
    const big = Array.from({ length: 6 }, () => SAMPLE).join('\n\n');
    const a = new IncrementalClaims((t) => detectClaims(t), 1000);
    const b = new IncrementalClaims((t) => detectClaims(t), 1000);
    const sync = a.detect(big);
    let n = 0;
    assert.equal(await b.detectAsync(big, { sliceMs: 0, cancelled: () => ++n > 3 }), undefined, 'cancelled');
    const got = await b.detectAsync(big, { sliceMs: 5 });
    assert.deepEqual(got!.map(key), sync.map(key));
  });

  it('peek never detects: last results moved through the edit, touched ones dropped', () => {
    const { fn, calls } = counted();
    const inc = new IncrementalClaims(fn);
    assert.deepEqual(inc.peek(SAMPLE), { claims: [], exact: false, known: false });
    const claims = inc.detect(SAMPLE);
    assert.equal(inc.peek(SAMPLE).exact, true);
    const victim = claims[Math.floor(claims.length / 2)];
    const at = victim.start + 2;
    const edited = `${SAMPLE.slice(0, at)}XYZ${SAMPLE.slice(at)}`;
    calls.length = 0;
    const p = inc.peek(edited);
    assert.equal(calls.length, 0);
    assert.equal(p.exact, false);
    assert.ok(!p.claims.some((c) => c.text === victim.text && c.start === victim.start), 'the edited claim is left out');
    assert.equal(p.claims.length, claims.length - claims.filter((c) => c.start < at + 1 && c.end > at).length);
    for (const c of p.claims) assert.equal(edited.slice(c.start, c.end), c.text, 'positions follow the edit');
  });

  it('mapThroughEdit keeps claims before and after a deletion', () => {
    const old = 'aaa bbb ccc';
    const claims = [{ start: 0, end: 3, text: 'aaa' }, { start: 4, end: 7, text: 'bbb' }, { start: 8, end: 11, text: 'ccc' }] as DetectedClaim[];
    const now = 'aaa bb ccc';
    assert.deepEqual(mapThroughEdit(claims, old, now).map((c) => [c.start, c.end]), [[0, 3], [7, 10]]);
  });

  it('an entity’s claims: tagged by id or name, proposals by name (labelled apart)', () => {
    const text = 'Taliban officials said they control 85 percent. Bahir Ahmadi said the city was calm.';
    const doc = newDoc('a.txt', text);
    doc.entities.push({ id: 'taliban', name: 'Taliban', type: 'organization', mentions: [] } as never);
    const span = { start: text.indexOf('they control'), end: text.indexOf('percent') + 7 };
    tagClaim(doc, text, span, { claimant: 'taliban', kind: 'claim', topic: 'control', value: null });
    const prop = { start: 48, end: 80, text: text.slice(48, 80), claimant: 'Taliban officials', kind: 'claim', topic: 't', value: null } as DetectedClaim;
    const other = { ...prop, claimant: 'Bahir Ahmadi' };
    const r = claimsOfEntity(doc, [prop, other], { id: 'taliban', names: ['Taliban'] });
    assert.equal(r.tagged.length, 1);
    assert.deepEqual(r.proposed, [prop]);
    assert.equal(claimsOfEntity(doc, [prop, other], { names: ['taliban'] }).tagged.length, 1, 'by name');
    assert.deepEqual(claimsOfEntity(doc, [prop, other], { names: ['Bahir Ahmadi'] }), { tagged: [], proposed: [other] });
    assert.equal(shortQuote('word '.repeat(40), 20), 'word word word word…');
  });
});
