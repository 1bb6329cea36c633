import type { DetectedEntity } from '../model';

export interface DetectOptions {
  /** Entity types to report; all when absent. */
  types?: readonly string[];
  /** User gazetteer: exact names with their type. */
  gazetteer?: Readonly<Record<string, string>>;
}

// Placeholder detector (foundation issue): capitalised word runs and numbers. The entity issue
// replaces this module's internals behind the same signature.
const MONTHS = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

export function detectEntities(text: string, options: DetectOptions = {}): DetectedEntity[] {
  const out: DetectedEntity[] = [];
  const re = /\b(\d[\d,.]*(?:\s+(?:percent|troops|people|families))?)|\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[0];
    let type = m[1] ? 'quantity' : MONTHS.test(t) ? 'date' : /^(Taliban|NATO|Reuters)$/.test(t) ? 'organization' : t.includes(' ') ? 'person' : 'location';
    if (options.gazetteer && options.gazetteer[t]) type = options.gazetteer[t];
    if (options.types && !options.types.includes(type)) continue;
    out.push({ start: m.index, end: m.index + t.length, text: t, type });
  }
  return out;
}
