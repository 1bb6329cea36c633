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

describe('detectEntities: guideline rules', () => {
  describe('spans', () => {
    it('offsets index the text exactly (text === slice(start, end)), entities sorted and flat', () => {
      const text = 'Gen. Mark Milley met Ukraine’s defense minister in Kyiv on Oct. 3, 2023, and pledged $1.2 billion.';
      const ents = detectEntities(text);
      assert.ok(ents.length >= 4);
      for (const e of ents) assert.equal(text.slice(e.start, e.end), e.text);
      for (let i = 1; i < ents.length; i++) assert.ok(ents[i].start >= ents[i - 1].end);
    });
    it('titles stay outside person names', () => {
      has('Gen. Mark Milley told reporters the strike was legal.', 'Mark Milley/person');
      has('The deal was signed by President Emmanuel Macron in Paris.', 'Emmanuel Macron/person');
      hasNot('The deal was signed by President Emmanuel Macron in Paris.', 'President');
    });
    it('a leading lowercase "the" is excluded, a capitalised title "The" of an outlet kept', () => {
      has('Officials spoke to the Wall Street Journal on condition of anonymity.', 'Wall Street Journal/organization');
      has('The figures were first reported by The Washington Post.', 'The Washington Post/organization');
      has('The Kremlin denied the report.', 'Kremlin/organization');
    });
    it('the possessive ’s is excluded', () => {
      has('Sudan’s army retook the bridge.', 'Sudan/location');
    });
  });

  describe('person', () => {
    it('names introduced by a role noun, a speech verb or an appositive', () => {
      has('“We will not leave,” said Amina Yusuf, a nurse at the clinic.', 'Amina Yusuf/person');
      has('The rebel spokesman Idris Kamal denied the claim.', 'Idris Kamal/person');
    });
    it('a surname used alone links to the full name (canonical)', () => {
      const text = 'Hakim Tahiri, the mayor, said the town was calm. Later Mr. Tahiri said the shelling resumed.';
      const e = detectEntities(text).find((x) => x.text === 'Tahiri');
      assert.ok(e, JSON.stringify(spans(text)));
      assert.equal(e.type, 'person');
      assert.equal(e.canonical, 'Hakim Tahiri');
    });
    it('"the X administration" names a person', () => {
      has('Aid cuts by the Trump administration hit the camps.', 'Trump/person');
    });
    it('bylines and photo credits count ("By A and B", "Name/Agency")', () => {
      has('By Lena Hartmann and Youssef Amrani\n\nThe talks resumed.', 'Lena Hartmann/person');
      has('By Lena Hartmann and Youssef Amrani\n\nThe talks resumed.', 'Youssef Amrani/person');
      has('Displaced families near the border. Ali Haider/Reuters', 'Ali Haider/person');
      has('Displaced families near the border. Ali Haider/Reuters', 'Reuters/organization');
      has('Credit...Nadia Qasemi for The New York Times', 'Nadia Qasemi/person');
      has('Credit...Nadia Qasemi for The New York Times', 'The New York Times/organization');
    });
  });

  describe('organization', () => {
    it('designators make organisations, a demonym kept when part of the name', () => {
      has('The Sudanese Foreign Ministry rejected the statement.', 'Sudanese Foreign Ministry/organization');
      has('The Interior Ministry said 12 police were wounded.', 'Interior Ministry/organization');
      has('The Afghan National Defense and Security Forces lost ground.', 'Afghan National Defense and Security Forces/organization');
      has('Delegates of the Association of Southeast Asian Nations met.', 'Association of Southeast Asian Nations/organization');
    });
    it('armed groups are organisations also as modifiers ("Hamas fighters", "anti-Hamas")', () => {
      has('Hamas fighters attacked the post.', 'Hamas/organization');
      has('An anti-Hamas militia was formed.', 'Hamas/organization');
    });
    it('outlets and agencies are organisations', () => {
      has('Reuters and Agence France-Presse reported the blast.', 'Agence France-Presse/organization');
    });
    it('lowercase descriptions are not entities', () => {
      assert.deepEqual(spans('The Russian foreign ministry and the U.S. military declined to comment.').filter((s) => s.endsWith('/organization')), []);
    });
  });

  describe('location', () => {
    it('countries, capitals and acronym countries ("U.S.") are locations, also as modifiers', () => {
      has('U.S.-led forces left Niger.', 'U.S./location');
      has('U.S.-led forces left Niger.', 'Niger/location');
      has('Washington agreed to the plan.', 'Washington/location');
    });
    it('a lowercase designator stays outside ("Logar province", "Kandahar city"), a capitalised one inside', () => {
      has('Fighting spread to Zabul province overnight.', 'Zabul/location');
      has('Fighting spread to Zabul Province overnight.', 'Zabul Province/location');
      has('Troops entered Kandahar city at dawn.', 'Kandahar/location');
    });
    it('unknown places from context ("in X", "the X border crossing", "the town of X")', () => {
      has('The militants seized the town of Tessit after a siege.', 'Tessit/location');
      has('Trucks waited at the Adre border crossing.', 'Adre/location');
    });
    it('demonyms are never entities', () => {
      for (const d of ['Afghan', 'Russian', 'Malian', 'Burmese', 'Islamist']) hasNot(`${d} officials met on Monday.`, d);
    });
  });

  describe('date', () => {
    it('explicit dates, with a weekday as one span', () => {
      has('The vote was held on Friday, Oct. 23, 2020, in the capital.', 'Friday, Oct. 23, 2020/date');
      has('It was signed in March 2021.', 'March 2021/date');
      has('Published 6 Sep 2021 by the agency.', '6 Sep 2021/date');
    });
    it('anchored relative dates are dates', () => {
      for (const d of ['last week', 'this month', 'next spring', 'three weeks ago', 'end of the month']) has(`They said it happened ${d}.`, `${d}/date`);
      has('The convoy left Monday last week.', 'Monday last week/date');
    });
    it('time of day and fuzzy modifiers stay outside', () => {
      has('The strike came late Monday.', 'Monday/date');
      has('The strike came Sunday night.', 'Sunday/date');
    });
    it('durations and vague periods are not dates', () => {
      for (const d of ['in the past 24 hours', 'for 20 years', 'in the last week', 'in recent weeks', 'in the coming months']) {
        assert.deepEqual(spans(`Fighting went on ${d}.`).filter((s) => s.endsWith('/date')), [], d);
      }
    });
    it('years and decades', () => {
      has('The group was founded in the 1990s and banned in 2014.', '1990s/date');
      has('The group was founded in the 1990s and banned in 2014.', '2014/date');
    });
  });

  describe('quantity', () => {
    it('a number with its counted noun phrase up to the head noun', () => {
      has('The attack killed 14 Malian soldiers and three civilians.', '14 Malian soldiers/quantity');
      has('The attack killed 14 Malian soldiers and three civilians.', 'three civilians/quantity');
      has('Rebels took two major border crossings.', 'two major border crossings/quantity');
    });
    it('approximators stay outside', () => {
      has('At least 300 families fled.', '300 families/quantity');
      has('Nearly 25 million people need aid.', '25 million people/quantity');
    });
    it('money, percentages, ranges and fractions', () => {
      has('The fund raised $43 million.', '$43 million/quantity');
      has('Turnout was 65 percent, up from 2-6% in polls.', '65 percent/quantity');
      has('Turnout was 65 percent, up from 2-6% in polls.', '2-6%/quantity');
      has('They hold one-third to one-half of the territory.', 'one-third to one-half/quantity');
      has('They hold two-thirds of the border.', 'two-thirds/quantity');
      has('They seized a dozen villages.', 'a dozen villages/quantity');
    });
    it('partitives are split, bare numbers stay bare', () => {
      const s = spans('They attacked 12 of the region’s 40 districts.');
      assert.ok(s.includes('12/quantity') && s.includes('40 districts/quantity'), JSON.stringify(s));
    });
    it('not quantities: ordinals, durations, compound adjectives, vague plurals', () => {
      assert.deepEqual(spans('The third round of talks lasted 20 years in a three-page deal; dozens died.').filter((s) => s.endsWith('/quantity')), []);
    });
    it('a counted phrase holding a named entity yields only the entity', () => {
      const s = spans('The raid killed two senior Hamas commanders.');
      assert.ok(s.includes('Hamas/organization') && !s.some((x) => x.endsWith('/quantity')), JSON.stringify(s));
    });
  });

  describe('headlines and page junk', () => {
    it('all-caps bylines split at AND; abbreviations like IED or ET are not organisations', () => {
      const s = spans('BY LENA HARTMANN AND YOUSSEF AMRANI\nUpdated Aug. 14, 2021, 6:52 p.m. ET\nAn IED hit the convoy near Bagram Air Base.');
      for (const x of ['LENA HARTMANN/person', 'YOUSSEF AMRANI/person', 'Aug. 14, 2021/date', 'Bagram Air Base/location']) assert.ok(s.includes(x), `${x} in ${JSON.stringify(s)}`);
      assert.ok(!s.some((x) => x.startsWith('IED') || x.startsWith('ET')), JSON.stringify(s));
    });
    it('in title-case lines only known names are kept', () => {
      const s = spans('Rebels Seize Key Town in Rakhine as Talks Stall\n\nThe rebels said on Tuesday they held the town.');
      assert.ok(s.includes('Rakhine/location'), JSON.stringify(s));
      assert.ok(!s.some((x) => x.startsWith('Rebels') || x.startsWith('Talks')), JSON.stringify(s));
    });
  });

  describe('options', () => {
    it('types filters the reported types', () => {
      const e = detectEntities('Gen. Mark Milley visited Kyiv on Monday.', { types: ['date'] });
      assert.deepEqual(e.map((x) => x.type), ['date']);
    });
    it('a user gazetteer name takes its type', () => {
      const e = detectEntities('Members of Kilo Company were deployed.', { gazetteer: { 'Kilo Company': 'organization' } });
      assert.ok(e.some((x) => x.text === 'Kilo Company' && x.type === 'organization'), JSON.stringify(e));
    });
  });
});
