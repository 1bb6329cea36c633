import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseSidecar, serializeSidecar } from '../../../src/core/store/sidecar';
import type { AnnotationDoc } from '../../../src/core/model';
import { ARTICLE, claim, entity, sampleDoc } from './fixtures';

const ROOT = path.resolve(__dirname, '../../..');
const SIDECAR = 'article.annotations.yaml';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A repo with the article and its sidecar on main, and branches a and b that each change the sidecar. */
function repo(changeA: (d: AnnotationDoc) => void, changeB: (d: AnnotationDoc) => void, comment = ''): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'aa-git-'));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 't@example.com');
  git(dir, 'config', 'user.name', 'Test');
  git(dir, 'config', 'commit.gpgsign', 'false');
  writeFileSync(path.join(dir, 'article.txt'), ARTICLE);
  const base = comment + serializeSidecar(sampleDoc());
  writeFileSync(path.join(dir, SIDECAR), base);
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'base');
  for (const [branch, change] of [['a', changeA], ['b', changeB]] as const) {
    git(dir, 'checkout', '-q', '-b', branch, 'main');
    const text = readFileSync(path.join(dir, SIDECAR), 'utf8');
    const d = parseSidecar(text, SIDECAR).doc!;
    change(d);
    writeFileSync(path.join(dir, SIDECAR), serializeSidecar(d, text));
    git(dir, 'commit', '-q', '--allow-empty', '-am', branch);
  }
  git(dir, 'checkout', '-q', 'a');
  return dir;
}

function useDriver(dir: string): void {
  // The CLI from source through tsx (its ESM loader resolves the dynamic imports of subcommands).
  const tsx = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
  const cli = path.join(ROOT, 'src/cli.ts');
  git(dir, 'config', 'merge.article-annotator.name', 'Article Annotator sidecars');
  git(dir, 'config', 'merge.article-annotator.driver', `"${process.execPath}" --import "${tsx}" "${cli}" merge-driver %O %A %B %P`);
  writeFileSync(path.join(dir, '.gitattributes'), '*.annotations.yaml merge=article-annotator\n');
}

function merge(dir: string): { ok: boolean; out: string } {
  const r = spawnSync('git', ['merge', '--no-edit', 'b'], { cwd: dir, encoding: 'utf8' });
  return { ok: r.status === 0, out: r.stdout + r.stderr };
}

// Both branches add an entity right after Kandahar (nearby positions → adjacent lines) and each
// edits a different existing entry.
const addNearbyA = (d: AnnotationDoc) => {
  d.entities.push(entity('friday-111111', 'date', 'Friday'));
  d.entities.find((e) => e.id === 'kandahar-bbbbbb')!.type = 'organization';
};
const addNearbyB = (d: AnnotationDoc) => {
  d.entities.push(entity('officials-222222', 'organization', 'officials'));
  d.claims[0].status = 'disputed';
  d.claims.push(claim('c-333333', 'Around 65 percent'));
};

describe('store: git merges of sidecars (real git)', function () {
  this.timeout(60000);
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('plain git conflicts when both branches add annotations at nearby positions (why the driver exists)', () => {
    const dir = repo(addNearbyA, addNearbyB);
    dirs.push(dir);
    const r = merge(dir);
    assert.equal(r.ok, false, r.out);
    assert.match(r.out, /CONFLICT/);
  });

  it('plain git merges cleanly when the additions are far apart (entries sorted by position, one mention per line)', () => {
    const dir = repo(
      (d) => d.entities.push(entity('eu-111111', 'organization', 'EU')),
      (d) => d.entities[0].mentions.pop(),
    );
    dirs.push(dir);
    const r = merge(dir);
    assert.equal(r.ok, true, r.out);
    const d = parseSidecar(readFileSync(path.join(dir, SIDECAR), 'utf8'), SIDECAR);
    assert.equal(d.readOnly, false);
    assert.ok(d.doc!.entities.some((e) => e.id === 'eu-111111'));
    assert.equal(d.doc!.entities.find((e) => e.id === 'taliban-aaaaaa')!.mentions.length, 1);
  });

  it('with the merge driver, nearby additions and edits on both branches merge without conflict', () => {
    const dir = repo(addNearbyA, addNearbyB, '# hand comment kept by the merge\n');
    dirs.push(dir);
    useDriver(dir);
    const r = merge(dir);
    assert.equal(r.ok, true, r.out);
    const text = readFileSync(path.join(dir, SIDECAR), 'utf8');
    assert.ok(!text.includes('<<<<<<<'));
    assert.ok(text.startsWith('# hand comment kept by the merge\n'), text);
    const d = parseSidecar(text, SIDECAR);
    assert.deepEqual(d.problems, []);
    const doc = d.doc!;
    assert.deepEqual(doc.entities.map((e) => e.id), ['taliban-aaaaaa', 'kandahar-bbbbbb', 'friday-111111', 'officials-222222']);
    assert.equal(doc.entities[1].type, 'organization');
    assert.deepEqual(doc.claims.map((c) => [c.id, c.status]), [['c-cccccc', 'disputed'], ['c-333333', 'unverified']]);
    assert.equal(git(dir, 'status', '--porcelain', '--untracked-files=no').trim(), '');
  });

  it('with the merge driver, mentions added to the same entity on both branches are all kept', () => {
    const dir = repo(
      (d) => d.entities[1].mentions.push({ start: 0, end: 7, quote: 'Taliban' }),
      (d) => d.entities[1].mentions.push({ start: 8, end: 16, quote: 'fighters' }),
    );
    dirs.push(dir);
    useDriver(dir);
    assert.equal(merge(dir).ok, true);
    const doc = parseSidecar(readFileSync(path.join(dir, SIDECAR), 'utf8'), SIDECAR).doc!;
    assert.deepEqual(doc.entities.find((e) => e.id === 'kandahar-bbbbbb')!.mentions.map((m) => m.start), [0, 8, 25]);
  });

  it('the driver falls back to conflict markers when a side does not parse', () => {
    const dir = repo((d) => d.entities.push(entity('friday-111111', 'date', 'Friday')), () => undefined);
    dirs.push(dir);
    git(dir, 'checkout', '-q', 'b');
    writeFileSync(path.join(dir, SIDECAR), 'version: 1\narticle: [broken\n');
    git(dir, 'commit', '-q', '-am', 'break');
    git(dir, 'checkout', '-q', 'a');
    useDriver(dir);
    const r = merge(dir);
    assert.equal(r.ok, false);
    assert.match(readFileSync(path.join(dir, SIDECAR), 'utf8'), /<<<<<<< ours/);
  });
});
