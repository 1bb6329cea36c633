import * as assert from 'node:assert/strict';
import { newDoc } from '../../../src/core/store/sidecar';
import { tagEntity, tagSpans, retypeEntity, rejectSuggestion } from '../../../src/workspace/entityEdits';
import { wholeWordMatches } from '../../../src/workspace/occurrences';

const TEXT = 'Kandahar fell. Kandahar province and Kandahari traders; the Taliban held Kandahar\ncity. Taliban said.';
const all = (s: string) => wholeWordMatches(TEXT, s);

describe('workspace/occurrences', () => {
  it('finds whole-word matches only, case-sensitive, across line breaks', () => {
    assert.deepEqual(all('Kandahar').map((m) => TEXT.slice(m.start, m.end)), ['Kandahar', 'Kandahar', 'Kandahar']);
    assert.equal(all('kandahar').length, 0);
    assert.equal(all('Kandah').length, 0, 'not inside a word');
    assert.deepEqual(all('Kandahar city').map((m) => TEXT.slice(m.start, m.end)), ['Kandahar\ncity']);
    assert.deepEqual(all('  '), []);
    assert.equal(wholeWordMatches('a (b) c', '(b)').length, 1, 'regex characters are literal');
  });
});

describe('workspace/entityEdits batch edits', () => {
  it('tagSpans tags many spans as one entity per name and type, skips ones already tagged, lifts rejections', () => {
    const doc = newDoc('a.txt', TEXT);
    const spans = all('Kandahar');
    rejectSuggestion(doc, TEXT, spans[1], 'location');
    tagEntity(doc, TEXT, spans[0], 'location');
    const r = tagSpans(doc, TEXT, [...spans.map((s) => ({ ...s, type: 'location' })), ...all('Taliban').map((s) => ({ ...s, type: 'organization' }))]);
    assert.equal(r.tagged, 4);
    assert.equal(r.entities.length, 2);
    assert.equal(doc.entities.length, 2);
    const k = doc.entities.find((e) => e.name === 'Kandahar')!;
    assert.deepEqual(k.mentions.map((m) => m.start), spans.map((s) => s.start), 'sorted, no duplicate of the tagged one');
    assert.equal(doc.rejected.length, 0, 'rejection lifted');
    assert.equal(tagSpans(doc, TEXT, spans.map((s) => ({ ...s, type: 'location' }))).tagged, 0, 'idempotent');
  });

  it('tagSpans uses the given name and records other spellings as aliases', () => {
    const doc = newDoc('a.txt', TEXT);
    tagSpans(doc, TEXT, [{ ...all('Kandahar')[0], type: 'location' }, { ...all('Kandahar city')[0], type: 'location', name: 'Kandahar' }]);
    assert.equal(doc.entities.length, 1);
    assert.equal(doc.entities[0].mentions.length, 2);
  });

  it('retypeEntity changes the type of all mentions, or merges into the entity of that name and type', () => {
    const doc = newDoc('a.txt', TEXT);
    const [a, b, c] = all('Kandahar');
    const loc = tagEntity(doc, TEXT, a, 'location').entity;
    const org = tagEntity(doc, TEXT, b, 'organization').entity;
    tagEntity(doc, TEXT, c, 'organization');
    const r = retypeEntity(doc, org.id, 'person');
    assert.deepEqual([r.from, r.entity.type, r.mergedInto], ['organization', 'person', undefined]);
    assert.equal(r.entity.mentions.length, 2);
    const m = retypeEntity(doc, org.id, 'location');
    assert.equal(m.mergedInto, loc.id);
    assert.equal(doc.entities.length, 1);
    assert.deepEqual(doc.entities[0].mentions.map((x) => x.start), [a.start, b.start, c.start]);
    assert.throws(() => retypeEntity(doc, 'nope', 'person'), RangeError);
  });
});
