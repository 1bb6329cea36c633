import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(__dirname, '../../..');
const CORPUS = path.join(ROOT, 'test/data/bad-sidecars');

/** Runs the CLI from source (tsx), as `node dist/cli.js` would run the bundle. */
function cli(...args: string[]): { code: number | null; out: string; err: string } {
  const loader = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
  const r = spawnSync(process.execPath, ['--import', loader, path.join(ROOT, 'src/cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('cli: article-annotator check', function () {
  this.timeout(60000);

  it('exits 0 for a valid sidecar and for the sample articles', () => {
    const r = cli('check', path.join(CORPUS, 'valid.annotations.yaml'), 'samples');
    assert.equal(r.code, 0, r.out + r.err);
    assert.equal(r.out, '');
    assert.match(r.err, /0 error\(s\)/);
  });

  it('exits 1 on the bad-input corpus and prints file:line:column: severity: reason for every case', () => {
    const r = cli('check', CORPUS);
    assert.equal(r.code, 1);
    const cases = JSON.parse(readFileSync(path.join(CORPUS, 'cases.json'), 'utf8')) as { file?: string; fragment?: string; line?: number; column?: number; problemFile?: string; severity?: string }[];
    for (const c of cases.filter((x) => x.file && x.fragment)) {
      const file = path.join(CORPUS, c.problemFile ?? c.file!);
      const line = r.out.split('\n').find((l) => l.startsWith(`${file}:${c.line}:${c.column}: ${c.severity}: `) && l.includes(c.fragment!));
      assert.ok(line, `no line for ${c.file} (${c.fragment}) in:\n${r.out}`);
    }
    assert.ok(!r.out.includes('valid.annotations.yaml:'), 'the valid control file has no problems');
  });

  it('--json prints one machine-readable report', () => {
    const r = cli('check', '--json', path.join(CORPUS, 'reversed-span.annotations.yaml'));
    assert.equal(r.code, 1);
    const j = JSON.parse(r.out) as { ok: boolean; errors: number; reports: { file: string; problems: { line: number; column: number; message: string }[] }[] };
    assert.equal(j.ok, false);
    assert.equal(j.errors, 1);
    assert.deepEqual([j.reports[0].problems[0].line, j.reports[0].problems[0].column], [10, 26]);
  });

  it('exits 2 on usage errors', () => {
    assert.equal(cli('check').code, 2);
    assert.equal(cli('check', '--frobnicate', 'samples').code, 2);
  });

  it('reports a path that does not exist', () => {
    const r = cli('check', 'no/such/file.annotations.yaml');
    assert.equal(r.code, 1);
    assert.match(r.out, /no such file or folder/);
  });
});
