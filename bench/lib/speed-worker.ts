/**
 * One detector timed in a process of its own (bench/speed.ts starts one per detector and round, so
 * no detector pays for another's heap): reads the text from a file, runs one warm-up pass, then
 * prints the best of `passes` timed passes as JSON on stdout.
 *
 *   node --import tsx bench/lib/speed-worker.ts ours|ours-tsx|wink|compromise FILE PASSES
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as sources from '../../src/core/detect';
import { bundledDetector } from './bundled';
import { compromiseEntities } from './peers';

const [which, file, passesArg] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const passes = Number(passesArg) || 3;

function detector(): (t: string) => number {
  if (which === 'ours') {
    const { detectEntities } = bundledDetector();
    return (t) => detectEntities(t).length;
  }
  if (which === 'ours-tsx') return (t) => sources.detectEntities(t).length;
  if (which === 'compromise') return (t) => compromiseEntities(t).length;
  if (which === 'wink') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const winkNLP = require('wink-nlp') as (model: unknown) => { readDoc(t: string): { entities(): { out(): string[] } } };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const wink = winkNLP(require('wink-eng-lite-web-model') as unknown);
    return (t) => wink.readDoc(t).entities().out().length;
  }
  throw new Error(`unknown detector ${which}`);
}

const run = detector();
let count = run(text); // warm-up: models and gazetteers load, the JIT settles
let best = Infinity;
for (let i = 0; i < passes; i++) {
  const t0 = performance.now();
  count = run(text);
  best = Math.min(best, performance.now() - t0);
}
process.stdout.write(JSON.stringify({ which, ms: best, count }) + '\n');
