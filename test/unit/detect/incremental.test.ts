import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectEntities, IncrementalDetector } from '../../../src/core/detect';

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
