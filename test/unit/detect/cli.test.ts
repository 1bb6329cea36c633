import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const cli = (...args: string[]): string => execFileSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli.ts'), 'detect', ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('detect CLI', function () {
  this.timeout(120000);
  it('--json prints one array, one object per file, with offsets into the file as read', () => {
    const files = ['samples/001_1f224ee1da4da45c.txt', 'samples/003_85bd433f51a7fafa.txt'];
    const out = JSON.parse(cli('--json', ...files)) as Array<{ file: string; entities: Array<{ start: number; end: number; text: string; type: string }>; claims: unknown[] }>;
    assert.equal(out.length, 2);
    out.forEach((r, i) => {
      assert.equal(r.file, files[i]);
      assert.ok(Array.isArray(r.claims)); // filled by the claims detector (test/unit/claims/detect-cli.test.ts)
      const text = readFileSync(join(root, files[i]), 'utf8');
      assert.ok(r.entities.length > 20);
      for (const e of r.entities) {
        assert.deepEqual(Object.keys(e), ['start', 'end', 'text', 'type']);
        assert.equal(text.slice(e.start, e.end), e.text);
      }
    });
  });

  it('--write merges suggestions into the sidecar and keeps them on a second run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'detect-cli-'));
    const art = join(dir, 'a.txt');
    copyFileSync(join(root, 'samples/003_85bd433f51a7fafa.txt'), art);
    cli('--write', art);
    const first = readFileSync(join(dir, 'a.annotations.yaml'), 'utf8');
    assert.match(first, /name: Taliban/);
    assert.match(first, /type: organization/);
    cli('--write', art);
    assert.equal(readFileSync(join(dir, 'a.annotations.yaml'), 'utf8'), first);
  });
});
