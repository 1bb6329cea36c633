/**
 * Keystroke-to-decorations cost in a 1 MB article: the code path the extension runs after each
 * edit (ArticleController.refresh): SuggestionDetector.update (incremental: only the changed
 * lines are detected again), buildArticleView, and the decoration ranges (offset → line/column
 * for every span, as DecorationPalette.apply does with TextDocument.positionAt; here on a line
 * index kept up to date the way VS Code's text model does). VS Code's own rendering is excluded.
 *
 * The modules are bundled by esbuild as scripts/build.mjs bundles the extension (`--tsx` runs
 * the sources through tsx instead, where every imported binding is a getter call).
 *
 *   npx tsx bench/keystroke.ts [--kb 1000] [--keystrokes 200] [--tsx]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BUILTIN_ENTITY_TYPES } from '../src/core/model';
import * as detectionSources from '../src/workspace/detection';
import type { DetectionSettings } from '../src/workspace/detection';
import * as viewSources from '../src/workspace/articleView';
import { bundled } from './lib/bundled';

const root = resolve(__dirname, '..');
const args = process.argv.slice(2);
const opt = (name: string, def: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const size = opt('kb', 1000) * 1000;
const keystrokes = opt('keystrokes', 200);
const viaTsx = args.includes('--tsx');
const { SuggestionDetector } = viaTsx ? detectionSources : bundled<typeof detectionSources>('src/workspace/detection.ts');
const { buildArticleView } = viaTsx ? viewSources : bundled<typeof viewSources>('src/workspace/articleView.ts');

function article(chars: number): string {
  const dir = join(root, 'samples');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  const parts: string[] = [];
  for (let i = 0, n = 0; n < chars; i++) {
    parts.push(texts[i % texts.length]);
    n += texts[i % texts.length].length + 2;
  }
  return parts.join('\n\n').slice(0, chars);
}

/** Line starts, patched per edit like the editor's text model (not re-scanned). */
class LineIndex {
  starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  insert(at: number, ch: string): void {
    const line = this.lineOf(at);
    for (let l = line + 1; l < this.starts.length; l++) this.starts[l] += 1;
    if (ch === '\n') this.starts.splice(line + 1, 0, at + 1);
  }
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  positionAt(offset: number): { line: number; character: number } {
    const line = this.lineOf(offset);
    return { line, character: offset - this.starts[line] };
  }
}

const settings: DetectionSettings = { detectionEnabled: true, detectionTypes: [...BUILTIN_ENTITY_TYPES], gazetteer: {} };
let text = article(size);
const lines = new LineIndex(text);
const detector = new SuggestionDetector(settings);

function refresh(): number {
  const view = buildArticleView(text, undefined, detector.update(text));
  const byType = new Map<string, unknown[]>();
  let n = 0;
  for (const s of view.suggestions) {
    let list = byType.get(s.type);
    if (!list) byType.set(s.type, (list = []));
    list.push({ start: lines.positionAt(s.start), end: lines.positionAt(s.end) });
    n++;
  }
  return n;
}

let t = performance.now();
const spans = refresh();
const firstMs = performance.now() - t;

let seed = 7;
const rand = (n: number): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const costs: number[] = [];
let detectedLines = 0;
for (let k = 0; k < keystrokes; k++) {
  const at = rand(text.length);
  const ch = k % 6 === 5 ? ' ' : 'etaoinshrdlu'[rand(12)];
  text = text.slice(0, at) + ch + text.slice(at);
  lines.insert(at, ch);
  t = performance.now();
  refresh();
  costs.push(performance.now() - t);
  detectedLines += detector.lastDetectedLines;
}
costs.sort((a, b) => a - b);
// calibration: a plain regex pass over the same text (~600 MB/s on the reference machine)
let best = Infinity;
for (let r = 0; r < 5; r++) {
  const re = /[A-Z][a-z]+/g;
  t = performance.now();
  while (re.exec(text));
  best = Math.min(best, performance.now() - t);
}
const pct = (p: number): string => costs[Math.min(costs.length - 1, Math.floor(costs.length * p))].toFixed(2);
console.log(`keystroke → decorations in a ${(text.length / 1e6).toFixed(2)} MB article (${spans} suggested spans; first full detection ${firstMs.toFixed(0)} ms; ${viaTsx ? 'sources run by tsx' : 'modules bundled by esbuild as shipped'})`);
console.log(`  machine: a plain regex pass runs at ${(text.length / 1e6 / (best / 1000)).toFixed(0)} MB/s now (load disturbs the figures)`);
console.log(`  ${keystrokes} keystrokes: p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${pct(1)} ms (${(detectedLines / keystrokes).toFixed(1)} lines re-detected per keystroke)`);
