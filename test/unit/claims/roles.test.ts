import { strict as assert } from 'node:assert';
import { detectClaims } from '../../../src/core/claims/detect';
import { articleStates, roleKind } from '../../../src/core/claims/kind';

/** Claims of a text with default options (as the command line runs), by span text. */
function byText(text: string): Map<string, { claimant: string; kind: string; value: string | null }> {
  return new Map(detectClaims(text).map((c) => [c.text, { claimant: c.claimant, kind: c.kind, value: c.value?.text ?? null }]));
}

// A conflict no parties list names: kinds come from the sources' roles.
const WAR = [
  'Ethiopia says army retook town from Fano militia',
  '',
  'ADDIS ABABA (Reuters) - Ethiopia’s Defense Ministry said on Monday that its forces had retaken the town of Lalibela, about 40 miles north of Woldia, and killed 120 militia fighters.',
  'The Fano militia, which controls much of the countryside, said it had withdrawn from the town to spare civilians.',
  'A resident of Lalibela reached by phone, who asked not to be named, said the shelling lasted all night.',
  'The U.N. humanitarian office, OCHA, said more than 300,000 people had fled the region since July, adding that roads were closed.',
  'The Armed Conflict Location & Event Data Project, a U.S.-based group known as ACLED, estimates that 1,400 people were killed in the region last year.',
  'Kenya’s foreign ministry, which has mediated between the sides, said talks would resume in Nairobi next month.',
  'Tigist Alemu, a mother of three, said her house had been hit. Police commander Dawit Bekele said 14 people had been arrested. “We saw bodies in the street,” she said.',
  'Analysts said the fighting could spread to neighbouring regions.',
].join('\n');

describe('claims/detect: role-based kinds and claimants without a parties list', () => {
  const found = byText(WAR);
  const get = (t: string): { claimant: string; kind: string; value: string | null } => {
    const c = [...found].find(([k]) => k.startsWith(t));
    assert.ok(c, `no claim starting "${t}" in ${JSON.stringify([...found.keys()])}`);
    return c[1];
  };
  it('the article’s state and the armed group claim; the body keeps the demonym; a place distance is no value', () => {
    assert.deepEqual(get('its forces had retaken'), { claimant: 'Ethiopian Defense Ministry', kind: 'claim', value: '120 militia fighters' });
    assert.deepEqual(get('it had withdrawn'), { claimant: 'Fano militia', kind: 'claim', value: null });
    assert.equal(get('army retook town').kind, 'claim');
  });
  it('a long subject with a relative clause: "X resident", kind report', () => {
    assert.deepEqual(get('the shelling lasted'), { claimant: 'Lalibela resident', kind: 'report', value: null });
  });
  it('UN figures estimate, UN words report; the name over the description; acronym links', () => {
    assert.equal(get('more than 300,000 people').claimant, 'OCHA');
    assert.equal(get('more than 300,000 people').kind, 'estimate');
    assert.equal(get('roads were closed').kind, 'report');
    assert.deepEqual(get('1,400 people were killed'), { claimant: 'ACLED', kind: 'estimate', value: '1,400 people' });
  });
  it('a mediating outside state reports; analysts without figures report', () => {
    assert.equal(get('talks would resume').kind, 'report');
    assert.equal(get('the fighting could spread').kind, 'report');
  });
  it('"she said" goes to the woman quoted before, not to the man named since; police claim', () => {
    assert.equal(get('We saw bodies').claimant, 'Tigist Alemu');
    assert.equal(get('14 people had been arrested').kind, 'claim');
  });
  it('joint subjects "A, a description, and B say": the first source, counting media estimate', () => {
    const [c] = detectClaims('Novaya Gazeta, an independent outlet, and the BBC’s Russian service say they have confirmed the names of more than 50,000 soldiers killed.');
    assert.equal(c.claimant, 'Novaya Gazeta');
    assert.equal(c.kind, 'estimate');
  });
  it('articleStates: the main country and states whose forces act; roleKind for outside intelligence and aid pledges', () => {
    const states = articleStates('Sudan Sudan Sudan. Chadian troops crossed the border. Norway called for calm.');
    assert.ok(states.involved.has('Sudan') && states.involved.has('Chad') && !states.involved.has('Norway'));
    assert.equal(roleKind('National Intelligence Service', 'Norway’s spy agency, the National Intelligence Service', true, { states }), 'estimate');
    assert.equal(roleKind('United States', 'The United States', true, { states, content: 'it would provide $45 million in aid' }), 'report');
    assert.equal(roleKind('Sudanese army', 'the Sudanese army', false, { states }), 'claim');
  });
});
