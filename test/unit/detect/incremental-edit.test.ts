// IncrementalDetector.editLines (the editor's keystroke path: a line-range edit from the change
// event, no whole text) against detection of the whole text: after any sequence of edits, the
// spans of every line are those a fresh detectEntities gives for the edited text, the same as
// updateLines on the whole text gives, and the reported changes are enough to keep a copy in step.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { detectEntities, IncrementalDetector } from '../../../src/core/detect';
import { absoluteEntities, type LineChanges } from '../../../src/core/detect/incremental';
import { newDoc } from '../../../src/core/store/sidecar';
import { rejectSuggestion, tagEntity } from '../../../src/workspace/entityEdits';
import { buildLineView, type ArticleView } from '../../../src/workspace/articleView';

const sample = (f: string): string => readFileSync(join(__dirname, '../../../samples', f), 'utf8');

// lines of real articles (names, places, dates, figures), and fragments that change the name table
const POOL = [
  ...sample('000_977838ff7295d488.txt').split('\n').slice(0, 40),
  ...sample('002_f2ef60532da01a30.txt').split('\n').slice(0, 40),
  'Said Laszlo Varga of the Varga Institute.',
  'Mr. Varga declined to comment.',
  'Varga said the Taliban took Kandahar on Monday, killing 12 people.',
  'The United Nations Assistance Mission in Afghanistan (UNAMA) said.',
  'Ahmadi',
  'Bahir Ahmadi, a spokesman, said in Kabul.',
  '',
  'Qadir Nuri',
  // the same unknown name as a person and as a place at the same strength: the earliest decides
  'Brandt said.',
  'They met in the village of Brandt.',
  'Brandt told reporters.',
  'residents of Brandt said.',
  'Later Brandt left.',
];
const FRAGMENTS = [' ', 'e', 'Mr. ', 'Nuri', ' said', ', Kabul', 'Varga', '\u00e9', '12', ' on Monday', '.', 'Kandahar', 'the '];

type Edit =
  | { kind: 'lines'; at: number; removed: number; lines: string[] }
  | { kind: 'chars'; at: number; col: number; del: number; ins: string };

const lineArb = fc.constantFrom(...POOL);
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('lines' as const), at: fc.nat(1000), removed: fc.nat(3), lines: fc.array(lineArb, { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('chars' as const), at: fc.nat(1000), col: fc.nat(200), del: fc.nat(3), ins: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...FRAGMENTS).map((f) => f + '\n' + 'Kabul')) }),
);

/** Applies an edit to the lines; returns the line-range edit (first, removed, new lines) as an editor reports it. */
function apply(lines: string[], e: Edit): { first: number; removed: number; added: string[] } {
  if (e.kind === 'lines') {
    const first = e.at % (lines.length + 1);
    const removed = Math.min(e.removed, lines.length - first);
    let added = e.lines;
    if (lines.length - removed + added.length === 0) added = [''];
    lines.splice(first, removed, ...added);
    return { first, removed, added };
  }
  // a character edit inside a line (may add lines): the editor replaces that one line
  const i = e.at % lines.length;
  const l = lines[i];
  const col = Math.min(e.col, l.length);
  const added = (l.slice(0, col) + e.ins + l.slice(col + e.del)).split('\n');
  lines.splice(i, 1, ...added);
  return { first: i, removed: 1, added };
}

describe('IncrementalDetector.editLines', function () {
  this.timeout(300000);

  it('after random line-range edits, every line has the spans of a fresh detection of the whole text (and of updateLines)', () => {
    const types = { types: ['person', 'organization', 'location', 'date', 'quantity'] };
    let otherLines = 0; // edits that changed lines outside the edited range (through the name table)
    let incremental = 0; // views built on the previous one
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 30 }), fc.array(editArb, { minLength: 1, maxLength: 12 }), fc.nat(4), (start, edits, fallbackEvery) => {
        const lines = [...start];
        const det = new IncrementalDetector(types);
        const ref = new IncrementalDetector(types);
        const first = det.updateLines(lines.join('\n'));
        ref.updateLines(lines.join('\n'));
        let copy = first.lines.map((l) => ({ text: l.text, spans: l.spans }));
        let view: ArticleView | undefined = buildLineView(undefined, undefined, first);
        edits.forEach((e, k) => {
          const ed = apply(lines, e);
          const text = lines.join('\n');
          // now and then the whole-text path on the same detector (the controller's fallback)
          const ch: LineChanges = fallbackEvery && k % (fallbackEvery + 1) === fallbackEvery ? det.updateLines(text) : det.editLines(ed.first, ed.removed, ed.added);
          const want = ref.updateLines(text);
          assert.deepEqual(ch.lines.map((l) => l.text), lines, `edit ${k}: lines`);
          assert.equal(det.lineCount, lines.length);
          for (let i = 0; i < lines.length; i++) assert.deepEqual(ch.lines[i].spans, want.lines[i].spans, `edit ${k}: spans of line ${i} differ from updateLines`);
          assert.deepEqual(absoluteEntities(ch.lines), detectEntities(text, types), `edit ${k}: differs from a fresh detection`);
          // the report keeps a copy in step (what the editor's blocks rely on)
          copy.splice(ch.first, ch.removed, ...ch.lines.slice(ch.first, ch.first + ch.added).map((l) => ({ text: l.text, spans: l.spans })));
          if (ch.changed.length) otherLines++;
          for (const i of ch.changed) copy[i] = { text: ch.lines[i].text, spans: ch.lines[i].spans };
          assert.equal(copy.length, lines.length, `edit ${k}: copied line count`);
          for (let i = 0; i < copy.length; i++) assert.equal(copy[i].spans, ch.lines[i].spans, `edit ${k}: line ${i} changed unreported`);
          // the view built on the previous one equals one built afresh (some suggestions accepted or rejected, others each time)
          const doc = newDoc('a.txt', text);
          detectEntities(text, types).forEach((d, i) => {
            if ((i + k) % 5 === 0) tagEntity(doc, text, d, d.type);
            else if ((i + k) % 7 === 0) rejectSuggestion(doc, text, d, d.type);
          });
          const fresh = buildLineView(text, doc, ch);
          const prevTotal: number = view?.lines?.total ?? 0;
          const prevLines = view?.lines;
          view = buildLineView(undefined, doc, ch, view);
          const vl = view.lines!;
          const fl = fresh.lines!;
          assert.equal(vl.total, fl.total, `edit ${k}: total (was ${prevTotal})`);
          for (let i = 0; i < lines.length; i++) {
            assert.equal(vl.start(i), fl.start(i), `edit ${k}: start of line ${i}`);
            assert.deepEqual(vl.shown(i), fl.shown(i), `edit ${k}: shown on line ${i}`);
          }
          assert.deepEqual(view.suggestions, fresh.suggestions);
          assert.deepEqual(view.accepted, fresh.accepted);
          if (vl.touched) {
            incremental++;
            assert.equal(vl.touched.basedOn, ch.seq - 1);
            // every line left out of `touched` shows the very same array as in the previous view
            const t = new Set(vl.touched.lines);
            for (let i = 0; i < lines.length; i++) {
              if (t.has(i)) continue;
              const j = i < ch.first ? i : i - ch.added + ch.removed;
              assert.ok(i < ch.first || i >= ch.first + ch.added, `edit ${k}: replaced line ${i} not touched`);
              assert.equal(vl.shown(i), prevLines!.shown(j), `edit ${k}: line ${i} changed but not touched`);
            }
          }
        });
        copy = [];
      }),
      { numRuns: 200 },
    );
    assert.ok(otherLines > 2, `edits that changed other lines: ${otherLines}`);
    assert.ok(incremental > 500, `views built on the previous one: ${incremental}`);
  });

  it('a one-character edit detects one line and reports it alone', () => {
    const lines = Array.from({ length: 50 }, (_, i) => `Line ${i}: officials in Kabul said 12 people were hurt on Monday.`);
    const det = new IncrementalDetector();
    const before = det.updateLines(lines.join('\n'));
    const kept = before.lines.slice();
    const ch = det.editLines(20, 1, [lines[20].replace('hurt', 'hurts')]);
    assert.deepEqual([ch.full, ch.first, ch.removed, ch.added, ch.changed], [false, 20, 1, 1, []]);
    assert.equal(det.lastDetectedLines, 1);
    for (let i = 0; i < 50; i++) if (i !== 20) assert.equal(ch.lines[i], kept[i]);
    assert.deepEqual(ch.lines[20].spans.map((s) => [s.start, s.text]), [[22, 'Kabul'], [33, '12 people'], [57, 'Monday']]);
  });

  it('a new name on the edited line updates other lines (name table)', () => {
    const det = new IncrementalDetector();
    const lines = ['Mr. Varga declined to comment.', '', 'The report was published.'];
    det.updateLines(lines.join('\n'));
    const ch = det.editLines(2, 1, ['The report was published, said Laszlo Varga, the mayor.']);
    assert.deepEqual(ch.changed, [0]);
    assert.equal(ch.lines[0].spans.find((e) => e.text === 'Varga')?.canonical, 'Laszlo Varga');
  });

  it('a name as strong as a person and as a place: the earliest decides, through edits before and after it', () => {
    const lines = ['Brandt said.', 'Later Brandt left.'];
    const det = new IncrementalDetector();
    det.updateLines(lines.join('\n'));
    const check = (what: string, ch: LineChanges) => assert.deepEqual(absoluteEntities(ch.lines), detectEntities(lines.join('\n')), what);
    lines.push('They met in the village of Brandt.');
    check('a place after the person', det.editLines(2, 0, ['They met in the village of Brandt.']));
    lines.unshift('Residents of the town of Brandt said.');
    check('a place before it', det.editLines(0, 0, ['Residents of the town of Brandt said.']));
    assert.equal(detectEntities(lines.join('\n')).find((e) => e.text === 'Brandt' && e.start > lines[0].length + lines[1].length)?.type, 'location');
    lines.splice(0, 1);
    check('the place before it removed', det.editLines(0, 1, []));
    lines[0] = 'Brandt said again.';
    check('the person edited', det.editLines(0, 1, [lines[0]]));
  });

  it('refuses edits before the first detection, outside the lines, or leaving none', () => {
    const det = new IncrementalDetector();
    assert.throws(() => det.editLines(0, 0, ['x']), /before the first/);
    det.updateLines('Kabul\nKandahar');
    assert.throws(() => det.editLines(1, 2, ['x']), /outside/);
    assert.throws(() => det.editLines(0, 2, []), /no line/);
    const same = det.editLines(1, 0, []);
    assert.deepEqual([same.removed, same.added, same.changed.length], [0, 0, 0]);
    // the whole-text path after edits compares against the edited lines
    det.editLines(1, 1, ['Kandahar city']);
    const ch = det.updateLines('Kabul\nKandahar city');
    assert.deepEqual([ch.removed, ch.added], [0, 0]);
  });
});

describe('buildLineView without the text (the editor after editLines)', () => {
  it('finds the same accepted and orphaned mentions as with the text (quotes checked on the lines, over line ends too)', () => {
    const text = sample('000_977838ff7295d488.txt') + '\n\n' + sample('004_84d9c43e08837843.txt');
    const doc = newDoc('a.txt', text);
    const ents = detectEntities(text);
    ents.slice(0, 40).forEach((e, k) => {
      const nl = text.indexOf('\n', e.end);
      if (k % 3 === 1 && nl > 0 && nl < e.end + 200) tagEntity(doc, text, { start: e.start, end: Math.min(text.length, nl + 4) }, 'location'); // over a line end
      else tagEntity(doc, text, e, e.type);
    });
    // some quotes no longer on their text: orphaned either way
    const mentions = doc.entities.flatMap((e) => e.mentions);
    mentions[3].quote = 'x' + mentions[3].quote.slice(1);
    mentions[7].end = text.length + 5;
    mentions[9].quote = mentions[9].quote + ' more';
    const det = new IncrementalDetector();
    const changes = det.updateLines(text);
    const withText = buildLineView(text, doc, changes);
    const without = buildLineView(undefined, doc, changes);
    assert.ok(withText.accepted.length > 30 && withText.orphaned.length === 3, `${withText.accepted.length} accepted, ${withText.orphaned.length} orphaned`);
    assert.ok(withText.accepted.some((m) => text.slice(m.start, m.end).includes('\n')), 'a mention over a line end');
    assert.deepEqual(without.accepted, withText.accepted);
    assert.deepEqual(without.orphaned, withText.orphaned);
    assert.deepEqual(without.suggestions, withText.suggestions);
  });
});
