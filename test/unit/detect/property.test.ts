import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { detectEntities } from '../../../src/core/detect';

const WORDS = ['the', 'Taliban', 'said', 'on', 'Monday', '12', 'people', 'in', 'Kabul', 'Mr.', 'Ahmadi', ',', '.', '\n', '\r\n', '—', '’s', '$', '%', 'U.S.', 'anti-', 'two-thirds', 'Gen.', 'Province', 'of', 'Ministry', '“', 'By', 'é', '\u00a0', '1990s', 'last', 'week', 'ago', 'a', 'dozen', '/', 'Reuters'];

describe('detectEntities: properties', function () {
  this.timeout(120000);
  it('never throws; entities are sorted, flat, inside the text, and quote it exactly', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }).map((w) => w.join(' '))), (text) => {
        const ents = detectEntities(text);
        let prevEnd = 0;
        for (const e of ents) {
          assert.ok(e.start >= prevEnd && e.end > e.start && e.end <= text.length, JSON.stringify(e));
          assert.equal(text.slice(e.start, e.end), e.text);
          prevEnd = e.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('handles empty text, blank lines and CRLF line ends', () => {
    assert.deepEqual(detectEntities(''), []);
    assert.deepEqual(detectEntities('\n\n\r\n'), []);
    const e = detectEntities('Fighting in Kabul\r\non Monday.\r\n');
    assert.deepEqual(e.map((x) => x.text), ['Kabul', 'Monday']);
  });
});
