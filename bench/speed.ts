/**
 * Speed of entity detection on ~5 MB of news text (the samples and the extra development
 * articles, repeated), single thread, with full typing; the peers on the same text in the same
 * run (on a slice, normalised to MB/s); and the cost of re-detection after a keystroke in a
 * 1 MB article (IncrementalDetector: only changed lines are detected again). Timings are the best
 * of several runs, so other load on the machine disturbs them less; the ratios compare runs made
 * under the same conditions.
 *
 * The detector measured is the one that ships: `src/core/detect` bundled by esbuild as
 * scripts/build.mjs bundles the extension and the CLI (`--tsx` measures the sources as tsx runs
 * them instead: every imported binding is then a getter call, ~1.5x slower).
 *
 *   npx tsx bench/speed.ts [--mb 5] [--peer-kb 256] [--runs 5] [--keystrokes 300] [--tsx]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as sources from '../src/core/detect';
import { bundledDetector } from './lib/bundled';
import { compromiseEntities } from './lib/peers';

const root = resolve(__dirname, '..');
const args = process.argv.slice(2);
const opt = (name: string, def: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const targetMB = opt('mb', 5);
const peerKB = opt('peer-kb', 256);
const keystrokes = opt('keystrokes', 300);
const runs = opt('runs', 5);
const viaTsx = args.includes('--tsx');
const { detectEntities, IncrementalDetector } = viaTsx ? sources : bundledDetector();

function corpus(bytes: number): string {
  const dirs = [join(root, 'samples'), join(root, 'test/data/dev-extra')];
  const texts = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(d, f), 'utf8')));
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const t = texts[i % texts.length];
    parts.push(t);
    n += Buffer.byteLength(t) + 2;
  }
  return parts.join('\n\n');
}

const mb = (s: string): number => Buffer.byteLength(s) / 1e6;

/** Best of `runs` (the least disturbed by other load on the machine). */
function time(fn: () => unknown, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const text = corpus(targetMB * 1e6);
const size = mb(text);
console.log(`corpus: ${size.toFixed(2)} MB of news text (samples + dev-extra, repeated); node ${process.version}; detector ${viaTsx ? 'sources run by tsx' : 'bundled by esbuild as shipped'}`);

// calibration: a plain regex pass over the same text (the issue quotes ~600 MB/s on a quiet machine)
const regexMs = time(() => {
  let n = 0;
  const re = /\w+/g;
  while (re.exec(text)) n++;
  return n;
}, 3);
console.log(`regex pass  ${(size / (regexMs / 1000)).toFixed(1).padStart(8)} MB/s   (/\\w+/g over the corpus: machine calibration)`);

// ours: one whole pass first (gazetteer load, and the JIT needs more than a slice to settle:
// the first pass over 5 MB runs at about half the speed of the later ones), then best of `runs`
detectEntities(text);
let count = 0;
const oursMs = time(() => (count = detectEntities(text).length), runs);
const ours = size / (oursMs / 1000);
console.log(`ours        ${ours.toFixed(1).padStart(8)} MB/s   (${count} entities, ${oursMs.toFixed(0)} ms for ${size.toFixed(2)} MB, best of ${runs} after a warm-up pass)`);

// peers on a slice; ours on the same slice, interleaved with wink-nlp so both see the same load
const slice = text.slice(0, peerKB * 1000);
const sliceMB = mb(slice);
compromiseEntities(slice.slice(0, 20_000));
const compMs = time(() => compromiseEntities(slice), 2); // best of 2: ~5 s a run
const comp = sliceMB / (compMs / 1000);
console.log(`compromise  ${comp.toFixed(3).padStart(8)} MB/s   (people/places/organizations/dates/values on ${sliceMB.toFixed(2)} MB, best of 2)`);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const winkNLP = require('wink-nlp') as (model: unknown) => { readDoc(t: string): { entities(): { out(): string[] } } };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const model = require('wink-eng-lite-web-model') as unknown;
const wink = winkNLP(model);
wink.readDoc(slice).entities().out(); // warm-up, as ours had
let winkMs = Infinity;
let oursSliceMs = Infinity;
for (let r = 0; r < runs; r++) {
  winkMs = Math.min(winkMs, time(() => wink.readDoc(slice).entities().out(), 1));
  oursSliceMs = Math.min(oursSliceMs, time(() => detectEntities(slice), 1));
}
const winkRate = sliceMB / (winkMs / 1000);
const oursSlice = sliceMB / (oursSliceMs / 1000);
console.log(`wink-nlp    ${winkRate.toFixed(3).padStart(8)} MB/s   (readDoc + entities on ${sliceMB.toFixed(2)} MB, best of ${runs} after a warm-up pass)`);
console.log(`ours        ${oursSlice.toFixed(2).padStart(8)} MB/s   (same ${sliceMB.toFixed(2)} MB slice, runs interleaved with wink-nlp, best of ${runs})`);
console.log(`ratios: ours/compromise ${(ours / comp).toFixed(0)}x (5 MB) ${(oursSlice / comp).toFixed(0)}x (slice); ours/wink-nlp ${(ours / winkRate).toFixed(1)}x (5 MB) ${(oursSlice / winkRate).toFixed(1)}x (slice)`);

// keystrokes in a 1 MB article
let doc = text.slice(0, 1_000_000);
const det = new IncrementalDetector();
const t0 = performance.now();
det.update(doc);
const firstMs = performance.now() - t0;
let seed = 42;
const rand = (n: number): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const costs: number[] = [];
let lines = 0;
for (let k = 0; k < keystrokes; k++) {
  const at = rand(doc.length);
  const ch = k % 5 === 4 ? ' ' : 'abcdefghijklmnopqrstuvwxyz'[rand(26)];
  doc = doc.slice(0, at) + ch + doc.slice(at);
  const s = performance.now();
  det.update(doc);
  costs.push(performance.now() - s);
  lines += det.lastDetectedLines;
}
costs.sort((a, b) => a - b);
const pct = (p: number): string => costs[Math.min(costs.length - 1, Math.floor(costs.length * p))].toFixed(2);
console.log(`keystroke in a ${mb(doc).toFixed(2)} MB article: first detection ${firstMs.toFixed(0)} ms; re-detection p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${pct(1)} ms over ${keystrokes} edits (${(lines / keystrokes).toFixed(1)} lines re-detected per edit)`);
