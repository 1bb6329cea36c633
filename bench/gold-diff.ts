/**
 * What a change of the detector does to the gold, span by span: the detector of a git revision against the working
 * tree's, both bundled as shipped, on every annotated article (the samples' gold, test/data/dev-extra, every
 * test/data/heldout* set). Counts the spans only one side predicts, split into gold spans (same start, end and type as
 * an annotation) and false ones, so "added 57 gold spans, removed 78 false ones, lost 0" can be checked; `--list` prints
 * each changed span with its context, marked GOLD when the gold has it.
 *
 *   npx tsx bench/gold-diff.ts REV [--list]
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundled, type DetectModule } from './lib/bundled';

const root = resolve(__dirname, '..');
const rev = process.argv[2];
if (!rev || rev.startsWith('--')) {
  console.error('usage: npx tsx bench/gold-diff.ts REV [--list]');
  process.exit(2);
}
const list = process.argv.includes('--list');

const dir = mkdtempSync(join(tmpdir(), 'bench-rev-'));
execSync(`git archive ${rev} src | tar -x -C ${dir}`, { cwd: root });
const old = bundled<DetectModule>(join(dir, 'src/core/detect/index.ts'));
const cur = bundled<DetectModule>('src/core/detect/index.ts');
rmSync(dir, { recursive: true, force: true });

interface Span {
  start: number;
  end: number;
  type: string;
}
const key = (e: Span): string => `${e.start}:${e.end}:${e.type}`;

const data = join(root, 'test/data');
const dirs = readdirSync(data)
  .filter((d) => d === 'gold' || d.startsWith('dev-extra') || d.startsWith('heldout'))
  .sort((a, b) => (parseInt(a.replace(/\D/g, '') || '0', 10) - parseInt(b.replace(/\D/g, '') || '0', 10)) || a.localeCompare(b));
let goldAdded = 0;
let goldLost = 0;
let falseAdded = 0;
let falseRemoved = 0;
const changedSets: string[] = [];
for (const d of dirs) {
  let setGold = 0;
  for (const f of readdirSync(join(data, d)).filter((x) => x.endsWith('.gold.json')).sort()) {
    const g = JSON.parse(readFileSync(join(data, d, f), 'utf8')) as { file: string; entities: Span[] };
    const path = existsSync(join(data, d, g.file)) ? join(data, d, g.file) : join(root, 'samples', g.file);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    const gold = new Set(g.entities.map(key));
    const a = old.detectEntities(text) as Span[];
    const b = cur.detectEntities(text) as Span[];
    const ka = new Set(a.map(key));
    const kb = new Set(b.map(key));
    const ctx = (e: Span): string => (text.slice(Math.max(0, e.start - 40), e.start) + '[' + text.slice(e.start, e.end) + ']' + text.slice(e.end, e.end + 30)).replace(/\n/g, '⏎');
    for (const e of a) {
      if (kb.has(key(e))) continue;
      if (gold.has(key(e))) {
        goldLost++;
        setGold--;
      } else falseRemoved++;
      if (list) console.log(`${d} - ${e.type.padEnd(12)} ${gold.has(key(e)) ? 'GOLD' : '    '} ${ctx(e)}`);
    }
    for (const e of b) {
      if (ka.has(key(e))) continue;
      if (gold.has(key(e))) {
        goldAdded++;
        setGold++;
      } else falseAdded++;
      if (list) console.log(`${d} + ${e.type.padEnd(12)} ${gold.has(key(e)) ? 'GOLD' : '    '} ${ctx(e)}`);
    }
  }
  if (setGold < 0) changedSets.push(`${d} (${setGold})`);
}
console.log(`working tree against ${rev}, over ${dirs.length} sets of gold: ${goldAdded} gold spans added, ${goldLost} lost; ${falseRemoved} false spans removed, ${falseAdded} added`);
console.log(`sets that lost more gold spans than they gained: ${changedSets.length ? changedSets.join(', ') : 'none'}`);
