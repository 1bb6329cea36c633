/**
 * Claim detection per edit in a 1 MB article, on the code path the ClaimService runs
 * (src/claims/paragraphClaims.ts with the service's detector call):
 *
 * - keystroke path: what the editor's claim decorations do on every edit — IncrementalClaims.peek
 *   (the last proposals moved through the edit; never detects);
 * - debounced path: what runs after a pause in typing — IncrementalClaims.detect (large articles:
 *   only the changed paragraph(s) detected again, from the per-paragraph cache); measured here as
 *   if the user paused after every single edit (the worst case);
 * - before: the old path, detectClaims over the whole article on each change (a few edits only);
 * - small articles: the service's results equal whole-text detection (samples/*.txt).
 *
 *   npx tsx bench/claims-keystroke.ts [--kb 1000] [--keystrokes 200] [--before 3]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { detectClaims } from '../src/core/claims/detect';
import { DEFAULT_PARTIES } from '../src/core/claims/kind';
import type { DetectedClaim } from '../src/core/model';
import { IncrementalClaims, WHOLE_TEXT_LIMIT } from '../src/claims/paragraphClaims';
import { opt } from './lib/args';

const root = resolve(__dirname, '..');
const size = opt('kb', 1000) * 1000;
const keystrokes = opt('keystrokes', 200);
const beforeEdits = opt('before', 3);

// the service's detector call (claimService.ts), with the default parties
const detect = (text: string): DetectedClaim[] => detectClaims(text, undefined, { parties: [...DEFAULT_PARTIES] });

const dir = join(root, 'samples');
const samples = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));

function article(chars: number): string {
  const parts: string[] = [];
  for (let i = 0, n = 0; n < chars; i++) {
    parts.push(samples[i % samples.length].text);
    n += samples[i % samples.length].text.length + 2;
  }
  return parts.join('\n\n').slice(0, chars);
}

const pct = (xs: number[], p: number): string => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))].toFixed(2);
};
const key = (c: DetectedClaim) => `${c.start}-${c.end}|${c.claimant}|${c.kind}|${c.topic}|${c.value?.text ?? ''}`;

let text = article(size);
let seed = 7;
const rand = (n: number): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const type = (): void => {
  const at = rand(text.length);
  const ch = rand(6) === 5 ? ' ' : 'etaoinshrdlu'[rand(12)];
  text = text.slice(0, at) + ch + text.slice(at);
};

// before: whole-text detection on each change
const before: number[] = [];
for (let k = 0; k < beforeEdits; k++) {
  type();
  const t = performance.now();
  detect(text);
  before.push(performance.now() - t);
}

// after
const inc = new IncrementalClaims(detect);
let t = performance.now();
const first = inc.detect(text);
const firstMs = performance.now() - t;
const firstStats = inc.lastStats;
const peekCosts: number[] = [];
const detectCosts: number[] = [];
let reDetected = 0;
for (let k = 0; k < keystrokes; k++) {
  type();
  t = performance.now();
  inc.peek(text);
  peekCosts.push(performance.now() - t);
  t = performance.now();
  inc.detect(text);
  detectCosts.push(performance.now() - t);
  reDetected += inc.lastStats.detected;
}

console.log(`claim detection per edit in a ${(text.length / 1e6).toFixed(2)} MB article (${first.length} claims; ${firstStats.paragraphs} paragraphs, first run ${firstMs.toFixed(0)} ms)`);
console.log(`  before (whole text on each change), ${before.length} edits: p50 ${pct(before, 0.5)} ms, p95 ${pct(before, 0.95)} ms`);
console.log(`  after, keystroke path (peek: proposals moved through the edit), ${keystrokes} edits: p50 ${pct(peekCosts, 0.5)} ms, p95 ${pct(peekCosts, 0.95)} ms`);
console.log(`  after, debounced detection (changed paragraphs only), ${keystrokes} edits: p50 ${pct(detectCosts, 0.5)} ms, p95 ${pct(detectCosts, 0.95)} ms (${(reDetected / keystrokes).toFixed(1)} paragraphs re-detected per edit)`);

// small articles: the service path is whole-text detection, results identical
let same = 0;
let agree = 0;
let total = 0;
for (const s of samples) {
  const got = new IncrementalClaims(detect).detect(s.text);
  const whole = detect(s.text);
  if (s.text.length < WHOLE_TEXT_LIMIT && JSON.stringify(got) === JSON.stringify(whole)) same++;
  // for information: what per-paragraph detection (large articles) would give on the same text
  const para = new Set(new IncrementalClaims(detect, 0).detect(s.text).map(key));
  agree += whole.filter((c) => para.has(key(c))).length;
  total += whole.length;
}
console.log(`  small articles: ${same}/${samples.length} identical to whole-text detection (per-paragraph mode would agree on ${agree}/${total} claims)`);
if (same !== samples.length) process.exitCode = 1;
