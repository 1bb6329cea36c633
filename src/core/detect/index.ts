/**
 * Entity detection: person, organization, location, date, quantity in news text, following
 * shared/gold/GUIDELINES.md. Each line is detected on its own (line.ts), then a document-level
 * name table types the names consistently (propagate.ts). `IncrementalDetector` re-detects only
 * changed lines after an edit.
 */
import type { DetectedEntity } from '../model';
import { userEntries } from './gazetteer';
import { detectLine } from './line';
import { buildTable, resolveLine, type Resolved } from './propagate';
import type { Cand } from './types';

export interface DetectOptions {
  /** Entity types to report; all when absent. */
  types?: readonly string[];
  /** User gazetteer: exact names with their type. */
  gazetteer?: Readonly<Record<string, string>>;
}

export { IncrementalDetector } from './incremental';

/** Splits text into lines: [start, end) pairs, newline excluded. */
export function lineRanges(text: string): number[] {
  const r: number[] = [];
  let s = 0;
  for (;;) {
    const nl = text.indexOf('\n', s);
    const e = nl < 0 ? text.length : nl;
    r.push(s, e);
    if (nl < 0) break;
    s = nl + 1;
  }
  return r;
}

export function detectEntities(text: string, options: DetectOptions = {}): DetectedEntity[] {
  const user = userEntries(options.gazetteer);
  const ranges = lineRanges(text);
  const lines: Cand[][] = [];
  const texts: string[] = [];
  for (let i = 0; i < ranges.length; i += 2) {
    const line = text.slice(ranges[i], ranges[i + 1]);
    texts.push(line);
    lines.push(detectLine(line, user));
  }
  const table = buildTable(lines, texts);
  const resolved: Resolved[] = [];
  for (let li = 0; li < lines.length; li++) resolveLine(lines[li], table, ranges[li * 2], texts[li], resolved);
  // fresh objects of DetectedEntity's shape: returned as they are unless filtered
  return options.types ? toEntities(text, resolved, options.types) : resolved;
}

/** Resolved spans as entities, filtered by type. */
export function toEntities(text: string, resolved: readonly Resolved[], types?: readonly string[]): DetectedEntity[] {
  const out: DetectedEntity[] = [];
  for (const r of resolved) {
    if (types && !types.includes(r.type)) continue;
    const e: DetectedEntity = { start: r.start, end: r.end, text: r.text, type: r.type };
    if (r.canonical) e.canonical = r.canonical;
    out.push(e);
  }
  return out;
}
