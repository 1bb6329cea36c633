import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectEntities, IncrementalDetector } from '../../../src/core/detect';
import { absoluteEntities } from '../../../src/core/detect/incremental';

const sample = (f: string): string => readFileSync(join(__dirname, '../../../samples', f), 'utf8');

describe('IncrementalDetector', function () {
  this.timeout(120000);
  it('after random edits always equals a full detection of the text', () => {
    let text = sample('000_977838ff7295d488.txt') + '\n\n' + sample('002_f2ef60532da01a30.txt');
    const det = new IncrementalDetector();
    det.update(text);
    let seed = 11;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let k = 0; k < 150; k++) {
      const at = rand(text.length);
      const op = rand(4);
      if (op === 0) text = text.slice(0, at) + text.slice(at + 1 + rand(30));
      else if (op === 1) text = text.slice(0, at) + '\n' + text.slice(at);
      else text = text.slice(0, at) + ' Mr. Qadir Nuri'.slice(0, 1 + rand(15)) + text.slice(at);
      assert.deepEqual(det.update(text), detectEntities(text), `edit ${k} at ${at}`);
    }
  });

  it('re-detects only the edited line', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `Line ${i}: officials in Kabul said 12 people were hurt on Monday.`);
    const det = new IncrementalDetector();
    det.update(lines.join('\n'));
    lines[100] = lines[100].replace('hurt', 'wounded');
    det.update(lines.join('\n'));
    assert.equal(det.lastDetectedLines, 1);
    assert.equal(det.lastRebuiltTable, false);
  });

  it('a new name in the edited line updates other lines (table rebuilt)', () => {
    const det = new IncrementalDetector();
    const before = 'Mr. Varga declined to comment.\n\nThe report was published.';
    assert.ok(det.update(before).some((e) => e.text === 'Varga' && !e.canonical));
    const after = 'Mr. Varga declined to comment.\n\nThe report was published, said Laszlo Varga, the mayor.';
    const ents = det.update(after);
    assert.equal(det.lastRebuiltTable, true);
    assert.equal(ents.find((e) => e.text === 'Varga')?.canonical, 'Laszlo Varga');
  });
});

describe('IncrementalDetector.updateLines', function () {
  this.timeout(120000);

  it('a copy kept up to date from the reported changes alone always equals a full detection', () => {
    let text = sample('001_1f224ee1da4da45c.txt') + '\n\n' + sample('003_85bd433f51a7fafa.txt');
    const det = new IncrementalDetector({ types: ['person', 'organization', 'location', 'quantity'] });
    const first = det.updateLines(text);
    assert.equal(first.full, true);
    // the copy: what an editor would hold (text and spans per line)
    let copy = first.lines.map((l) => ({ text: l.text, spans: l.spans }));
    let seed = 5;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let tableChanges = 0;
    for (let k = 0; k < 200; k++) {
      const at = rand(text.length);
      const op = rand(6);
      if (op === 0) text = text.slice(0, at) + text.slice(at + 1 + rand(80)); // may join lines
      else if (op === 1) text = text.slice(0, at) + '\n' + text.slice(at);
      else if (op === 2) text = text.slice(0, at) + '\nSaid Laszlo Varga of the Varga Institute.\n' + text.slice(at);
      else if (op === 3) text = text.slice(0, at) + text.slice(at + 1); // one character
      else text = text.slice(0, at) + ' Mr. Qadir Nuri'.slice(0, 1 + rand(15)) + text.slice(at);
      const ch = det.updateLines(text);
      assert.equal(ch.full, false);
      tableChanges += ch.changed.length ? 1 : 0;
      const added = ch.lines.slice(ch.first, ch.first + ch.added).map((l) => ({ text: l.text, spans: l.spans }));
      copy.splice(ch.first, ch.removed, ...added);
      for (const i of ch.changed) {
        assert.ok(i < ch.first || i >= ch.first + ch.added, 'changed lines are outside the replaced range');
        copy[i] = { text: ch.lines[i].text, spans: ch.lines[i].spans };
      }
      assert.equal(copy.length, ch.lines.length, `edit ${k}: line count`);
      for (let i = 0; i < copy.length; i++) assert.equal(copy[i].spans, ch.lines[i].spans, `edit ${k}: line ${i} changed unreported`);
      assert.equal(copy.map((l) => l.text).join('\n'), text);
      assert.deepEqual(absoluteEntities(copy), detectEntities(text, { types: ['person', 'organization', 'location', 'quantity'] }), `edit ${k} at ${at}`);
    }
    assert.ok(tableChanges > 0, 'some edits changed other lines through the name table');
    copy = [];
  });

  it('a one-character edit reports one replaced line and keeps the other lines (and their spans)', () => {
    const lines = Array.from({ length: 50 }, (_, i) => `Line ${i}: officials in Kabul said 12 people were hurt on Monday.`);
    const det = new IncrementalDetector();
    const before = det.updateLines(lines.join('\n'));
    const kept = before.lines.slice();
    lines[20] = lines[20].replace('hurt', 'hurts');
    const ch = det.updateLines(lines.join('\n'));
    assert.deepEqual([ch.full, ch.first, ch.removed, ch.added, ch.changed], [false, 20, 1, 1, []]);
    for (let i = 0; i < 50; i++) if (i !== 20) assert.equal(ch.lines[i], kept[i]);
    assert.deepEqual(ch.lines[20].spans.map((s) => [s.start, s.text]), [[22, 'Kabul'], [33, '12 people'], [57, 'Monday']]);
    // unchanged text: nothing to report
    const same = det.updateLines(lines.join('\n'));
    assert.deepEqual([same.removed, same.added, same.changed.length], [0, 0, 0]);
  });

  it('after update() the next updateLines reports every line', () => {
    const det = new IncrementalDetector();
    det.updateLines('Kabul\nKandahar');
    det.update('Kabul\nKandahar city');
    const ch = det.updateLines('Kabul\nKandahar city');
    assert.equal(ch.full, true);
    assert.equal(ch.added, 2);
  });
});
