import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Anchor } from '../../../src/core/model';

export interface PeerCase {
  id: string;
  peer_test: string;
  original_text: string | null;
  edited_text: string;
  span: { start: number | null; end: number | null; quote: string; prefix: string; suffix: string };
  expect: { start: number; end: number } | 'orphan';
}

export function loadPeerCases(): PeerCase[] {
  const file = path.join(__dirname, '../../data/anchoring/hypothesis-cases.jsonl');
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as PeerCase);
}

/** The case's span as a stored anchor (NaN offsets when the peer test gives no position). */
export function anchorOf(c: PeerCase): Anchor {
  return { start: c.span.start ?? NaN, end: c.span.end ?? NaN, quote: c.span.quote, prefix: c.span.prefix, suffix: c.span.suffix };
}
