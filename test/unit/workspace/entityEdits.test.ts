import * as assert from 'node:assert/strict';
import { newDoc } from '../../../src/core/store/sidecar';
import { tagEntity, removeMentionAt, rejectSuggestion, trimSpan, mentionAt, anchorAt } from '../../../src/workspace/entityEdits';

const TEXT = 'Taliban fighters entered Kandahar on Friday, said Bahir Ahmadi. Later Mr. Ahmadi said the Taliban had left Kandahar.';
const at = (s: string, from = 0) => ({ start: TEXT.indexOf(s, from), end: TEXT.indexOf(s, from) + s.length });

describe('workspace/entityEdits', () => {
  it('tags a span as a new entity with a readable random id, quote and context', () => {
    const doc = newDoc('a.txt', TEXT);
    const r = tagEntity(doc, TEXT, at('Bahir Ahmadi'), 'person');
    assert.equal(r.created, true);
    assert.match(r.entity.id, /^bahir-ahmadi-[0-9a-f]{6}$/);
    assert.equal(doc.entities.length, 1);
    const m = doc.entities[0].mentions[0];
    assert.equal(m.quote, 'Bahir Ahmadi');
    assert.equal(m.prefix, TEXT.slice(at('Bahir Ahmadi').start - 32, at('Bahir Ahmadi').start));
    assert.equal(m.suffix, TEXT.slice(at('Bahir Ahmadi').end, at('Bahir Ahmadi').end + 32));
  });

  it('same name and type → a new mention of the existing entity; other type → another entity', () => {
    const doc = newDoc('a.txt', TEXT);
    const a = tagEntity(doc, TEXT, at('Kandahar'), 'location');
    const b = tagEntity(doc, TEXT, at('Kandahar', at('Kandahar').end), 'location');
    assert.equal(b.created, false);
    assert.equal(b.entity.id, a.entity.id);
    assert.deepEqual(doc.entities[0].mentions.map((m) => m.start), [at('Kandahar').start, at('Kandahar', at('Kandahar').end).start]);
    const c = tagEntity(doc, TEXT, at('Taliban'), 'organization');
    assert.equal(c.created, true);
    assert.equal(doc.entities.length, 2);
    assert.equal(doc.entities[0].id, c.entity.id, 'entities sorted by first mention');
  });

  it('a given name joins the entity (short form) and is kept as an alias', () => {
    const doc = newDoc('a.txt', TEXT);
    const full = tagEntity(doc, TEXT, at('Bahir Ahmadi'), 'person');
    const short = tagEntity(doc, TEXT, at('Ahmadi', at('Mr.').start), 'person', 'Bahir Ahmadi');
    assert.equal(short.entity.id, full.entity.id);
    assert.equal(full.entity.mentions.length, 2);
    const alias = tagEntity(doc, TEXT, at('Ahmadi', at('Bahir').end), 'person');
    assert.equal(alias.created, true, 'a bare "Ahmadi" without a name is its own entity');
  });

  it('retagging the same span with another type moves it; the same type changes nothing', () => {
    const doc = newDoc('a.txt', TEXT);
    tagEntity(doc, TEXT, at('Friday'), 'location');
    const same = tagEntity(doc, TEXT, at('Friday'), 'location');
    assert.equal(same.unchanged, true);
    const r = tagEntity(doc, TEXT, at('Friday'), 'date');
    assert.equal(r.retypedFrom, 'location');
    assert.deepEqual(doc.entities.map((e) => e.type), ['date']);
  });

  it('removes the innermost mention under an offset; the entity goes with its last mention', () => {
    const doc = newDoc('a.txt', TEXT);
    tagEntity(doc, TEXT, at('Kandahar'), 'location');
    tagEntity(doc, TEXT, at('Kandahar', at('Kandahar').end), 'location');
    const r1 = removeMentionAt(doc, at('Kandahar').start + 3)!;
    assert.equal(r1.entityRemoved, false);
    assert.equal(doc.entities[0].mentions.length, 1);
    assert.equal(removeMentionAt(doc, 0), undefined, 'nothing there');
    const r2 = removeMentionAt(doc, at('Kandahar', at('Kandahar').end).end)!;
    assert.equal(r2.entityRemoved, true);
    assert.equal(doc.entities.length, 0);
  });

  it('prefers the innermost of nested mentions', () => {
    const doc = newDoc('a.txt', TEXT);
    tagEntity(doc, TEXT, at('Bahir Ahmadi'), 'person');
    tagEntity(doc, TEXT, at('Ahmadi', at('Bahir').end), 'person');
    assert.equal(mentionAt(doc, at('Ahmadi', at('Bahir').end).start + 1)!.mention.quote, 'Ahmadi');
  });

  it('rejects a suggestion once, and tagging the span lifts the rejection', () => {
    const doc = newDoc('a.txt', TEXT);
    rejectSuggestion(doc, TEXT, at('Later'), 'person');
    rejectSuggestion(doc, TEXT, at('Later'), 'person');
    assert.equal(doc.rejected.length, 1);
    assert.equal(doc.rejected[0].quote, 'Later');
    tagEntity(doc, TEXT, at('Later'), 'date');
    assert.equal(doc.rejected.length, 0);
  });

  it('trims white space and refuses spans outside the text', () => {
    assert.deepEqual(trimSpan(' ab  ', { start: 0, end: 5 }), { start: 1, end: 3 });
    assert.equal(trimSpan('a   b', { start: 1, end: 4 }), undefined);
    assert.throws(() => anchorAt(TEXT, 5, TEXT.length + 1), RangeError);
    assert.throws(() => anchorAt(TEXT, 5, 5), RangeError);
  });
});
