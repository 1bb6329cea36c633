/** The benchmarks' news text: the 23 articles of the samples, the extra development set and the first two held-out sets, repeated to `bytes`. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');

export function corpus(bytes: number): string {
  const dirs = ['samples', 'test/data/dev-extra', 'test/data/heldout', 'test/data/heldout2'].map((d) => join(root, d));
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
