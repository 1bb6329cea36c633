/** The peer libraries run the same way by the accuracy and speed benchmarks. */
import nlp from 'compromise';
import type { ScoredSpan } from './score';

type CompromiseJson = Array<{ offset?: { start: number; length: number } }>;

/** compromise's full typing: people, places, organizations, dates (its core #Date), values. */
export function compromiseEntities(text: string): ScoredSpan[] {
  const doc = nlp(text);
  const out: ScoredSpan[] = [];
  const add = (json: CompromiseJson, type: string): void => {
    for (const m of json) if (m.offset) out.push({ start: m.offset.start, end: m.offset.start + m.offset.length, type });
  };
  const opts = { offset: true };
  add(doc.people().json(opts) as CompromiseJson, 'person');
  add(doc.places().json(opts) as CompromiseJson, 'location');
  add(doc.organizations().json(opts) as CompromiseJson, 'organization');
  add(doc.match('#Date+').json(opts) as CompromiseJson, 'date');
  add(doc.match('#Value+ #Noun?').json(opts) as CompromiseJson, 'quantity');
  return out;
}
