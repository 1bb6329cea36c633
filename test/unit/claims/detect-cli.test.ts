import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';

/**
 * The built command line fills `claims` (issue 5): `node dist/cli.js detect --json FILE`.
 * The CLI is bundled as scripts/build.mjs does, into a temporary directory, so that the test
 * neither needs a prior build nor disturbs a dist/ other runs use.
 */
describe('cli: detect --json claims (built CLI)', function () {
  this.timeout(120_000);
  const root = path.resolve(__dirname, '../../..');
  let dir: string;
  let cli: string;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'detect-cli-'));
    cli = path.join(dir, 'cli.js');
    await build({
      entryPoints: [path.join(root, 'src/cli.ts')], outfile: cli, bundle: true, platform: 'node', target: 'node18',
      format: 'cjs', logLevel: 'warning', external: ['vscode'], banner: { js: '#!/usr/bin/env node' },
    });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the claims of a sample with exactly the keys of the issue', () => {
    const r = spawnSync(process.execPath, [cli, 'detect', '--json', path.join(root, 'samples/002_f2ef60532da01a30.txt')], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as Array<{ file: string; entities: unknown[]; claims: Array<Record<string, unknown>> }>;
    assert.equal(out.length, 1);
    const claims = out[0].claims;
    assert.ok(claims.length >= 5, `claims: ${claims.length}`);
    for (const c of claims) {
      assert.deepEqual(Object.keys(c), ['start', 'end', 'text', 'claimant', 'kind', 'topic', 'value']);
      assert.ok(typeof c.start === 'number' && typeof c.end === 'number' && (c.start as number) < (c.end as number));
      assert.ok(typeof c.text === 'string' && typeof c.claimant === 'string' && typeof c.topic === 'string');
      assert.ok(['claim', 'estimate', 'report'].includes(c.kind as string));
      if (c.value !== null) assert.deepEqual(Object.keys(c.value as object), ['min', 'max', 'unit', 'qualifier', 'text']);
    }
    assert.ok(claims.some((c) => c.value !== null), 'a claim with a figure');
  });

  it('takes the claims from the text (offsets index the file)', () => {
    const r = spawnSync(process.execPath, [cli, 'detect', '--json', path.join(root, 'samples/002_f2ef60532da01a30.txt')], { encoding: 'utf8' });
    const [res] = JSON.parse(r.stdout) as Array<{ claims: Array<{ start: number; end: number; text: string }> }>;
    const text = readFileSync(path.join(root, 'samples/002_f2ef60532da01a30.txt'), 'utf8');
    for (const c of res.claims) assert.equal(text.slice(c.start, c.end), c.text);
  });
});
