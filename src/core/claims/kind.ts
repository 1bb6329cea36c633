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
const PARTY_ROLES = /\b(?:Gen|Lt|Col|Adm|Maj|Brig|Sgt|Capt)\.|\b(chairman of the joint chiefs|lawmakers?|legislators?|parliamentarians?|MPs?|senators?|joint chiefs|generals?|colonel|admiral|lieutenant|sergeant|captain|officers?|soldiers?|commandos?|guards?|government|ministry|ministries|minister|military|army|armed forces|forces|police|governor|governor's|president|presidential|presidency|palace|spokesman|spokeswoman|spokesperson|envoy|commander|general|officials?|authorities|administration|council|insurgents?|militants?|rebels?|fighters|negotiators?|delegation|warlord|command|defen[cs]e|interior|embassy|troops|junta|regime|cabinet|secretary)\b/i;
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
