/**
 * Kind of a claim from who makes it: `claim` (a party to the conflict), `estimate` (an independent
 * assessment) or `report` (neutral attributed reporting). Decided from the claimant, the words that
 * describe the source ("the spokesman for the Kandahar governor", "a local tribal elder",
 * "Writing for Foreign Policy") and whether the claim carries a figure.
 */
import type { ClaimKind } from '../model';

export interface ClaimOptions {
  /**
   * Names of the parties to the conflict (organisations, states, demonyms, places standing for a
   * government). Matched case-sensitively as whole words in the source description.
   * Default: DEFAULT_PARTIES (the 2001–2021 Afghan war of the samples).
   */
  parties?: readonly string[];
}

/**
 * Parties of the samples' conflict: the Taliban, the Afghan state and the U.S.-led coalition.
 * A user analysing another conflict sets `annotator.claims.parties` instead.
 */
export const DEFAULT_PARTIES: readonly string[] = [
  'Taliban', 'Islamic Emirate', 'Haqqani', 'Afghan', 'Afghanistan', 'Kabul',
  'U.S.', 'US', 'United States', 'American', 'Americans', 'Washington', 'Pentagon', 'White House', 'State Department',
  'NATO', 'coalition', 'Resolute Support', 'ISAF', 'CENTCOM',
];

/** Role words that speak for a party (a government, an army, an armed group) whichever it is. */
const PARTY_ROLES = /\b(?:Gen|Lt|Col|Adm|Maj|Brig|Sgt|Capt)\.|\b(chairman of the joint chiefs|air force|navy|air defen[cs]e|lawmakers?|legislators?|parliamentarians?|MPs?|senators?|joint chiefs|generals?|colonel|admiral|lieutenant|sergeant|captain|officers?|soldiers?|commandos?|guards?|government|ministry|ministries|minister|military|army|armed forces|forces|police|governor|governor's|president|presidential|presidency|palace|spokesman|spokeswoman|spokesperson|envoy|commander|general|officials?|authorities|administration|council|insurgents?|militants?|rebels?|fighters|negotiators?|delegation|warlord|command|defen[cs]e|interior|embassy|troops|junta|regime|cabinet|secretary)\b/i;
/** Sources of independent assessments. */
const ESTIMATE_CUES = /\b(estimates?|estimated|assessments?|analysts?|analysis|study|studies|survey|tally|tallies|monitors?|monitoring|researchers?|think tank|data|figures|count|tracking|UN|U\.N\.|United Nations|UNAMA|EU|European Union|World Bank|IMF|OCHA|UNHCR|ACLED|ISW|Institute)(?!\w)/;
/** Neutral reporting: media, witnesses, locals, aid workers. */
const REPORT_CUES = /\b(reports?|reporters?|journalists?|correspondents?|newspaper|magazine|television|TV|radio|outlets?|agency|media|witness(es)?|residents?|villagers?|locals?|local source|sources?|elders?|tribal|doctors?|nurses?|hospital|medics?|aid workers?|aid groups?|NGO|charity|Red Cross|Red Crescent|ICRC|MSF|Doctors Without Borders|Amnesty|Human Rights Watch|coordinator|activists?|former|observers?|mediators?|Reuters|AFP|Agence France-Presse|AP|Associated Press|BBC|CNN|Al Jazeera|Bloomberg|Wall Street Journal|New York Times|The Times|Washington Post|Guardian|Foreign Policy|France ?24|VOA|Voice of America|TOLOnews|Pajhwok|Xinhua|TASS|RIA|Interfax|Anadolu|DPA|EFE|Kyodo|Sky News|NPR|ABC|NBC|CBS|Fox News|Times|Post|Journal|News)\b/;
/** States and bodies that are never a party by default: speaking on figures they are estimates, otherwise reports. */
const THIRD_PARTY_STATES = /\b(Russia|Russian|Iran|Iranian|China|Chinese|India|Indian|Pakistan|Pakistani|Tajik|Tajikistan|Uzbek|Uzbekistan|Turkmen|Turkmenistan|Qatar|Qatari|Turkey|Turkish|Saudi|Emirati|UAE|Japan|Japanese|Kazakh|Kyrgyz|UN|U\.N\.|United Nations|EU|European Union)(?!\w)/;
const REPORT_PLACEHOLDERS = /^(unspecified reports|local source|a local source|reports)$/i;

function partyPattern(parties: readonly string[]): RegExp {
  const alts = parties.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
  // "Washington-based" or "Kabul-born" describe, they do not speak for the party
  return new RegExp(`(^|[^A-Za-z])(${alts.join('|')})(?![A-Za-z]|-(?:based|born|bred|educated|trained))`);
}

/** Countries by the words that name them or their people (first: the name). */
const COUNTRIES: ReadonlyArray<readonly string[]> = [
  ['United States', 'U.S.', 'US', 'American', 'Americans', 'Washington', 'Pentagon', 'White House', 'State Department'],
  ['Britain', 'British', 'U.K.', 'UK', 'United Kingdom', 'London'], ['France', 'French', 'Paris'], ['Germany', 'German', 'Berlin'],
  ['Russia', 'Russian', 'Moscow', 'Kremlin'], ['Ukraine', 'Ukrainian', 'Kyiv'], ['China', 'Chinese', 'Beijing'], ['Iran', 'Iranian', 'Tehran'],
  ['Israel', 'Israeli', 'Jerusalem'], ['Turkey', 'Turkish', 'Ankara'], ['Saudi Arabia', 'Saudi', 'Riyadh'], ['United Arab Emirates', 'Emirati', 'UAE', 'U.A.E.'],
  ['Qatar', 'Qatari', 'Doha'], ['Egypt', 'Egyptian', 'Cairo'], ['Sudan', 'Sudanese', 'Khartoum'], ['South Sudan'], ['Chad', 'Chadian'], ['Ethiopia', 'Ethiopian', 'Addis Ababa'],
  ['Eritrea', 'Eritrean'], ['Somalia', 'Somali', 'Mogadishu'], ['Kenya', 'Kenyan', 'Nairobi'], ['Uganda', 'Ugandan', 'Kampala'], ['Rwanda', 'Rwandan', 'Kigali'],
  ['Burundi', 'Burundian'], ['Congo', 'Congolese', 'Kinshasa'], ['Angola', 'Angolan', 'Luanda'], ['South Africa', 'South African', 'Pretoria'],
  ['Mozambique', 'Mozambican', 'Maputo'], ['Nigeria', 'Nigerian', 'Abuja'], ['Niger', 'Nigerien', 'Niamey'], ['Mali', 'Malian', 'Bamako'],
  ['Burkina Faso', 'Burkinabe', 'Ouagadougou'], ['Ghana', 'Ghanaian', 'Accra'], ['Senegal', 'Senegalese', 'Dakar'], ['Libya', 'Libyan', 'Tripoli'],
  ['Algeria', 'Algerian', 'Algiers'], ['Morocco', 'Moroccan', 'Rabat'], ['Tunisia', 'Tunisian'], ['Yemen', 'Yemeni', 'Sanaa'], ['Syria', 'Syrian', 'Damascus'],
  ['Iraq', 'Iraqi', 'Baghdad'], ['Lebanon', 'Lebanese', 'Beirut'], ['Jordan', 'Jordanian', 'Amman'], ['Afghanistan', 'Afghan', 'Kabul'],
  ['Pakistan', 'Pakistani', 'Islamabad'], ['India', 'Indian', 'New Delhi'], ['Bangladesh', 'Bangladeshi', 'Dhaka'], ['Myanmar', 'Burmese', 'Naypyidaw'],
  ['Thailand', 'Thai', 'Bangkok'], ['North Korea', 'North Korean', 'Pyongyang'], ['South Korea', 'South Korean', 'Seoul'], ['Japan', 'Japanese', 'Tokyo'],
  ['Armenia', 'Armenian', 'Yerevan'], ['Azerbaijan', 'Azerbaijani', 'Baku'], ['Georgia', 'Georgian', 'Tbilisi'], ['Belarus', 'Belarusian', 'Minsk'],
  ['Poland', 'Polish', 'Warsaw'], ['Colombia', 'Colombian', 'Bogotá'], ['Venezuela', 'Venezuelan', 'Caracas'], ['Mexico', 'Mexican'], ['Haiti', 'Haitian'],
  ['Philippines', 'Filipino', 'Manila'], ['Indonesia', 'Indonesian', 'Jakarta'], ['Tajikistan', 'Tajik'], ['Uzbekistan', 'Uzbek'],
];
/** "Russia" → "Russian", "Ghana" → "Ghanaian"; undefined when no adjective is known. */
export function demonymOf(country: string): string | undefined {
  const names = COUNTRIES.find((n) => n[0] === country || n.slice(1).includes(country));
  const d = names?.find((w, i) => i > 0 && /^(?:[A-Z][a-z]+ )?[A-Z][a-z]+(?:an|ian|ese|ish|i|ch|ean|ic|ai|ino|be|ien|ine)$/.test(w) && !/^(?:Pentagon|Kremlin|Washington|London|Paris|Berlin|Moscow|Beijing|Tehran|Kyiv|Doha|Cairo|Tripoli|Sanaa|Amman|Kabul|Dhaka|Minsk|Baku|Manila|Jakarta|Dakar|Abuja|Niamey|Bamako|Accra|Luanda|Maputo|Kigali|Kampala|Nairobi|Mogadishu|Khartoum|Riyadh|Ankara|Jerusalem|Bangkok|Tokyo|Seoul|Pyongyang|Yerevan|Tbilisi|Warsaw|Caracas|Algiers|Rabat|Baghdad|Beirut|Damascus|Islamabad|Naypyidaw|Ouagadougou|Kinshasa|Pretoria)$/.test(w));
  return d;
}
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD_RES = new Map<string, RegExp>();
const wordRe = (w: string): RegExp => {
  let re = WORD_RES.get(w);
  if (!re) WORD_RES.set(w, re = new RegExp(`(?<![A-Za-z.])${esc(w)}(?![A-Za-z]|-(?:based|born))`));
  return re;
};
/** All names of all countries, for a quick test before the per-country search. */
const ANY_COUNTRY = new RegExp(`(?<![A-Za-z.])(?:${COUNTRIES.flat().map(esc).sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z])`);
const MILITARY_AFTER = /^(?:\s+and\s+[A-Z][\w.]*)?\s+(?:forces|troops|soldiers|army|military|warplanes|aircraft|jets|drones|navy|warships|strikes|airstrikes|air strikes|missiles|fighters|units|brigades?|artillery|servicemen|mercenaries|special forces)\b/;

/** What the article says about the states in it: which fight (or are the article's own country). */
export interface ArticleStates {
  /** Countries (by their first name) that are a side: the article's main country, frequent ones, those whose forces act. */
  involved: Set<string>;
}

export function articleStates(text: string): ArticleStates {
  const counts = new Map<string, number>();
  const involved = new Set<string>();
  for (const names of COUNTRIES) {
    let n = 0;
    for (const w of names) {
      const re = new RegExp(wordRe(w).source, 'g');
      for (const m of text.matchAll(re)) {
        n++;
        if (MILITARY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) involved.add(names[0]);
      }
    }
    if (n) counts.set(names[0], n);
  }
  const max = Math.max(0, ...counts.values());
  // the article's own country; others only when their forces act in the story
  for (const [c, n] of counts) if (n === max) involved.add(c);
  return { involved };
}

/** The country a source belongs to ("Britain’s Defense Intelligence agency" → Britain), if named. */
function countryOf(about: string): string | undefined {
  if (!ANY_COUNTRY.test(about)) return undefined;
  let best: { at: number; name: string } | undefined;
  for (const names of COUNTRIES) {
    for (const w of names) {
      const m = wordRe(w).exec(about);
      if (m && (!best || m.index < best.at)) best = { at: m.index, name: names[0] };
    }
  }
  return best?.name;
}

/** Neutral by office: mediators, election bodies, the Red Cross. */
const MEDIATOR = /\b(?:mediat\w*|special envoy|facilitat\w*|brokered|electoral commission|election commission|Red Cross|Red Crescent|ICRC)\b/i;
/** Aid and money pledged by an outside body: reported, not estimated or claimed. */
const PLEDGE = /\b(?:would|will|to|had)\s+(?:provide|give|send|donate|disburse|contribute|release|approved?)\b|\bapproved\s+(?:a|an|the)\s+(?:disbursement|loan|grant|package)|\bpledg\w*/i;
/** Independent trackers of figures and control: monitoring projects, think tanks, pollsters, research groups. */
const MONITOR = /\b(?:ACLED|Armed Conflict Location|monitor(?:s|ing)?|observatory|Observatory|tracker|Tracker|tracking|tracks|Institute|institute|think tank|pollsters?|polling|survey|InfoAnalytics|DeepState|Association for|prisoners|Airwars|Crisis Group|Small Arms Survey|Conflict Observatory|researchers?|research group)\b/;
/** International organisations: figures are estimates, words are reports. */
const INTERNATIONAL = /(?:\bU\.N\.|\bUN\b|United Nations|UNHCR|\bWFP\b|World Food Program|OCHA|\bIOM\b|International Organization for Migration|UNICEF|\bWHO\b|World Health Organization|UNAMA|\bI\.M\.F\.|\bIMF\b|International Monetary Fund|World Bank|refugee agency|humanitarian office|human rights office|European Union|\bEU\b|\bE\.U\.|African Union|ECOWAS|IAEA|International Atomic Energy Agency)/;
const INTELLIGENCE = /\b(?:intelligence|spy agency)\b/i;
const DEFENCE_BODY = /\b(?:defen[cs]e|Pentagon|military|armed forces|army|navy|air force|general staff|joint chiefs|Central Command|CENTCOM)\b/i;
/** Armed groups by name (a small gazetteer) or by their self-description. */
const ARMED_GROUP = /\b(?:Houthis?|Hamas|Hezbollah|Shabab|Boko Haram|Islamic State|ISIS|ISIL|al-Qaida|al-Qaeda|JNIM|Wagner|M23|RSF|R\.S\.F\.|Rapid Support Forces|TPLF|Fano|ELN|FARC|PKK|SDF|Arakan Army|Liberation Army|Defense Force|Defence Force|Democratic Alliance|Liberation Front|National Unity Government|Taliban|Haqqani)\b/;
const COUNTING = /\b(?:confirmed the names|tall(?:y|ied)|counted|documented|verified|recorded|tracked)\b/i;
/** Party roles that also hold in political contests: candidates and opposition leaders speak for their side. */
const POLITICAL_ROLES = /\b(?:candidate|opposition|party leader|campaign|ruling party|governing party|central bank|Bank of|finance minister|prime minister|vice president|junta|militias?|paramilitar\w*|jihadists?|terrorists?|extremists?|armed group|armed wing)\b/i;
const RIGHTS_AND_AID = /\b(?:Human Rights Watch|Amnesty|rights groups?|aid groups?|aid agencies|aid workers?|Doctors Without Borders|M\.?S\.?F\.?|Save the Children|Oxfam|Norwegian Refugee Council|International Rescue Committee|NGO|charity|Maritime Trade Operations|UKMTO)\b/;

/** A member of a political party or movement ("former President X of the National Democratic Congress"). */
const PARTY_MEMBER = /\bof the (?:\p{Lu}[\p{L}’'-]*\s+){0,4}(?:Party|Congress|Front|Movement|Alliance|League)\b/u;

/** Whether `name` is an armed group in `text`: named by the gazetteer or next to "rebels", "militia", "fighters". */
export function isArmedGroupIn(name: string, text: string): boolean {
  if (ARMED_GROUP.test(name)) return true;
  const n = esc(name.replace(/^the\s+/i, ''));
  if (!/^[A-Z]/.test(n)) return false;
  return new RegExp(`\\b${n}\\s+(?:rebels?|fighters|militants|militias?|insurgents?|jihadists?|guerrillas?)\\b|\\b(?:rebel|armed|jihadist|militant|insurgent|paramilitary|extremist|guerrilla)\\s+(?:group|movement|alliance|coalition)s?,?\\s+(?:known as\\s+)?(?:the\\s+)?${n}\\b|\\b${n}\\b,?\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}(?:rebel|armed|jihadist|militant|insurgent|paramilitary|extremist|guerrilla|ethnic armed)`).test(text);
}

export interface KindContext {
  /** The claimed content (aid pledges, counting verbs). */
  content?: string;
  /** The reporting verb or cue ("estimated", "said"). */
  verb?: string;
  /** The article's states; present when no parties list applies (role-based kinds). */
  states?: ArticleStates;
  /** The article text (armed groups named in it). */
  text?: string;
  /** Memo of isArmedGroupIn per claimant for this article. */
  armed?: Map<string, boolean>;
}

/**
 * Kind from the source's role, for articles on conflicts no parties list names: the sides are the
 * article's own state (government, army, police, ministries, officials, politicians in a contest),
 * armed groups, and outside states whose forces act in the story; independent trackers, international
 * organisations (with figures) and outside intelligence estimate; media, witnesses, aid and rights
 * groups, mediators and outside states' words report.
 */
export function roleKind(claimant: string, description: string, hasFigure: boolean, ctx: KindContext): ClaimKind {
  const about = `${claimant} ${description}`;
  const content = ctx.content ?? '';
  const assessing = /^estimat/i.test(ctx.verb ?? '') || /\bestimat\w*\b/i.test(description);
  if (/^unspecified estimates$/i.test(claimant) || /\b(?:estimates?|assessments?)\b/i.test(claimant)) return 'estimate';
  if (REPORT_PLACEHOLDERS.test(claimant)) return 'report';
  if (MEDIATOR.test(about)) return 'report';
  // the claimant itself is an armed group, or the source speaks for one ("an adviser to the group")
  let inText = ctx.armed?.get(claimant);
  if (inText === undefined) {
    inText = isArmedGroupIn(claimant, ctx.text ?? '');
    ctx.armed?.set(claimant, inText);
  }
  const armed = inText || ARMED_GROUP.test(claimant)
    || /\b(?:advis[eo]r|aide|commander|spokes\w+|leader|member|official|fighter)s?\s+(?:to|of|for|with)\s+(?:the\s+)?(?:group|movement|militia|rebels?|paramilitar\w*|insurgents?|jihadists?)\b/i.test(description);
  if (!armed && PLEDGE.test(content) && (INTERNATIONAL.test(about) || countryOf(about) !== undefined || RIGHTS_AND_AID.test(about))) {
    const c = countryOf(about);
    if (!c || !ctx.states?.involved.has(c) || INTERNATIONAL.test(about)) return 'report';
  }
  if (MONITOR.test(about) && !PARTY_ROLES.test(claimant)) return 'estimate';
  // "a tally by …", "an analysis by …", "X estimates": a source assessing, not a side speaking
  if (!armed && !PARTY_ROLES.test(claimant) && /\b(?:estimates?|estimated|assessments?|tall(?:y|ies)|tracking|projections?|analysis|study|survey|count)\b/i.test(description)) return 'estimate';
  if (INTERNATIONAL.test(about) && !armed) return hasFigure || assessing ? 'estimate' : 'report';
  if (/\banalysts?\b/i.test(about) && !PARTY_ROLES.test(claimant)) return hasFigure || assessing ? 'estimate' : 'report';
  if (RIGHTS_AND_AID.test(about) && !armed) return 'report';
  const country = countryOf(about);
  const outsider = country !== undefined && ctx.states !== undefined && !ctx.states.involved.has(country);
  if (outsider && !armed) {
    if (DEFENCE_BODY.test(about)) return 'claim';
    if (INTELLIGENCE.test(about)) return 'estimate';
    return hasFigure && /\b(?:estimat|assess)\w*/i.test(about) ? 'estimate' : 'report';
  }
  if (INTELLIGENCE.test(about) && !DEFENCE_BODY.test(about) && !armed && country === undefined) return 'estimate';
  if (armed || POLITICAL_ROLES.test(about) || PARTY_MEMBER.test(about)) return 'claim';
  if (REPORT_CUES.test(about) && !PARTY_ROLES.test(claimant)) return COUNTING.test(content) && hasFigure ? 'estimate' : 'report';
  if (PARTY_ROLES.test(about)) return 'claim';
  if (country !== undefined && claimant.trim() && COUNTRIES.some((names) => names.includes(claimant.trim()))) return 'claim';
  return 'report';
}

/**
 * @param claimant the canonical claimant ("Bahir Ahmadi", "EU", "Taliban officials")
 * @param description everything the article says about the source ("the spokesman for the Kandahar governor")
 * @param hasFigure whether the claimed content carries an explicit figure
 */
export function classifyKind(claimant: string, description: string, hasFigure: boolean, options: ClaimOptions = {}): ClaimKind {
  const parties = partyPattern(options.parties ?? DEFAULT_PARTIES);
  const about = `${claimant} ${description}`;
  if (/^unspecified estimates$/i.test(claimant) || /\b(estimates?|assessments?|analysts?)\b/i.test(claimant)) return 'estimate';
  if (REPORT_PLACEHOLDERS.test(claimant)) return 'report';
  const party = parties.test(about);
  // a third-party state or international body not listed among the parties
  if (!party && THIRD_PARTY_STATES.test(about)) return hasFigure ? 'estimate' : 'report';
  // a source that estimates, assesses or tracks ("The Long War Journal estimates …")
  if (!party && /\b(estimates?|estimated|assessments?|analysts?|tally|tracking|projections?)\b/i.test(description)) return 'estimate';
  if (REPORT_CUES.test(about) && !(party && PARTY_ROLES.test(description) && !/\bformer\b/i.test(description))) return 'report';
  // a party estimating is still a party speaking about its fight
  if (party) return 'claim';
  if (ESTIMATE_CUES.test(about)) return 'estimate';
  if (PARTY_ROLES.test(about)) return 'claim';
  return 'report';
}
