import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { removeStaleTemps, writeFileAtomic } from '../../../src/core/store/atomicWrite';

describe('store/writeFileAtomic', () => {
  let dir = '';
  let file = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'aa-atomic-'));
    file = path.join(dir, 'a.annotations.yaml');
    writeFileSync(file, 'old content\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the file and leaves no temporary file', async () => {
    await writeFileAtomic(file, 'new content\n');
    assert.equal(readFileSync(file, 'utf8'), 'new content\n');
    assert.deepEqual(readdirSync(dir), ['a.annotations.yaml']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    chmodSync(file, 0o600);
    await writeFileAtomic(file, 'x');
    assert.equal(statSync(file).mode & 0o777, 0o600);
  });

  it('a failure mid-write leaves the old file intact and no stray temporary file', async () => {
    await assert.rejects(
      writeFileAtomic(file, 'half-written', { beforeRename: () => { throw new Error('disk full (simulated)'); } }),
      /disk full/,
    );
    assert.equal(readFileSync(file, 'utf8'), 'old content\n');
    assert.deepEqual(readdirSync(dir), ['a.annotations.yaml']);
  });

  it('a process killed mid-write leaves the old file; the next write sweeps its temporary file', async () => {
    // A child process writes the temp file and is killed (SIGKILL) before the rename.
    const script = `
      const { writeFileAtomic } = require(${JSON.stringify(path.resolve(__dirname, '../../../src/core/store/atomicWrite.ts'))});
      writeFileAtomic(${JSON.stringify(file)}, 'new content that never lands', { beforeRename: () => process.kill(process.pid, 'SIGKILL') });
    `;
    const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: path.resolve(__dirname, '../../..'), encoding: 'utf8' });
    assert.equal(r.signal, 'SIGKILL', r.stderr);
    assert.equal(readFileSync(file, 'utf8'), 'old content\n');
    const stray = readdirSync(dir).filter((n) => n.endsWith('.tmp'));
    assert.equal(stray.length, 1, 'the crash leaves its temp file behind');
    assert.equal(readFileSync(path.join(dir, stray[0]), 'utf8'), 'new content that never lands');
    await writeFileAtomic(file, 'after the crash\n');
    assert.deepEqual(readdirSync(dir), ['a.annotations.yaml']);
    assert.equal(readFileSync(file, 'utf8'), 'after the crash\n');
  });

  it('does not sweep temporary files of live processes', async () => {
    const live = path.join(dir, `.a.annotations.yaml.${process.pid}.0123abcd.tmp`);
    writeFileSync(live, 'in progress');
    assert.deepEqual(await removeStaleTemps(file), []);
    assert.ok(readdirSync(dir).includes(path.basename(live)));
  });
});
