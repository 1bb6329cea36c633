/**
 * Comparison of claims across articles: group by topic, sort by date, compute the envelope of the
 * independent estimates (kind `estimate`) per topic and unit, flag every claim whose value lies
 * entirely outside all of them, and phrase a one-line summary for a CodeLens:
 *   "Taliban: 85 % · independent estimates 33–65 % · outside all estimates"
 *
 * Envelope: the smallest range holding every estimate's [min, max] of the same topic and unit (an
 * open bound — "at least 1,500" — extends it to that side). A claim is `outside` when its own range
 * does not meet the envelope. Claims without a value, or whose unit no estimate shares, are never
 * flagged (`outside: false`, `envelope: null`).
 */
import type { Claim, ClaimValue } from '../model';

export interface ArticleClaims {
  articleFile: string;
  /** ISO date of the article; a claim's own `date` wins. */
  articleDate?: string;
  claims: Claim[];
}

export interface Envelope {
  min: number;
  max: number;
  unit: string;
  /** how many estimates it spans */
  count: number;
}

export interface ComparedClaim {
  claim: Claim;
  articleFile: string;
  date?: string;
  envelope: Envelope | null;
  outside: boolean;
  summary: string;
}

export interface TopicComparison {
  topic: string;
  claims: ComparedClaim[];
  /** envelope of independent estimates per unit */
  envelopes: Envelope[];
}

/** The unit a value is compared in: "percent", a currency code, or the counted noun's last word in lower case. */
export function unitKey(v: ClaimValue): string {
  const u = v.unit.trim();
  if (!u) return '';
  if (u === 'percent' || /^[A-Z]{3}$/.test(u)) return u;
  return u.toLowerCase().split(/\s+/).pop() ?? '';
}

function bounds(v: ClaimValue): [number, number] {
  return [v.min ?? -Infinity, v.max ?? Infinity];
}

export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return '…';
  const r = Math.abs(x) >= 10 ? Math.round(x) : Math.round(x * 10) / 10;
  return r.toLocaleString('en-US');
}

function unitLabel(unit: string): string {
  return unit === 'percent' ? ' %' : unit ? ` ${unit}` : '';
}

/** "85 %", "33–50 %", "≥ 1,500 families", "≈ 30 people", "> 100 attacks" */
export function formatValue(v: ClaimValue): string {
  const u = unitLabel(v.unit);
  const q = v.qualifier ?? '';
  if (v.min !== null && v.max === null) return `${/more than|over|above|exceed/.test(q) ? '>' : '≥'} ${formatNumber(v.min)}${u}`;
  if (v.min === null && v.max !== null) return `${/less than|fewer than|under|below/.test(q) ? '<' : '≤'} ${formatNumber(v.max)}${u}`;
  if (v.min === null || v.max === null) return v.text;
  const approx = q && !/vague/.test(q) ? '≈ ' : '';
  return v.min === v.max ? `${approx}${formatNumber(v.min)}${u}` : `${approx}${formatNumber(v.min)}–${formatNumber(v.max)}${u}`;
}

function formatEnvelope(e: Envelope): string {
  const u = unitLabel(e.unit);
  if (e.min === e.max) return `${formatNumber(e.min)}${u}`;
  return `${formatNumber(e.min)}–${formatNumber(e.max)}${u}`;
}

export function envelopesOf(claims: readonly Claim[]): Map<string, Envelope> {
  const out = new Map<string, Envelope>();
  for (const c of claims) {
    if (c.kind !== 'estimate' || !c.value) continue;
    const key = unitKey(c.value);
    const [lo, hi] = bounds(c.value);
    const e = out.get(key);
    if (!e) out.set(key, { min: lo, max: hi, unit: c.value.unit === 'percent' ? 'percent' : key, count: 1 });
    else {
      e.min = Math.min(e.min, lo);
      e.max = Math.max(e.max, hi);
      e.count++;
    }
  }
  return out;
}

/** One line for a CodeLens / hint. */
export function summarise(claim: Claim, envelope: Envelope | null, outside: boolean): string {
  const head = claim.value ? `${claim.claimant}: ${formatValue(claim.value)}` : `${claim.claimant}: ${claim.kind}`;
  if (!claim.value) return head;
  if (!envelope) return `${head} · no independent estimate`;
  const n = envelope.count === 1 ? 'independent estimate' : 'independent estimates';
  if (claim.kind === 'estimate') return `${head} · ${n} ${formatEnvelope(envelope)}`;
  return `${head} · ${n} ${formatEnvelope(envelope)} · ${outside ? 'outside all estimates' : 'within estimates'}`;
}

export function compareClaims(articles: readonly ArticleClaims[], topic?: string): TopicComparison[] {
  const byTopic = new Map<string, Array<{ claim: Claim; articleFile: string; date?: string }>>();
  for (const a of articles) {
    for (const claim of a.claims) {
      if (topic && claim.topic !== topic) continue;
      const list = byTopic.get(claim.topic) ?? [];
      list.push({ claim, articleFile: a.articleFile, date: claim.date ?? a.articleDate });
      byTopic.set(claim.topic, list);
    }
  }
  const out: TopicComparison[] = [];
  for (const [t, list] of [...byTopic].sort(([a], [b]) => a.localeCompare(b))) {
    // by date (undated last), then article, then position
    list.sort((x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999') || x.articleFile.localeCompare(y.articleFile) || x.claim.start - y.claim.start);
    const envs = envelopesOf(list.map((x) => x.claim));
    const claims = list.map((x) => {
      const v = x.claim.value;
      const env = v ? envs.get(unitKey(v)) ?? null : null;
      let outside = false;
      if (v && env && x.claim.kind !== 'estimate') {
        const [lo, hi] = bounds(v);
        outside = hi < env.min || lo > env.max;
      }
      return { ...x, envelope: env, outside, summary: summarise(x.claim, env, outside) };
    });
    out.push({ topic: t, claims, envelopes: [...envs.values()] });
  }
  return out;
}

/** Topics with their claim counts, most used first (for pickers: "existing topics offered first"). */
export function listTopics(articles: readonly ArticleClaims[]): Array<{ topic: string; count: number }> {
  const counts = new Map<string, number>();
  for (const a of articles) for (const c of a.claims) counts.set(c.topic, (counts.get(c.topic) ?? 0) + 1);
  return [...counts].map(([topic, count]) => ({ topic, count })).sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic));
}
