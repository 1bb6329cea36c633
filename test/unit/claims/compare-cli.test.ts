import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { command } from '../../../src/cli/compare';
import { newDoc, serializeSidecar } from '../../../src/core/store/sidecar';
import type { Claim } from '../../../src/core/model';

const CLAIM_ARTICLE = 'Rebels claim most of the province\n\nMay 6, 2021\n\nA rebel spokesman said the group now controls 85 percent of the province.\n';
const ESTIMATE_ARTICLE = 'June 1, 2021\n\nThe militia holds around 40 percent of the province, according to a United Nations estimate.\n';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const so = process.stdout.write.bind(process.stdout);
  const se = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((s: string) => { out.push(s); return true; }) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => { err.push(s); return true; }) as typeof process.stderr.write;
  try {
    const code = await command.run(args);
    return { code, out: out.join(''), err: err.join('') };
  } finally {
    process.stdout.write = so;
    process.stderr.write = se;
  }
}

describe('cli: compare', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'compare-'));
    writeFileSync(path.join(dir, 'a.txt'), CLAIM_ARTICLE);
    writeFileSync(path.join(dir, 'b.txt'), ESTIMATE_ARTICLE);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('uses detected claims when there is no sidecar, says so, and flags the claim outside the estimates', async () => {
    const r = await run(['--topic', 'control', '--json', dir]);
    assert.equal(r.code, 0, r.err);
    const out = JSON.parse(r.out) as { topics: Array<{ topic: string; claims: Array<{ kind: string; outside: boolean; source: string; date: string; summary: string }> }>; detected: string[] };
    assert.equal(out.detected.length, 2);
    const claims = out.topics[0].claims;
    assert.deepEqual(claims.map((c) => [c.kind, c.outside, c.date]), [['claim', true, '2021-05-06'], ['estimate', false, '2021-06-01']]);
    assert.ok(claims.every((c) => c.source === 'detected'));
    assert.match(claims[0].summary, /85 % · independent estimate 40 % · outside all estimates/);
  });

  it('prefers the claims of a sidecar', async () => {
    const doc = newDoc('a.txt', CLAIM_ARTICLE);
    const start = CLAIM_ARTICLE.indexOf('the group now');
    const quote = 'the group now controls 85 percent of the province';
    const c: Claim = {
      id: 'c-hand', start, end: start + quote.length, quote, claimant: 'e-rebels', kind: 'claim', topic: 'control',
      value: { min: 85, max: 85, unit: 'percent', text: '85 percent' }, status: 'disputed',
    };
    doc.claims.push(c);
    doc.entities.push({ id: 'e-rebels', name: 'Rebels (hand-tagged)', type: 'organization', mentions: [{ start: 0, end: 6, quote: 'Rebels' }] });
    writeFileSync(path.join(dir, 'a.annotations.yaml'), serializeSidecar(doc));
    const r = await run(['--topic', 'control', dir]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Rebels \(hand-tagged\)/);
    assert.match(r.out, /!! outside all estimates/);
    assert.match(r.err, /detected claims used: b\.txt/);
    assert.doesNotMatch(r.err, /a\.txt/);
  });

  it('lists topics, and reports usage errors with exit 2', async () => {
    const t = await run(['--topics', dir]);
    assert.equal(t.code, 0);
    assert.match(t.out, /^control\t2$/m);
    assert.equal((await run([])).code, 2);
    assert.equal((await run(['--bogus', dir])).code, 2);
    assert.equal((await run([path.join(dir, 'missing')])).code, 2);
  });

  it('runs from the built bundle (dist/cli.js) when it exists', function () {
    const cli = path.resolve(__dirname, '../../../dist/cli.js');
    if (!existsSync(cli)) this.skip();
    const r = spawnSync(process.execPath, [cli, 'compare', '--topic', 'control', dir], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /outside all estimates/);
  });
});
