/**
 * Topic of a claim from keyword cues in its content. Each topic scores the cues it finds; the highest
 * score wins, ties going to the earlier topic in TOPIC_CUES (the more specific ones come first).
 */
export const TOPIC_CUES: ReadonlyArray<readonly [string, RegExp]> = [
  ['casualties', /\b(kill(ed|ing|s)?|wound(ed|ing)?|injur(ed|ies|y|ing)|dead|deaths?|died|casualt(y|ies)|loss(es)?|bodies|fatalit(y|ies)|massacre|stray bullet)\b/gi],
  ['displacement', /\b(displac(ed|ement|ing)|fled|flee(ing)?|refugees?|refuge|exodus|evacuat(ed|ion)|homeless|internally)\b/gi],
  ['withdrawal', /\b(withdr(aw|awal|awn|awing|ew)|pull(ed|ing)?[- ]?out|pullout|drawdown|drawing down|retrograde|troops? home|reduce [\w.]* ?troops|leave the country|exit)\b/gi],
  ['talks', /\b(talks|negotiat(e|ions?|ing|ors?)|agreement|deal|peace|ceasefire|cease-fire|compromise|mediat(e|ion|or)|sanctions?|diplomac(y|tic)|recogni[sz]e|dialogue|accord)\b/gi],
  ['control', /\b(control(s|led|ling)?|captur(e|ed|ing)|retook|retake|retaken|recaptur(e|ed|ing)|seiz(e|ed|ing)|overr(an|un)|fell|fall(en)?|took|taken|territory|takeover|abandon(ed)?|in the hands of|blocked|stormed|inside the|entered|outposts?|checkpoints?|border crossings?|districts?|held|holds?|holding)\b/gi],
  ['attacks', /\b(attacks?|attack(ed|ing)|strikes?|airstrikes?|offensive|battl(e|ing|ed)|fighting|push|bomb(ing|ings|ed|ardment)?|violence|assault|siege|operations?|deploy|clashes|shelling|ambush|raid|mobili[sz]e|arm)\b/gi],
  ['governance', /\b(corrupt(ion)?|ghost|salar(y|ies)|leadership|govern(ance|ing)?|rights|education|participat(e|ion)|representatives|political|elections?|officials|reforms?|problem|pressure|leader|stance)\b/gi],
  ['humanitarian', /\b(aid|food|hospital|medical|care|humanitarian|shelter|surgical|famine|hunger|supplies|health)\b/gi],
];

export function classifyTopic(content: string): string {
  let best = 'other';
  let bestScore = 0;
  for (const [topic, re] of TOPIC_CUES) {
    const n = content.match(re)?.length ?? 0;
    if (n > bestScore) {
      best = topic;
      bestScore = n;
    }
  }
  return best;
}
