import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { detectClaims } from '../../../src/core/claims/detect';
import { classifyKind } from '../../../src/core/claims/kind';
import { splitSentences } from '../../../src/core/claims/sentences';

function one(text: string, options = {}) {
  const found = detectClaims(text, undefined, options);
  assert.equal(found.length, 1, `expected one claim, got ${JSON.stringify(found.map((c) => c.text))}`);
  return found[0];
}

describe('claims/detect: attribution patterns', () => {
  it('leading attribution with "that": span is the clause without "that"', () => {
    const c = one('The Interior Ministry said on Monday that 14 police officers were killed in an ambush near the border.');
    assert.equal(c.text, '14 police officers were killed in an ambush near the border');
    assert.equal(c.claimant, 'Interior Ministry');
    assert.equal(c.kind, 'claim');
    assert.equal(c.topic, 'casualties');
    assert.equal(c.value?.min, 14);
  });
  it('trailing attribution with a named source and role', () => {
    const c = one('Rebels shelled the market for three hours, said Ahmed Karimi, a spokesman for the provincial governor.');
    assert.equal(c.text, 'Rebels shelled the market for three hours');
    assert.equal(c.claimant, 'Ahmed Karimi');
    assert.equal(c.kind, 'claim');
    assert.equal(c.value, null, 'durations are not claim values');
  });
  it('a quote interrupted by the attribution is two claims; a continuing quote joins the speaker', () => {
    const text = '“We will not leave,” said Maria Lopez, a nurse at the district hospital. “We have 40 patients and no power. The generator failed yesterday.”';
    const found = detectClaims(text);
    assert.deepEqual(found.map((c) => c.text), ['We will not leave', 'We have 40 patients and no power. The generator failed yesterday']);
    assert.ok(found.every((c) => c.claimant === 'Maria Lopez' && c.kind === 'report'));
  });
  it('"he said" goes to the last named person, "Mr. X" to the full name', () => {
    const text = 'Col. Samuel Obi, an army spokesman, said the town was retaken. “The enemy fled,” he said. Mr. Obi said 12 soldiers were wounded.';
    const found = detectClaims(text);
    assert.deepEqual(found.map((c) => c.claimant), ['Samuel Obi', 'Samuel Obi', 'Samuel Obi']);
  });
  it('"according to" an estimate: the body, kind estimate, value', () => {
    const c = one('Some 40 percent of the region is now held by the militia, according to a United Nations estimate.', { parties: ['militia', 'army'] });
    assert.equal(c.claimant, 'United Nations');
    assert.equal(c.kind, 'estimate');
    assert.equal(c.value?.min, 40);
    assert.equal(c.value?.unit, 'percent');
  });
  it('"reportedly" and "Estimates suggest"', () => {
    assert.equal(one('The convoy had reportedly crossed the border before dawn.').claimant, 'unspecified reports');
    assert.equal(one('Other assessments put the rebels’ share at closer to one-third of the territory.').claimant, 'Other assessments');
    const e = one('Estimates suggest that more than 2,000 fighters remain in the hills.');
    assert.equal(e.claimant, 'unspecified estimates');
    assert.equal(e.kind, 'estimate');
    assert.equal(e.text, 'more than 2,000 fighters remain in the hills');
  });
  it('headline "X says:" with a colon', () => {
    const c = one('Army says: border crossing reopened after talks');
    assert.equal(c.text, 'border crossing reopened after talks');
  });
  it('ignores unattributed assertions, fears, beliefs and nouns that look like verbs', () => {
    assert.deepEqual(detectClaims('The city fell on Tuesday. Aid groups fear a famine. Many residents believe the war is lost.'), []);
    assert.deepEqual(detectClaims('It was not possible to verify claims made by either side.'), []);
    assert.deepEqual(detectClaims('Compiled with reports from Reuters and other agencies.'), []);
  });
  it('figures right after the verb, a colon after an adverbial, negated verbs', () => {
    const c = one('Officials said at least 20 people were killed in the blast.');
    assert.equal(c.text, 'at least 20 people were killed in the blast');
    assert.equal(c.value?.min, 20);
    assert.equal(one('Police chief Karim Haidari said in a phone interview: “The situation is under control.”').text, 'The situation is under control');
    assert.deepEqual(detectClaims('He did not say how many were killed. The minister declined to say when the talks would resume.'), []);
  });
  it('quote after "said,", gaps before "that", appositive "which", estimating sources, media verbs', () => {
    assert.equal(one('Karimi said, “We will not attack the city if the forces surrender.”').text, 'We will not attack the city if the forces surrender');
    const r = one('A resident of the city, who asked that his name not be used, said by telephone that the fighters were searching homes.');
    assert.equal(r.text, 'the fighters were searching homes');
    assert.equal(r.claimant, 'resident of the city');
    const e = one('The Long War Journal, which tracks the conflict, estimates that the rebels control 223 districts.');
    assert.equal(e.claimant, 'Long War Journal');
    assert.equal(e.kind, 'estimate');
    const p = one('Pajhwok Afghan News reported that 12 civilians were killed in the strike.');
    assert.equal(p.claimant, 'Pajhwok Afghan News');
    assert.equal(p.kind, 'report');
  });
  it('"the president" is the last person introduced as president, "the governor" stays a body when none was', () => {
    const found = detectClaims('President Alma Reyes spoke on Monday. The president said the army would hold the line. “The rebels are at the gates,” the governor told reporters.');
    assert.deepEqual(found.map((c) => c.claimant), ['Alma Reyes', 'governor']);
  });
  it('nominal claims take their owner; denials of unowned claims are not claims', () => {
    const text = 'The rebels have not responded, despite repeated rebel assertions that a truce had been agreed. The government rejected claims that its forces had fled.';
    const found = detectClaims(text, undefined, { parties: ['rebels', 'government'] });
    assert.deepEqual(found.map((c) => [c.text, c.claimant]), [['a truce had been agreed', 'rebel']]);
  });
  it('"attributed … to" and a participle after a quotation tag', () => {
    const a = one('Mr. Hassan Noor, the district chief, attributed the losses to a shortage of ammunition at the outposts.');
    assert.equal(a.text, 'a shortage of ammunition at the outposts');
    assert.equal(a.claimant, 'Hassan Noor');
    const found = detectClaims('“The town is surrounded,” the police chief told reporters, adding that reinforcements had not arrived.');
    assert.deepEqual(found.map((c) => c.text), ['The town is surrounded', 'reinforcements had not arrived']);
  });
  it('Title-Case headlines, "a tally by X", and "according to X" as a parenthesis', () => {
    const h = one('Rebels Say They Have Taken The Airport');
    assert.equal(h.text, 'They Have Taken The Airport');
    const t = one('Government forces have lost 31 of 34 towns, according to a tally by The Long War Journal.');
    assert.equal(t.claimant, 'Long War Journal');
    assert.equal(t.kind, 'estimate');
    const p = one('The army, according to Western estimates, numbers about 300,000 soldiers on paper.');
    assert.equal(p.text, 'The army, according to Western estimates, numbers about 300,000 soldiers on paper');
    assert.equal(p.claimant, 'Western estimates');
    assert.equal(p.value?.min, 300000);
  });
  it('coordinated "and warned that", "an analysis … found that", numerals and "identified only as" in sources', () => {
    const found = detectClaims('The United Nations said on Friday that at least 900 civilians had died, and warned that the toll could rise.');
    assert.deepEqual(found.map((c) => [c.text, c.claimant]), [['at least 900 civilians had died', 'United Nations'], ['the toll could rise', 'United Nations']]);
    const a = one('An analysis by the Long War Journal found that the rebels now control more than half of the 407 districts.');
    assert.equal(a.claimant, 'Long War Journal');
    assert.equal(a.kind, 'estimate');
    assert.equal(one('The town fell on Sunday, two security officials said.', { parties: ['army'] }).claimant, 'security officials');
    assert.equal(one('“The streets are empty,” a resident, who gave his name only as Abdullah, told reporters.').claimant, 'Abdullah');
  });
  it('lawmakers speak for a party; a "Washington-based" think tank is an independent assessor', () => {
    assert.equal(classifyKind('Hayatullah Hamdard', 'Helmand lawmaker Hayatullah Hamdard', false), 'claim');
    assert.equal(classifyKind('Institute for the Study of War', 'The Institute for the Study of War, a Washington-based think tank', false), 'estimate');
  });
  it('dateline and agency are not the source', () => {
    const c = one('BAMAKO (AFP) - The army said Thursday it had destroyed two rebel bases.');
    assert.equal(c.claimant, 'army');
    assert.equal(c.text, 'it had destroyed two rebel bases');
  });
});

describe('claims/detect: kind', () => {
  it('parties claim, third parties estimate figures, media and locals report', () => {
    assert.equal(classifyKind('Taliban', 'Taliban spokesman', false), 'claim');
    assert.equal(classifyKind('Russian officials', 'Russian officials', true), 'estimate');
    assert.equal(classifyKind('Iran customs spokesman', 'Iran’s customs spokesman', false), 'report');
    assert.equal(classifyKind('Reuters', 'a Reuters report', false), 'report');
    assert.equal(classifyKind('Abdul Karim', 'a local tribal elder', false), 'report');
    assert.equal(classifyKind('other assessments', 'other assessments', true), 'estimate');
    assert.equal(classifyKind('Army', 'army spokesman', false, { parties: ['army', 'rebels'] }), 'claim');
  });
});

describe('claims/detect: sentences', () => {
  it('keeps multi-sentence quotes whole and does not split at abbreviations', () => {
    const text = 'Gen. Austin S. Miller of the U.S. military said so. "One. Two," he said. Next one.';
    const s = splitSentences(text);
    assert.deepEqual(s.map((x) => text.slice(x.start, x.end)), ['Gen. Austin S. Miller of the U.S. military said so.', '"One. Two," he said.', 'Next one.']);
    assert.equal(s[1].quotes.length, 1);
  });
  it('an inch mark or a stray straight quote does not swallow the paragraph', () => {
    const text = 'The 6" gun fired. Officials said 12 people died. He said "fine.';
    assert.equal(splitSentences(text).length, 3);
    assert.deepEqual(detectClaims(text).map((c) => c.text), ['12 people died']);
  });
});

describe('claims/detect: size', () => {
  it('stays about linear on long hostile input (thousands of quotes in one paragraph)', () => {
    const text = '“We fought,” he said, “and we won,” '.repeat(4000);
    const t0 = Date.now();
    assert.equal(detectClaims(text).length, 4000);
    assert.ok(Date.now() - t0 < 8000, `${Date.now() - t0} ms`);
  });
});

describe('claims/detect: the samples (regression floor)', () => {
  it('finds most gold claims of every sample with few false alarms', () => {
    const gold = path.join(__dirname, '../../data/gold');
    for (const f of ['000_977838ff7295d488', '002_f2ef60532da01a30', '004_84d9c43e08837843']) {
      const g = JSON.parse(readFileSync(path.join(gold, `${f}.gold.json`), 'utf8')) as { claims: Array<{ start: number; end: number }> };
      const pred = detectClaims(readFileSync(path.join(__dirname, '../../../samples', `${f}.txt`), 'utf8'));
      const hit = g.claims.filter((c) => pred.some((p) => p.start < c.end && c.start < p.end)).length;
      assert.ok(hit / g.claims.length >= 0.8, `${f}: ${hit}/${g.claims.length}`);
      assert.ok(pred.length <= g.claims.length + 2, `${f}: ${pred.length} predictions`);
    }
  });
});
