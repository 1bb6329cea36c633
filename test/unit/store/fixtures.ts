import { makeAnchor } from '../../../src/core/anchor/context';
import type { AnnotationDoc, Claim, Entity } from '../../../src/core/model';
import { newDoc } from '../../../src/core/store/sidecar';

export const ARTICLE =
  'Taliban fighters entered Kandahar on Friday, officials said. The Taliban claimed control of 85 percent of Afghanistan.\n' +
  'Other assessments put it at one-third to one-half. Around 65 percent, according to an EU estimate.\n';

export function entity(id: string, type: string, quote: string, occurrence = 0, text = ARTICLE): Entity {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`no ${quote}`);
  return { id, name: quote, type, mentions: [makeAnchor(text, at, at + quote.length)] };
}

export function claim(id: string, quote: string, text = ARTICLE): Claim {
  const at = text.indexOf(quote);
  return { ...makeAnchor(text, at, at + quote.length), id, claimant: 'taliban-aaaaaa', kind: 'claim', topic: 'control', status: 'unverified' };
}

export function sampleDoc(text = ARTICLE): AnnotationDoc {
  const d = newDoc('article.txt', text);
  d.entities.push(entity('taliban-aaaaaa', 'organization', 'Taliban'), entity('kandahar-bbbbbb', 'location', 'Kandahar'));
  d.entities[0].mentions.push(entity('x', 'organization', 'Taliban', 1).mentions[0]);
  d.claims.push(claim('c-cccccc', 'control of 85 percent of Afghanistan'));
  return d;
}
