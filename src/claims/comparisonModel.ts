/**
 * What the Claims view and `Compare Claims…` show for one topic: every claim (tagged and proposed,
 * labelled) sorted by date, with claimant, kind, value, article, the outside flag and the envelope
 * of the independent estimates. Pure (no VS Code): built from core compare.ts output.
 */
import { formatValue, type Envelope, type TopicComparison } from '../core/claims/compare';

export const PROPOSED_PREFIX = 'proposed:';

export interface ComparisonRow {
  /** Sidecar id, or `proposed:START-END` for a detector proposal. */
  id: string;
  proposed: boolean;
  /** Article URI (string) and its path relative to the workspace. */
  uri: string;
  file: string;
  start: number;
  end: number;
  quote: string;
  claimant: string;
  kind: string;
  status: string;
  date?: string;
  /** "85 %", "≈ 33–50 %"; undefined without a figure. */
  value?: string;
  min?: number | null;
  max?: number | null;
  unit?: string;
  outside: boolean;
  summary: string;
  note?: string;
}

export interface ComparisonModel {
  topic: string;
  rows: ComparisonRow[];
  envelopes: Array<Envelope & { label: string }>;
  counts: { claims: number; proposed: number; outside: number };
}

export function comparisonModel(t: TopicComparison, fileOf: (uri: string) => string): ComparisonModel {
  const rows: ComparisonRow[] = t.claims.map((c) => {
    const v = c.claim.value ?? undefined;
    return {
      id: c.claim.id,
      proposed: c.claim.id.startsWith(PROPOSED_PREFIX),
      uri: c.articleFile,
      file: fileOf(c.articleFile),
      start: c.claim.start,
      end: c.claim.end,
      quote: c.claim.quote,
      claimant: c.claim.claimant,
      kind: c.claim.kind,
      status: c.claim.status,
      date: c.date,
      value: v ? formatValue(v) : undefined,
      min: v?.min,
      max: v?.max,
      unit: v?.unit,
      outside: c.outside,
      summary: c.summary,
      note: c.claim.note,
    };
  });
  const envelopes = t.envelopes.map((e) => ({ ...e, label: formatValue({ min: e.min, max: e.max, unit: e.unit, text: '' }) }));
  return {
    topic: t.topic,
    rows,
    envelopes,
    counts: { claims: rows.length, proposed: rows.filter((r) => r.proposed).length, outside: rows.filter((r) => r.outside).length },
  };
}

/** `proposed:START-END` → the span; undefined for a sidecar id. */
export function proposedSpan(id: string): { start: number; end: number } | undefined {
  const m = /^proposed:(\d+)-(\d+)$/.exec(id);
  return m ? { start: Number(m[1]), end: Number(m[2]) } : undefined;
}
