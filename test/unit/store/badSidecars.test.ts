import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadSidecarFile } from '../../../src/core/store/check';
import { parseSidecar } from '../../../src/core/store/parse';

interface Case {
  file?: string;
  generate?: 'oversized-sidecar' | 'oversized-article';
  bytes?: number;
  valid?: boolean;
  fragment?: string;
  line?: number;
  column?: number;
  severity?: 'error' | 'warning';
  problemFile?: string;
}

const dir = path.join(__dirname, '../../data/bad-sidecars');
const cases = JSON.parse(readFileSync(path.join(dir, 'cases.json'), 'utf8')) as Case[];

/** A file of `bytes` bytes without writing them (sparse); the store must refuse it from its size. */
function bigFile(file: string, bytes: number): void {
  const fd = openSync(file, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
}

describe('store: bad-input corpus (test/data/bad-sidecars)', () => {
  let tmp = '';
  before(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'aa-bad-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('covers every kind of bad input the store must report', () => {
    const names = cases.map((c) => c.file ?? c.generate);
    for (const n of ['invalid-yaml', 'unknown-version', 'wrong-type', 'offset-out-of-range', 'reversed-span', 'duplicate-ids', 'alias-bomb',
      'binary-article', 'non-utf8-article', 'vanished-article', 'outside-folder', 'oversized-sidecar', 'oversized-article']) {
      assert.ok(names.some((x) => x?.startsWith(n)), `missing case ${n}`);
    }
  });

  for (const c of cases) {
    const name = c.file ?? c.generate ?? '?';
    it(c.valid ? `${name}: no problems` : `${name}: "${c.fragment}" at ${c.line}:${c.column}`, async () => {
      let sidecar = path.join(dir, c.file ?? '');
      if (c.generate === 'oversized-sidecar') {
        sidecar = path.join(tmp, 'big.annotations.yaml');
        bigFile(sidecar, c.bytes ?? 0);
      } else if (c.generate === 'oversized-article') {
        sidecar = path.join(tmp, 'huge.annotations.yaml');
        bigFile(path.join(tmp, 'huge.txt'), c.bytes ?? 0);
        writeFileSync(sidecar, `version: 1\narticle:\n  file: huge.txt\n  sha256: "${'0'.repeat(64)}"\nentities: []\nclaims: []\nrejected: []\n`);
      }
      const loaded = await loadSidecarFile(sidecar);
      if (c.valid) {
        assert.deepEqual(loaded.problems, []);
        assert.equal(loaded.readOnly, false);
        assert.ok(loaded.doc && loaded.text);
        return;
      }
      const want = c.problemFile ? path.join(dir, c.problemFile) : c.generate === 'oversized-article' ? path.join(tmp, 'huge.txt') : sidecar;
      const hit = loaded.problems.find((p) => p.message.includes(c.fragment ?? '\0'));
      assert.ok(hit, `no problem containing "${c.fragment}" in ${JSON.stringify(loaded.problems, null, 1)}`);
      assert.equal(hit.file, want);
      assert.deepEqual([hit.line, hit.column], [c.line, c.column], hit.message);
      assert.equal(hit.severity, c.severity);
      // Errors make the file read-only (never overwritten); a warning alone does not.
      assert.equal(loaded.readOnly, c.severity === 'error');
    });
  }

  it('refuses an oversized sidecar text in parseSidecar too (no parse attempted)', () => {
    const r = parseSidecar('#'.repeat(21 * 1024 * 1024), 'x.annotations.yaml');
    assert.equal(r.doc, undefined);
    assert.match(r.problems[0].message, /limit is 20\.0 MB/);
  });
});
