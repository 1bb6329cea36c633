/**
 * Soak test of the sidecar store: runs random editing sessions (default 10,000; `-- N` for another
 * count) through the simulator of the property test and prints how many ran, how many steps,
 * how many orphans arose and how many annotations were lost (must be 0). Exits 1 on any failure
 * with fast-check's shrunk counterexample and seed.
 *
 *   npx tsx scripts/soak-store.ts [RUNS] [--seed N]
 */
import fc from 'fast-check';
import { newStats, runSession, sessionArb } from '../test/unit/store/simulation';

const args = process.argv.slice(2);
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 10000);
const seedArg = args.indexOf('--seed');
const seed = seedArg >= 0 ? Number(args[seedArg + 1]) : Date.now() % 2 ** 31;

const stats = newStats();
let sessions = 0;
const t0 = performance.now();
const result = fc.check(
  fc.property(sessionArb, (s) => {
    sessions++;
    runSession(s, stats);
  }),
  { numRuns: runs, seed, endOnFailure: true },
);
const secs = ((performance.now() - t0) / 1000).toFixed(1);
console.log(`soak-store: seed ${seed}`);
console.log(`runs: ${sessions} sessions, ${stats.steps} steps in ${secs} s`);
console.log(`orphans arisen: ${stats.orphansArisen}`);
console.log(`lost: ${stats.lost}`);
if (result.failed) {
  console.log(`FAILED: ${String(result.errorInstance ?? '')}`);
  console.log(`counterexample: ${JSON.stringify(result.counterexample)}`);
  process.exit(1);
}
console.log('wrong anchors: 0 (every anchored span holds its quote)');
