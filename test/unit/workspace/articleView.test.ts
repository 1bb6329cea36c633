import * as assert from 'node:assert/strict';
import { newDoc } from '../../../src/core/store/sidecar';
import { tagEntity, rejectSuggestion } from '../../../src/workspace/entityEdits';
import { buildArticleView, itemAt } from '../../../src/workspace/articleView';
import { headline } from '../../../src/workspace/headline';
import type { DetectedEntity } from '../../../src/core/model';

const TEXT = 'Bahir Ahmadi said the Taliban took Kandahar on Friday.';
const span = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const det = (s: string, type: string, canonical?: string): DetectedEntity => ({ ...span(s), text: s, type, canonical });

describe('workspace/articleView', () => {
  const detected = [det('Bahir Ahmadi', 'person'), det('Taliban', 'organization'), det('Kandahar', 'location'), det('Friday', 'date'), det('Ahmadi', 'person', 'Bahir Ahmadi')];

  it('shows accepted mentions and hides suggestions that overlap them or were rejected', () => {
    const doc = newDoc('a.txt', TEXT);
    tagEntity(doc, TEXT, span('Bahir Ahmadi'), 'person');
    rejectSuggestion(doc, TEXT, span('Friday'), 'date');
    const v = buildArticleView(TEXT, doc, detected);
    assert.deepEqual(v.accepted.map((m) => m.name), ['Bahir Ahmadi']);
    assert.deepEqual(v.suggestions.map((s) => s.text), ['Taliban', 'Kandahar']);
    assert.equal(v.orphaned.length, 0);
  });

  it('a mention whose quote is not at its offsets is orphaned, not shown on other text', () => {
    const doc = newDoc('a.txt', TEXT);
    tagEntity(doc, TEXT, span('Kandahar'), 'location');
    const edited = 'XX' + TEXT;
    const v = buildArticleView(edited, doc, []);
    assert.equal(v.accepted.length, 0);
    assert.equal(v.orphaned.length, 1);
    assert.equal(v.orphaned[0].quote, 'Kandahar');
  });

  it('suggestions carry the canonical name; itemAt finds the accepted mention first', () => {
    const doc = newDoc('a.txt', TEXT);
    const v0 = buildArticleView(TEXT, undefined, [det('Ahmadi', 'person', 'Bahir Ahmadi')]);
    assert.equal(v0.suggestions[0].name, 'Bahir Ahmadi');
    tagEntity(doc, TEXT, span('Taliban'), 'organization');
    const v = buildArticleView(TEXT, doc, detected);
    assert.equal(itemAt(v, span('Taliban').start + 1).accepted?.name, 'Taliban');
    assert.equal(itemAt(v, span('Kandahar').end).suggestion?.type, 'location');
    assert.deepEqual(itemAt(v, span('said').start), { suggestion: undefined });
  });
});

describe('workspace/headline', () => {
  it('is the first non-empty line without markdown marks', () => {
    assert.equal(headline('\n\n  ## **Taliban Enter Kandahar**  \nbody'), 'Taliban Enter Kandahar');
    assert.equal(headline('Title\r\nbody'), 'Title');
    assert.equal(headline(' \n\t\n'), undefined);
  });
});
