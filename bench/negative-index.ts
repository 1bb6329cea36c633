/**
 * What a read outside an array of objects costs in V8 (the reason for `tokAt` in
 * src/core/detect/tokens.ts): 10 million reads in the bounds, at a negative index and past the end,
 * each in a function of its own, then an in-bounds read again in the function that saw negative reads,
 * and the same through a bounds-checked accessor. Prints ns per read.
 *
 *   npx tsx bench/negative-index.ts
 */
import { performance } from 'node:perf_hooks';

const arr: Array<{ k: number }> = [];
for (let i = 0; i < 20; i++) arr.push({ k: i });
const N = 1e7;

// one function per case, so each read site has its own feedback in V8
function inBounds(a: Array<{ k: number }>, off: number): number {
  let s = 0;
  for (let r = 0; r < N; r++) {
    const t = a[(r & 7) + off];
    if (t !== undefined) s += t.k;
  }
  return s;
}
function negative(a: Array<{ k: number }>, off: number): number {
  let s = 0;
  for (let r = 0; r < N; r++) {
    const t = a[(r & 7) + off];
    if (t !== undefined) s += t.k;
  }
  return s;
}
function pastEnd(a: Array<{ k: number }>, off: number): number {
  let s = 0;
  for (let r = 0; r < N; r++) {
    const t = a[(r & 7) + off];
    if (t !== undefined) s += t.k;
  }
  return s;
}
function at(a: Array<{ k: number }>, i: number): { k: number } | undefined {
  return i >= 0 && i < a.length ? a[i] : undefined;
}
function checked(a: Array<{ k: number }>, off: number): number {
  let s = 0;
  for (let r = 0; r < N; r++) {
    const t = at(a, (r & 7) + off);
    if (t !== undefined) s += t.k;
  }
  return s;
}
function time(label: string, fn: () => number): void {
  fn(); // warm-up
  const t0 = performance.now();
  fn();
  console.log(`${label.padEnd(48)} ${(((performance.now() - t0) * 1e6) / N).toFixed(1).padStart(6)} ns per read`);
}
time('in bounds', () => inBounds(arr, 0));
time('negative index (toks[-4] … toks[3])', () => negative(arr, -4));
time('in bounds, at a site that has seen negative reads', () => negative(arr, 0));
time('past the end (toks[30] …)', () => pastEnd(arr, 30));
time('bounds-checked accessor, negative index', () => checked(arr, -4));
time('bounds-checked accessor, in bounds', () => checked(arr, 0));
