/**
 * How the annotators' gold treats a phrase: every match of a regular expression in the annotated articles (the
 * held-out sets and test/data/dev-extra), grouped by the gold spans that overlap it ("Kunduz Provincial
 * Hospital:location", or "-" when none does), with a count. Settles judgement calls the sets split on before a rule
 * follows one side (named hospitals, "N dead", counts of two joined nouns).
 *
 *   npx tsx bench/gold-phrases.ts '\b(?:[A-Z][a-z]+ ){1,3}Hospital\b' [--top 40]
 *   npx tsx bench/gold-phrases.ts '\b\d[\d,]* dead\b' --type quantity
 *
 * `--type T` sums, over the matches, those a gold span of type T covers whole (the match's first and last character
 * inside one span of that type) against the rest.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { opt } from './lib/args';

const args = process.argv.slice(2);
const pattern = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
if (!pattern) {
  console.error("usage: npx tsx bench/gold-phrases.ts REGEX [--top N] [--type T]");
  process.exit(2);
}
const re = new RegExp(pattern, 'gu');
const top = opt('top', 40);
const typeAt = args.indexOf('--type');
const type = typeAt >= 0 ? args[typeAt + 1] : undefined;

const dataDir = resolve(__dirname, '../test/data');
const dirs = readdirSync(dataDir).filter((d) => /^heldout\d*$/.test(d) || d === 'dev-extra').map((d) => join(dataDir, d));

interface Gold {
  entities: { start: number; end: number; text: string; type: string }[];
}

const groups = new Map<string, number>();
let whole = 0;
let matches = 0;
for (const dir of dirs) {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json'))) {
    const txt = join(dir, f.replace('.gold.json', '.txt'));
    if (!existsSync(txt)) continue;
    const text = readFileSync(txt, 'utf8');
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold;
    for (const m of text.matchAll(re)) {
      const s = m.index ?? 0;
      const e = s + m[0].length;
      matches++;
      const cover = gold.entities.filter((g) => g.start < e && g.end > s);
      if (type && cover.some((g) => g.type === type && g.start <= s && g.end >= e)) whole++;
      const key = `${m[0]}  →  ${cover.map((g) => `${g.text}:${g.type}`).join(' | ') || '-'}`;
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
  }
}
for (const [k, n] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${String(n).padStart(5)}  ${k}`);
console.log(`${matches} matches in ${dirs.length} sets${type ? `; a ${type} span covers ${whole} whole, ${matches - whole} not` : ''}`);
