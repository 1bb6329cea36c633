import * as assert from 'node:assert/strict';
import { openSidecar } from '../../../src/core/store/open';
import { serializeSidecar } from '../../../src/core/store/sidecar';
import { ARTICLE, sampleDoc } from './fixtures';

describe('store/openSidecar', () => {
  it('opens a sidecar whose article did not change: no problems, nothing to save', () => {
    const r = openSidecar(serializeSidecar(sampleDoc()), 'a.annotations.yaml', ARTICLE);
    assert.deepEqual(r.problems, []);
    assert.equal(r.readOnly, false);
    assert.equal(r.dirty, false);
    assert.equal(r.reanchored, undefined);
  });

  it('re-anchors when the article changed while closed and lists orphans at their YAML lines', () => {
    const raw = serializeSidecar(sampleDoc());
    const changed = 'UPDATE. ' + ARTICLE.replace('Kandahar', 'the city');
    const r = openSidecar(raw, 'a.annotations.yaml', changed);
    assert.equal(r.readOnly, false);
    assert.equal(r.dirty, true);
    assert.equal(r.reanchored?.orphaned.length, 1);
    const kandahar = r.doc!.entities.find((e) => e.id === 'kandahar-bbbbbb')!;
    assert.equal(kandahar.mentions[0].orphaned, true);
    for (const e of r.doc!.entities) for (const m of e.mentions) if (!m.orphaned) assert.equal(changed.slice(m.start, m.end), m.quote);
    const w = r.problems.find((p) => p.message.includes('orphaned'));
    assert.ok(w);
    assert.equal(w.severity, 'warning');
    assert.equal(raw.split('\n')[w.line - 1].includes('quote: Kandahar'), true, raw.split('\n')[w.line - 1]);
  });

  it('is read-only when a span does not hold its quote in the unchanged article', () => {
    const d = sampleDoc();
    d.entities[0].mentions[0].quote = 'Talibam';
    const r = openSidecar(serializeSidecar(d), 'a.annotations.yaml', ARTICLE);
    assert.equal(r.readOnly, true);
    assert.match(r.problems[0].message, /does not match the article/);
  });
});
