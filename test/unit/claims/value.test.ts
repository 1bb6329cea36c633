import { strict as assert } from 'node:assert';
import { findValues, normaliseValue, isDurationUnit } from '../../../src/core/claims/value';
import { VAGUE_QUANTITIES } from '../../../src/core/claims/vague';

// [phrase as written in news, min, max, unit, qualifier (undefined = exact figure)]
type Row = [string, number | null, number | null, string, string?];

const ROWS: Row[] = [
  // percentages and shares
  ['85 percent', 85, 85, 'percent'],
  ['85%', 85, 85, 'percent'],
  ['85 per cent of the country', 85, 85, 'percent'],
  ['around 65 percent of the country', 65, 65, 'percent', 'around'],
  ['33%-50%', 33, 50, 'percent'],
  ['2-6%', 2, 6, 'percent'],
  ['about 2-6% of the process', 2, 6, 'percent', 'about'],
  ['between 40 and 45 percent', 40, 45, 'percent'],
  ['one-third to one-half', 33.3, 50, 'percent'],
  ['closer to one-third to one-half the national territory', 33.3, 50, 'percent', 'closer to'],
  ['two-thirds', 66.7, 66.7, 'percent'],
  ['two-thirds of Afghanistan’s border with Tajikistan', 66.7, 66.7, 'percent'],
  ['a quarter', 25, 25, 'percent'],
  ['a quarter of the country’s annual customs revenue', 25, 25, 'percent'],
  ['three-quarters of the territory', 75, 75, 'percent'],
  ['roughly half', 50, 50, 'percent', 'roughly'],
  ['more than half of the districts', 50, null, 'percent', 'more than'],
  ['a third of the population', 33.3, 33.3, 'percent'],
  ['three in four', 75, 75, 'percent'],
  ['one in five Afghans', 20, 20, 'percent'],
  ['nine out of 10 households', 90, 90, 'percent'],
  ['12.5 percent', 12.5, 12.5, 'percent'],
  // counts with approximators and bounds
  ['at least 1,500 families', 1500, null, 'families', 'at least'],
  ['nearly 30 people', 30, 30, 'people', 'nearly'],
  ['more than 100 attacks', 100, null, 'attacks', 'more than'],
  ['up to 300', null, 300, '', 'up to'],
  ['up to 300 fighters', null, 300, 'fighters', 'up to'],
  ['some 200 soldiers', 200, 200, 'soldiers', 'some'],
  ['about 4,500 troops', 4500, 4500, 'troops', 'about'],
  ['roughly 14,000', 14000, 14000, '', 'roughly'],
  ['an estimated 2,400 civilians', 2400, 2400, 'civilians', 'an estimated'],
  ['as many as 50 insurgents', null, 50, 'insurgents', 'as many as'],
  ['fewer than 10 casualties', null, 10, 'casualties', 'fewer than'],
  ['less than 5 percent', null, 5, 'percent', 'less than'],
  ['no more than five or six police', 5, 6, 'police', 'no more than'],
  ['almost 700 schools', 700, 700, 'schools', 'almost'],
  ['approximately 250,000 refugees', 250000, 250000, 'refugees', 'approximately'],
  ['over 1,000 Afghan soldiers', 1000, null, 'Afghan soldiers', 'over'],
  ['more than 1,000 Afghan soldiers fled', 1000, null, 'Afghan soldiers', 'more than'],
  ['in excess of 400 districts', 400, null, 'districts', 'in excess of'],
  ['upwards of 60 prisoners', 60, null, 'prisoners', 'upwards of'],
  // ranges
  ['five or six police', 5, 6, 'police'],
  ['between 10 and 20', 10, 20, ''],
  ['between 10 and 20 civilians', 10, 20, 'civilians'],
  ['10 to 15 fighters', 10, 15, 'fighters'],
  ['20-25 vehicles', 20, 25, 'vehicles'],
  ['two or three checkpoints', 2, 3, 'checkpoints'],
  ['$2-3 million', 2e6, 3e6, 'USD'],
  // number words
  ['a dozen districts', 12, 12, 'districts'],
  ['nearly a dozen districts', 12, 12, 'districts', 'nearly'],
  ['half a dozen outposts', 6, 6, 'outposts'],
  ['two dozen bodies', 24, 24, 'bodies'],
  ['twenty-five soldiers', 25, 25, 'soldiers'],
  ['Forty miles', 40, 40, 'miles'],
  ['nine Afghan soldiers', 9, 9, 'Afghan soldiers'],
  ['three more capitals', 3, 3, 'capitals'],
  ['two hundred and fifty thousand refugees', 250000, 250000, 'refugees'],
  ['a hundred prisoners', 100, 100, 'prisoners'],
  ['one million people', 1e6, 1e6, 'people'],
  ['seventy-two hostages', 72, 72, 'hostages'],
  // big numbers and money
  ['1.5 million', 1.5e6, 1.5e6, ''],
  ['nearly 3 million more people', 3e6, 3e6, 'people', 'nearly'],
  ['$281 million', 281e6, 281e6, 'USD'],
  ['about $281 million', 281e6, 281e6, 'USD', 'about'],
  ['£2bn', 2e9, 2e9, 'GBP'],
  ['€65m', 65e6, 65e6, 'EUR'],
  ['US$4.5 billion in aid', 4.5e9, 4.5e9, 'USD'],
  ['$50,000', 50000, 50000, 'USD'],
  ['10 million dollars', 1e7, 1e7, 'USD'],
  ['3.2bn euros', 3.2e9, 3.2e9, 'EUR'],
  // vague words: the documented VAGUE_QUANTITIES ranges
  ['dozens', 12, 99, '', 'vague'],
  ['dozens of Afghan security forces', 12, 99, 'Afghan security forces', 'vague'],
  ['hundreds', 100, 999, '', 'vague'],
  ['hundreds of families', 100, 999, 'families', 'vague'],
  ['thousands', 1000, 9999, '', 'vague'],
  ['tens of thousands', 10000, 99999, '', 'vague'],
  ['tens of thousands of people', 10000, 99999, 'people', 'vague'],
  ['hundreds of thousands of refugees', 100000, 999999, 'refugees', 'vague'],
  ['several', 3, 9, '', 'vague'],
  ['several hundred fighters', 300, 999, 'fighters', 'vague'],
  ['a few thousand', 2000, 9999, '', 'vague'],
  ['half a million people', 500000, 500000, 'people'],
  ['12 to 15 percent', 12, 15, 'percent'],
  // digits glued to figures of the wire style
  ['20 Afghan security forces', 20, 20, 'Afghan security forces'],
  ['1,500 armed fighters around the city', 1500, 1500, 'armed fighters'],
  ['the violence also injured 85 people', 85, 85, 'people'],
];

describe('claims/value: normaliseValue on news phrasings', () => {
  it('covers at least 60 phrasings', () => {
    assert.ok(ROWS.length >= 60, `only ${ROWS.length} rows`);
  });
  for (const [text, min, max, unit, qualifier] of ROWS) {
    it(`"${text}" → ${min ?? '…'}–${max ?? '…'} ${unit}${qualifier ? ` (${qualifier})` : ''}`, () => {
      const v = normaliseValue(text);
      assert.ok(v, 'no value found');
      assert.equal(v.min, min, 'min');
      assert.equal(v.max, max, 'max');
      assert.equal(v.unit, unit, 'unit');
      assert.equal(v.qualifier, qualifier, 'qualifier');
      assert.equal(v.parts, undefined, 'one figure expected');
    });
  }
});

describe('claims/value: what is not a figure', () => {
  const NOT: string[] = [
    'in 2015', 'Oct. 12, 2020', 'on May 1', 'the ninth round of talks', 'a 20-year conflict', 'a 19-year-old soldier',
    'one of the main roads', 'the 1990s', 'COVID-19', 'the 4th brigade', 'at 9:30', 'the 9/11 attacks', 'a three-page letter',
    'since February 2020', 'some accounts', 'about the talks', 'the second half', 'in the first half of the year',
  ];
  for (const text of NOT) {
    it(`"${text}" → null`, () => assert.equal(normaliseValue(text), null));
  }
  it('vague words are not figures unless asked for', () => {
    assert.deepEqual(findValues('killed and wounded dozens of soldiers'), []);
    assert.equal(findValues('killed and wounded dozens of soldiers', { vague: true }).length, 1);
  });
});

describe('claims/value: several figures', () => {
  it('keeps every figure in parts and the first as the headline value', () => {
    const v = normaliseValue('the fighting killed 56 insurgents, 20 security forces, 5 civilians');
    assert.ok(v);
    assert.equal(v.min, 56);
    assert.equal(v.unit, 'insurgents');
    assert.deepEqual(v.parts?.map((p) => [p.min, p.unit]), [[56, 'insurgents'], [20, 'security forces'], [5, 'civilians']]);
    assert.equal(v.text, '56 insurgents, 20 security forces, 5 civilians');
  });
  it('does not read "from … to …" as a range', () => {
    assert.deepEqual(normaliseValue('the toll rose from 2,000 to 3,000')?.parts?.map((p) => [p.min, p.max]), [[2000, 2000], [3000, 3000]]);
  });
  it('does not read a falling figure as a range', () => {
    const v = normaliseValue('troops will fall from 14,000 to 8,600');
    assert.deepEqual(v?.parts?.map((p) => p.min), [14000, 8600]);
  });
  it('offsets point at the words as written', () => {
    const text = 'Officials said at least 1,500 families fled, and nearly 30 people died.';
    for (const f of findValues(text)) assert.equal(text.slice(f.start, f.end), f.value.text);
    assert.deepEqual(findValues(text).map((f) => f.value.text), ['at least 1,500 families', 'nearly 30 people']);
  });
  it('marks durations so claims can skip them', () => {
    assert.ok(isDurationUnit('hours'));
    assert.ok(isDurationUnit('years'));
    assert.ok(!isDurationUnit('provinces'));
  });
  it('documents every vague range with min ≤ max', () => {
    for (const [w, q] of Object.entries(VAGUE_QUANTITIES)) assert.ok(q.min <= q.max && q.rule.length > 0, w);
    assert.equal(VAGUE_QUANTITIES.dozens.min, 12);
  });
});
