/**
 * The attribution lexicon: reporting verbs and the words that may stand between a verb and its
 * reported clause. Kept apart from the detector so users' wording questions have one answer.
 */

/** Reporting verbs that take a reported clause with or without "that" ("said the city fell"). */
export const SAY_VERBS = [
  'say', 'says', 'said', 'claim', 'claims', 'claimed', 'insist', 'insists', 'insisted', 'tell', 'tells', 'told', 'tweet', 'tweets',
  'tweeted', 'announce', 'announces', 'announced', 'accuse', 'accuses', 'accused', 'report', 'reports', 'reported', 'add', 'adds',
  'added', 'assert', 'asserts', 'asserted', 'affirm', 'affirms', 'affirmed', 'allege', 'alleges', 'alleged', 'boast', 'boasts',
  'boasted', 'write', 'writes', 'wrote', 'stated', 'posted', 'quoted',
];
/** Verbs that report only with "that" or a colon ("warned that …"; "warned the group" is not a claim). */
export const THAT_VERBS = [
  'warn', 'warns', 'warned', 'confirm', 'confirms', 'confirmed', 'acknowledge', 'acknowledges', 'acknowledged', 'admit', 'admits',
  'admitted', 'note', 'notes', 'noted', 'explain', 'explains', 'explained', 'argue', 'argues', 'argued', 'predict', 'predicts',
  'predicted', 'estimate', 'estimates', 'estimated', 'concede', 'conceded', 'maintain', 'maintains', 'maintained', 'declare', 'declares', 'declared',
];
/** Verbs whose content is a to-infinitive ("vowed to deploy 1,500 fighters"). */
export const TO_VERBS = ['vow', 'vows', 'vowed', 'promise', 'promises', 'promised', 'pledge', 'pledges', 'pledged'];
/** Verbs that attribute only when their subject is an assessment ("other assessments put …", "estimates suggest …"). */
export const ESTIMATE_VERBS = ['put', 'puts', 'suggest', 'suggests', 'show', 'shows', 'indicate', 'indicates', 'place', 'places', 'found', 'finds', 'concluded', 'concludes'];
/** Participles opening a second reported clause of the same source (", asserting that …"). */
export const PARTICIPLES = ['saying', 'adding', 'asserting', 'insisting', 'claiming', 'arguing', 'warning', 'noting', 'stressing', 'explaining'];

export const VERB_RE = new RegExp(`\\b(${[...SAY_VERBS, ...THAT_VERBS, ...TO_VERBS, ...ESTIMATE_VERBS, ...PARTICIPLES].join('|')})\\b`, 'g');

export const ASSESSMENT_SUBJECT = /\b(estimates?|assessments?|analysts?|analys[ie]s|projections?|figures|data|stud(?:y|ies)|surveys?|tall(?:y|ies)|counts?|calculations|investigations?|reviews?|polls?|reports?)\b/i;

/** Words allowed between a reporting verb and "that": times, channels, objects of "told". */
export const GAP_WORD = /^(on|in|at|via|to|during|late|early|earlier|later|last|this|next|a|an|the|his|her|its|their|statement|tweet|tweets|post|twitter|facebook|telegram|news|press|conference|interview|briefing|speech|video|message|address|televised|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|weekend|month|morning|evening|night|afternoon|also|again|previously|repeatedly|additionally|separately|reporters|journalists|officially|publicly|privately|recently|then|had|has|have|already|further|earlier|x|earlier|on\w*)$/i;

/** Time and channel adverbials that may follow a verb before its content ("announced Sunday via Twitter he …"). */
export const LEADING_ADVERBIAL = /^\s*(?:(?:on\s+|late\s+|early\s+|last\s+|this\s+|next\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?|(?:this|last|next)\s+(?:week|month|year|weekend)|(?:via|on)\s+(?:Twitter|Facebook|Telegram|X|television|TV|radio)|in\s+(?:a|an|his|her|its|their)\s+(?:statement|tweet|post|interview|speech|video|message|briefing|address)|also|additionally|again|repeatedly|earlier|later|previously|publicly|separately)\b,?/i;

export const PREPOSITION_START = /^\s*(?:in|on|at|via|during|from|through|after|before|while|with|for|by|of|about|late|early|earlier|later|last|this|next|into|to\s+(?:the|a|an|reporters|journalists)\b)\b(?!\s+(?:least|most|\d))/i;

/** "did not say", "declined to say": a reporting verb under negation reports nothing. */
export const NEGATED_BEFORE = /\b(?:did not|didn't|does not|doesn't|do not|don't|would not|wouldn't|could not|couldn't|will not|won't|has not|hasn't|have not|haven't|declined to|refused to|never|not)\s+$/i;

/** Where a reported clause ends inside a sentence (content before this is the claim). */
export const CLAUSE_CUTS: readonly RegExp[] = [
  /;\s/,
  /,\s+(?:though|although|even though|whereas|despite)\b/,
  /,\s+(?:a|an)\s+(?:claim|figure|assertion|statement|allegation|account|number|charge)\b/,
  /,\s+(?:calling|warning|adding|saying|citing|asserting|insisting|claiming|according to|noting|stressing)\b/,
  /,\s+(?:(?:across|in|on|at|of|from|through|under|by|with|for|during|after) )?(?:which|who|whom|whose|where)\b/,
  /\s+[—–]\s+(?:which|who|where)\b/,
  // the channel is not the content: "claimed responsibility … in a statement released on …"
  /\s+(?:in|via|through)\s+(?:a|an|its|his|her|their)\s+(?:statement|tweet|post|video|message|interview|news conference|press conference|briefing|televised address)\b/,
];
/** ", while …" and ", but …" end a reported clause only when another source speaks after them. */
export const CONTRAST_CUT = /,\s+(?:while|but|and)\s+/g;

export const SUBORDINATOR_START = /^(?:Although|Though|While|Even as|As|Because|Since|If|When|Whereas)\s+/;
/** First words of an introductory phrase that is not the source ("In a news conference in Moscow,"). */
export const INTRO_START = /^(?:In|On|At|After|Before|During|Meanwhile|However|Although|Though|While|As|Since|Speaking|Writing|Asked|Last|This|Earlier|Later|Late|Early|Separately|Still|Yet|Also|But|And|So|Then|Now|Today|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|For|With|Under|Despite|Amid|Following|From|Over|By|Even|Instead|Indeed|In fact|Overall|Elsewhere|Nearby|There|Here|Until|Once)\b|^\w+(?:ly|ing)\b/;
