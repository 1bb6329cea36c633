/**
 * Where the detector's time goes: its stages run cumulatively over the news text of bench/speed.ts
 * (lines split; + tokenizer; + dates and quantities; + names; + the document table and resolution,
 * i.e. all of `detectEntities`), bundled as shipped, alternating rounds in one process, best of the
 * rounds per stage. Prints MB/s per stage and the share of the whole that each stage adds: a stage's
 * MB/s bounds the whole detector's, whatever the later stages cost.
 *
 *   npx tsx bench/stages.ts [--mb 5] [--rounds 5]
 */
import { performance } from 'node:perf_hooks';
import { opt } from './lib/args';
import { bundled } from './lib/bundled';
import { corpus } from './lib/corpus';

type Entry = typeof import('./lib/stages-entry');
const { STAGES, runStages } = bundled<Entry>('bench/lib/stages-entry.ts');
const text = corpus(opt('mb', 5) * 1e6);
const size = Buffer.byteLength(text) / 1e6;
const rounds = opt('rounds', 5);

for (let s = 0; s < STAGES.length; s++) runStages(text, s); // warm-up
const best = STAGES.map(() => Infinity);
for (let r = 0; r < rounds; r++) {
  for (let s = 0; s < STAGES.length; s++) {
    const t0 = performance.now();
    runStages(text, s);
    best[s] = Math.min(best[s], performance.now() - t0);
  }
}
console.log(`corpus: ${size.toFixed(2)} MB (bench/lib/corpus.ts); stages cumulative, best of ${rounds} rounds; node ${process.version}`);
const all = best[best.length - 1];
for (let s = 0; s < STAGES.length; s++) {
  const added = s === 0 ? best[0] : best[s] - best[s - 1];
  console.log(`${`up to ${STAGES[s]}`.padEnd(32)} ${(size / (best[s] / 1000)).toFixed(1).padStart(7)} MB/s   this stage adds ${added.toFixed(0).padStart(5)} ms (${((100 * added) / all).toFixed(0).padStart(3)}% of all)`);
}
