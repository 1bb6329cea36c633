import { strict as assert } from 'node:assert';
import { detectEntities } from '../../../src/core/detect';

/** "text/type" of every entity, in order. */
function spans(text: string): string[] {
  return detectEntities(text).map((e) => `${e.text}/${e.type}`);
}
function has(text: string, span: string): void {
  assert.ok(spans(text).includes(span), `expected ${span} in ${JSON.stringify(spans(text))}`);
}
function hasNot(text: string, fragment: string): void {
  const hit = detectEntities(text).find((e) => e.text.includes(fragment));
  assert.equal(hit, undefined, `did not expect an entity containing ${JSON.stringify(fragment)}: ${JSON.stringify(spans(text))}`);
}

describe('detectEntities: general rules (blind-set error classes)', () => {
  it('hyphenated "X-based"/"X-run" keep the name only; demonym compounds are no entity', () => {
    has('A Washington-based group said the Houthi-run ministry lied.', 'Washington/location');
    has('A Washington-based group said the Houthi-run ministry lied.', 'Houthi/organization');
    hasNot('The Greek-flagged tanker and the American-British strikes.', 'flagged');
    hasNot('The Greek-flagged tanker and the American-British strikes.', 'British');
  });
  it('irregular demonyms (British, Somali) are never entities', () => {
    hasNot('American and British warplanes struck targets.', 'British');
  });
  it('"Bank/Alliance of X" is one organisation, "Gulf of X" one place, "&" joins a long name', () => {
    has('The Bank of Ghana raised rates.', 'Bank of Ghana/organization');
    has('Ships in the Gulf of Aden were hit.', 'Gulf of Aden/location');
    has('The Armed Conflict Location & Event Data Project said.', 'Armed Conflict Location & Event Data Project/organization');
  });
  it('an unknown run ending in a known designator is one organisation', () => {
    has('The opposition National Democratic Congress won.', 'National Democratic Congress/organization');
  });
});
