/** The peer libraries run the same way by the accuracy and speed benchmarks. */
import nlp from 'compromise';
import type { ScoredSpan } from './score';

type CompromiseJson = Array<{ offset?: { start: number; length: number } }>;

/** compromise's full typing: people, places, organizations, dates (its core #Date), values. */
export function compromiseEntities(text: string): ScoredSpan[] {
  const doc = nlp(text);
  const out: ScoredSpan[] = [];
  // compromise's offsets cover whole terms with their punctuation ("Kabul," "Taliban’s"): trim those
  const add = (json: CompromiseJson, type: string): void => {
    for (const m of json) {
      if (!m.offset) continue;
      let start = m.offset.start;
      let end = start + m.offset.length;
      while (end > start && /[\s.,;:!?"“”'‘’()\[\]—–-]/.test(text[end - 1])) end--;
      if (/['’]s$/i.test(text.slice(start, end))) end -= 2;
      while (start < end && /[\s"“”'‘’(\[—–-]/.test(text[start])) start++;
      if (end > start) out.push({ start, end, type });
    }
  };
  const opts = { offset: true };
  add(doc.people().json(opts) as CompromiseJson, 'person');
  add(doc.places().json(opts) as CompromiseJson, 'location');
  add(doc.organizations().json(opts) as CompromiseJson, 'organization');
  add(doc.match('#Date+').json(opts) as CompromiseJson, 'date');
  add(doc.match('#Value+ #Noun?').json(opts) as CompromiseJson, 'quantity');
  return out;
}
