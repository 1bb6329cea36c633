// The sidecar store in the real extension host (issue 3's editor side): spans moved by live edits
// (inside, across and around mentions) and orphaned — never dropped — when their text goes;
// re-anchoring of an article changed while closed; orphans in the Problems panel, re-attached to a
// selection or deleted; Undo/Redo Annotation Change on the sidecar on disk; held changes merged by
// id with a sidecar rewritten on disk; schema violations, unknown versions, offsets out of range,
// non-UTF-8 and binary articles: diagnostics at line and column, read-only, nothing written.
// (annotator.test.ts covers the broken-YAML sidecar, a plain external reload and a simple live edit.)
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { serializeSidecar } from '../../../src/core/store/sidecar';
import type { TagEntityResult } from '../../../src/commands/tagEntity';
import type { RemoveAnnotationResult } from '../../../src/commands/removeAnnotation';
import type { StoreInfo } from '../../../src/workspace/annotationStore';
import { closeAll, folder, open, readSidecar, select, sidecarOf, state, until, uriOf } from './helpers';

const EXT_ID = 'article-annotator.article-annotator';
const SAMPLE = '002_f2ef60532da01a30.txt';

/** A fresh copy of the sample under another name, without a sidecar. */
function copySample(name: string): string {
  const file = path.join(folder(), name);
  fs.copyFileSync(path.join(folder(), SAMPLE), file);
  fs.rmSync(sidecarOf(file), { force: true });
  return file;
}

async function tag(file: string, type: string, quote: string, text: string): Promise<TagEntityResult> {
  const start = text.indexOf(quote);
  assert.ok(start >= 0, `"${quote}" in the article`);
  const r = await vscode.commands.executeCommand<TagEntityResult>('articleAnnotator.tagEntity', { uri: uriOf(file), type, start, end: start + quote.length });
  assert.ok(r, `tagged "${quote}"`);
  return r;
}

const orphanDiagnostics = (file: string) => vscode.languages.getDiagnostics(vscode.Uri.file(file)).filter((d) => d.code === 'orphaned');
const mentionsOf = (file: string) => readSidecar(file).entities.flatMap((e) => e.mentions.map((m) => ({ entity: e.id, ...m })));

async function replace(editor: vscode.TextEditor, from: string, to: string): Promise<void> {
  const d = editor.document;
  const at = d.getText().indexOf(from);
  assert.ok(at >= 0, `"${from}" in the editor`);
  assert.ok(await editor.edit((b) => b.replace(new vscode.Range(d.positionAt(at), d.positionAt(at + from.length)), to)));
}

describe('Sidecar store in the editor', function () {
  this.timeout(60000);
  before(closeAll);
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert').then(undefined, () => undefined);
    await closeAll();
  });

  let live = '';
  it('moves spans with typing inside, across and around mentions; destroyed text is orphaned, never dropped', async () => {
    live = copySample('store-live.txt');
    const editor = await open(live);
    const text = editor.document.getText();
    const ahmadi = await tag(live, 'person', 'Bahir Ahmadi', text);
    const airForce = await tag(live, 'organization', 'Afghan Air Force', text);
    await tag(live, 'location', 'Spin Boldak', text);
    await tag(live, 'organization', 'Agence France-Presse', text);
    const before = await state(live);
    assert.strictEqual(before.accepted, 4);

    // around: before every mention, and right at the start / end of one
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'BREAKING: ')));
    const spin = editor.document.getText().indexOf('Spin Boldak');
    assert.ok(await editor.edit((b) => b.insert(editor.document.positionAt(spin + 11), ' crossing')));
    assert.ok(await editor.edit((b) => b.insert(editor.document.positionAt(spin), 'the ')));
    // inside: a typo in a name; across: an edit over the start of a mention (its text survives)
    const bahir = editor.document.getText().indexOf('Bahir Ahmadi');
    assert.ok(await editor.edit((b) => b.insert(editor.document.positionAt(bahir + 5), 'x')));
    await replace(editor, 'The Afghan', 'An Afghan');
    // destroyed: the credit line with a mention in it
    await replace(editor, 'Javed Tanveer/Agence France-Presse — Getty Images', 'Staff photo');

    const d = await until('live edits applied', async () => { const x = await state(live); return x.version === editor.document.version ? x : undefined; });
    assert.strictEqual(d.accepted, 2, 'the name with a typo and the place typed around stay highlighted');
    assert.deepStrictEqual(d.orphans.map((o) => o.quote).sort(), ['Afghan Air Force', 'Agence France-Presse']);
    assert.strictEqual(d.entities, 4, 'nothing dropped');
    assert.strictEqual(d.store.reanchors, before.store.reanchors, 'typing moved spans from the change events: no re-scan of the text');
    const diags = await until('orphans in the Problems panel', async () => orphanDiagnostics(live).length === 2 && orphanDiagnostics(live));
    assert.ok(diags.some((x) => x.message.includes('Agence France-Presse') && x.severity === vscode.DiagnosticSeverity.Warning), diags.map((x) => x.message).join('; '));

    // The next save re-finds what is still in the text and keeps the destroyed one as an orphan.
    const now = editor.document.getText();
    await tag(live, 'person', 'President Biden', now);
    const ms = mentionsOf(live);
    const by = (id: string) => ms.filter((m) => m.entity === id);
    assert.deepStrictEqual(by(ahmadi.entityId).map((m) => [m.start, m.quote, !!m.orphaned]), [[now.indexOf('Bahirx Ahmadi'), 'Bahirx Ahmadi', false]]);
    assert.deepStrictEqual(by(airForce.entityId).map((m) => [m.start, m.quote, !!m.orphaned]), [[now.indexOf('Afghan Air Force'), 'Afghan Air Force', false]]);
    const spinMention = ms.find((m) => m.quote === 'Spin Boldak')!;
    assert.strictEqual(spinMention.start, now.indexOf('Spin Boldak'));
    const afp = ms.filter((m) => m.quote === 'Agence France-Presse');
    assert.strictEqual(afp.length, 1, 'the orphan is kept in the sidecar');
    assert.strictEqual(afp[0].orphaned, true);
    for (const m of ms) if (!m.orphaned) assert.strictEqual(now.slice(m.start, m.end), m.quote, `${m.quote} sits on its text`);
    const after = await state(live);
    assert.deepStrictEqual(after.orphans.map((o) => o.quote), ['Agence France-Presse']);
    assert.strictEqual(after.store.reanchors, before.store.reanchors + 1, 'one re-anchoring, at the save');
  });

  it('Re-attach Orphaned Annotation puts an orphan on the selection; undo and redo follow on disk', async () => {
    const editor = await open(live);
    const [orphan] = (await state(live)).orphans;
    assert.ok(orphan, 'an orphan to re-attach');
    const at = editor.document.getText().indexOf('Staff photo');
    select(editor, at, at + 'Staff photo'.length);
    const r = await vscode.commands.executeCommand<{ key: string; quote: string }>('articleAnnotator.reattachOrphan', { uri: uriOf(live), key: orphan.key });
    assert.deepStrictEqual(r, { key: orphan.key, quote: 'Staff photo' });
    const m = mentionsOf(live).find((x) => x.quote === 'Staff photo')!;
    assert.deepStrictEqual([m.start, m.end, !!m.orphaned], [at, at + 11, false]);
    assert.ok(!mentionsOf(live).some((x) => x.quote === 'Agence France-Presse'));
    await until('orphan no longer listed', async () => { const x = await state(live); return x.orphans.length === 0 && orphanDiagnostics(live).length === 0; });

    const u = await vscode.commands.executeCommand<{ label: string }>('articleAnnotator.undo', { uri: uriOf(live) });
    assert.match(u.label, /Re-attach 'Agence France-Presse'/);
    assert.strictEqual(mentionsOf(live).find((x) => x.quote === 'Agence France-Presse')?.orphaned, true, 'undo: orphan again on disk');
    await vscode.commands.executeCommand('articleAnnotator.redo', { uri: uriOf(live) });
    assert.ok(mentionsOf(live).some((x) => x.quote === 'Staff photo' && !x.orphaned), 'redo: re-attached again');

    // Without a selection the command says what to do and changes nothing.
    select(editor, at, at);
    const before = fs.readFileSync(sidecarOf(live), 'utf8');
    assert.strictEqual(await vscode.commands.executeCommand('articleAnnotator.reattachOrphan', { uri: uriOf(live), key: orphan.key }), undefined);
    assert.strictEqual(fs.readFileSync(sidecarOf(live), 'utf8'), before);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('re-anchors an article changed on disk while closed: moved mention found, irreparable one orphaned and deletable', async () => {
    const file = copySample('store-closed.txt');
    const editor = await open(file);
    const text = editor.document.getText();
    const ahmadi = await tag(file, 'person', 'Bahir Ahmadi', text);
    const spin = await tag(file, 'location', 'Spin Boldak', text);
    await closeAll();
    const changed = `UPDATE (Saturday): the Taliban said they had taken more districts.\n\n${text.replace('Spin Boldak', 'the border town')}`;
    fs.writeFileSync(file, changed);
    const sidecarText = fs.readFileSync(sidecarOf(file), 'utf8');

    await open(file);
    const d = await until('re-anchored on open', async () => { const x = await state(file); return x.accepted === 1 && x.orphans.length === 1 ? x : undefined; });
    assert.strictEqual(d.orphans[0].quote, 'Spin Boldak');
    assert.strictEqual(d.entities, 2);
    assert.ok((await until('orphan diagnostic', async () => orphanDiagnostics(file).length === 1 && orphanDiagnostics(file)))[0].message.includes('Spin Boldak'));
    assert.strictEqual(fs.readFileSync(sidecarOf(file), 'utf8'), sidecarText, 'opening does not rewrite the sidecar');

    const r = await vscode.commands.executeCommand<{ quote: string }>('articleAnnotator.deleteOrphan', { uri: uriOf(file), key: d.orphans[0].key });
    assert.strictEqual(r.quote, 'Spin Boldak');
    const doc = readSidecar(file);
    assert.deepStrictEqual(doc.entities.map((e) => e.id), [ahmadi.entityId], 'deleted explicitly: the entity went with its only mention');
    assert.deepStrictEqual([doc.entities[0].mentions[0].start, doc.entities[0].mentions[0].quote], [changed.indexOf('Bahir Ahmadi'), 'Bahir Ahmadi']);
    await vscode.commands.executeCommand('articleAnnotator.undo', { uri: uriOf(file) });
    const back = readSidecar(file).entities.find((e) => e.id === spin.entityId);
    assert.ok(back && back.mentions[0].orphaned === true && back.mentions[0].quote === 'Spin Boldak', 'undo brings the orphan back, still orphaned');
  });

  it('re-anchors an open article rewritten on disk (VS Code reloads it): moved mention found, lost one orphaned', async () => {
    const file = copySample('store-open.txt');
    const editor = await open(file);
    const text = editor.document.getText();
    await tag(file, 'person', 'Bahir Ahmadi', text);
    await tag(file, 'location', 'Spin Boldak', text);
    const changed = `UPDATE (Saturday): more districts fell.\n\n${text.replace('Spin Boldak', 'the border town')}`;
    fs.writeFileSync(file, changed);
    await until('document reloaded from disk', async () => editor.document.getText() === changed, 15000);
    const d = await until('re-anchored', async () => { const x = await state(file); return x.accepted === 1 && x.orphans.length === 1 ? x : undefined; });
    assert.strictEqual(d.orphans[0].quote, 'Spin Boldak');
    assert.strictEqual(editor.document.isDirty, false);
  });

  it('Undo / Redo Annotation Change revert and re-apply tag, remove and reject on the sidecar on disk', async () => {
    const file = copySample('store-undo.txt');
    const editor = await open(file);
    const text = editor.document.getText();
    const undo = () => vscode.commands.executeCommand<{ label: string } | undefined>('articleAnnotator.undo', { uri: uriOf(file) });
    const redo = () => vscode.commands.executeCommand<{ label: string } | undefined>('articleAnnotator.redo', { uri: uriOf(file) });
    const t = await tag(file, 'person', 'Bahir Ahmadi', text);
    assert.strictEqual(readSidecar(file).entities.length, 1);
    assert.strictEqual((await undo())?.label, "Tag Entity 'Bahir Ahmadi'");
    assert.strictEqual(readSidecar(file).entities.length, 0, 'undo: the entity is gone from the file');
    assert.strictEqual((await state(file)).accepted, 0);
    assert.strictEqual((await redo())?.label, "Tag Entity 'Bahir Ahmadi'");
    assert.deepStrictEqual(readSidecar(file).entities.map((e) => e.id), [t.entityId], 'redo: back with the same id');

    const removed = await vscode.commands.executeCommand<RemoveAnnotationResult>('articleAnnotator.removeAnnotation', { uri: uriOf(file), offset: t.start + 1 });
    assert.strictEqual(removed.removed, 'entity');
    assert.strictEqual(readSidecar(file).entities.length, 0);
    await undo();
    assert.deepStrictEqual(readSidecar(file).entities.map((e) => e.id), [t.entityId], 'undo of a removal restores the entity');

    const s = (await state(file)).suggestions;
    const friday = text.indexOf('Friday') + 1;
    const rejected = await vscode.commands.executeCommand<RemoveAnnotationResult>('articleAnnotator.removeAnnotation', { uri: uriOf(file), offset: friday });
    assert.strictEqual(rejected.removed, 'suggestion');
    assert.strictEqual(readSidecar(file).rejected.length, 1);
    assert.match((await undo())!.label, /^Reject /);
    assert.strictEqual(readSidecar(file).rejected.length, 0, 'undo of a rejection brings the suggestion back');
    await until('suggestion shown again', async () => (await state(file)).suggestions === s);
    const info = (await state(file)).store;
    assert.ok(info.undo && info.redo, `history labels: ${JSON.stringify(info)}`);
    assert.ok(editor.document.getText() === text, 'the article text is untouched by annotation undo');
  });

  it('merges by id when the sidecar changes on disk while changes are not yet written', async () => {
    const file = copySample('store-merge.txt');
    const editor = await open(file);
    const text = editor.document.getText();
    const a = await tag(file, 'person', 'Bahir Ahmadi', text);
    const held = await vscode.commands.executeCommand<StoreInfo>('articleAnnotator._holdWrites', { uri: uriOf(file), hold: true });
    assert.strictEqual(held.held, true);
    try {
      const b = await tag(file, 'location', 'Spin Boldak', text);
      assert.strictEqual((await state(file)).store.unsaved, true);
      assert.deepStrictEqual(readSidecar(file).entities.map((e) => e.id), [a.entityId], 'not written yet');

      // Someone else adds an entity to the file (git pull, another editor).
      const theirs = readSidecar(file);
      const at = text.indexOf('Afghan Air Force');
      theirs.entities.push({ id: 'afghan-air-force-c0ffee', name: 'Afghan Air Force', type: 'organization', mentions: [{ start: at, end: at + 16, quote: 'Afghan Air Force' }] });
      fs.writeFileSync(sidecarOf(file), `# edited on another machine\n${serializeSidecar(theirs)}`);

      const d = await until('merged in memory', async () => { const x = await state(file); return x.entities === 3 ? x : undefined; }, 15000);
      assert.strictEqual(d.accepted, 3);
      assert.strictEqual(d.store.unsaved, true);
      await vscode.commands.executeCommand('articleAnnotator._holdWrites', { uri: uriOf(file), hold: false });
      const doc = readSidecar(file);
      assert.deepStrictEqual(doc.entities.map((e) => e.id).sort(), [a.entityId, b.entityId, 'afghan-air-force-c0ffee'].sort(), 'both sides kept');
      assert.ok(fs.readFileSync(sidecarOf(file), 'utf8').startsWith('# edited on another machine'), 'their comment kept');
      assert.strictEqual((await state(file)).store.unsaved, false);
    } finally {
      await vscode.commands.executeCommand('articleAnnotator._holdWrites', { uri: uriOf(file), hold: false });
    }
    assert.strictEqual(editor.document.isDirty, false);
  });

  describe('bad input: reported at line and column, read-only, nothing written', () => {
    const corpus = () => path.join(vscode.extensions.getExtension(EXT_ID)!.extensionPath, 'test/data/bad-sidecars');
    interface Case { file?: string; fragment?: string; line?: number; column?: number; problemFile?: string }
    const cases = (): Case[] => JSON.parse(fs.readFileSync(path.join(corpus(), 'cases.json'), 'utf8')) as Case[];
    const bad = (name: string) => {
      const dir = path.join(folder(), 'bad');
      fs.mkdirSync(dir, { recursive: true });
      return path.join(dir, name);
    };

    for (const name of ['unknown-version', 'bad-enum', 'wrong-type', 'missing-key', 'offset-out-of-range']) {
      it(`${name}: a diagnostic on the sidecar at the right line and column`, async () => {
        const c = cases().find((x) => x.file === `${name}.annotations.yaml`)!;
        assert.ok(c?.fragment && c.line && c.column, `case ${name} in cases.json`);
        const file = bad(`${name}.txt`);
        fs.copyFileSync(path.join(corpus(), 'article.txt'), file);
        const raw = fs.readFileSync(path.join(corpus(), c.file!), 'utf8');
        fs.writeFileSync(sidecarOf(file), raw);
        await open(file);
        const d = await until('read-only', async () => { const x = await state(file); return x.readOnly ? x : undefined; });
        assert.ok(d.problems.some((p) => p.includes(c.fragment!)), d.problems.join('; '));
        const diags = vscode.languages.getDiagnostics(vscode.Uri.file(sidecarOf(file)));
        const hit = diags.find((x) => x.message.includes(c.fragment!));
        assert.ok(hit, `diagnostic "${c.fragment}" among ${diags.map((x) => x.message).join('; ')}`);
        assert.deepStrictEqual([hit.range.start.line + 1, hit.range.start.character + 1], [c.line, c.column]);
        assert.strictEqual(hit.severity, vscode.DiagnosticSeverity.Error);
        const r = await vscode.commands.executeCommand('articleAnnotator.tagEntity', { uri: uriOf(file), type: 'organization', start: 0, end: 7 });
        assert.strictEqual(r, undefined, 'tagging refused');
        assert.strictEqual(await vscode.commands.executeCommand('articleAnnotator.undo', { uri: uriOf(file) }), undefined);
        assert.strictEqual(fs.readFileSync(sidecarOf(file), 'utf8'), raw, 'never overwritten');
      });
    }

    it('a non-UTF-8 article: diagnostic on the article, no sidecar written', async () => {
      const c = cases().find((x) => x.problemFile === 'latin1.txt')!;
      const file = bad('latin1.txt');
      fs.copyFileSync(path.join(corpus(), 'latin1.txt'), file);
      await open(file);
      const d = await until('read-only', async () => { const x = await state(file); return x.readOnly ? x : undefined; });
      assert.ok(d.problems.some((p) => p.includes('not valid UTF-8')), d.problems.join('; '));
      const diag = vscode.languages.getDiagnostics(vscode.Uri.file(file)).find((x) => x.message.includes('not valid UTF-8'));
      assert.ok(diag, 'diagnostic on the article');
      assert.deepStrictEqual([diag.range.start.line + 1, diag.range.start.character + 1], [c.line, c.column]);
      assert.strictEqual(await vscode.commands.executeCommand('articleAnnotator.tagEntity', { uri: uriOf(file), type: 'person', start: 0, end: 2 }), undefined);
      assert.ok(!fs.existsSync(sidecarOf(file)), 'no sidecar created');
    });

    it('a binary article: a clear reason, no sidecar written', async () => {
      const file = bad('binary.txt');
      fs.copyFileSync(path.join(corpus(), 'binary.bin.txt'), file);
      assert.strictEqual(await vscode.commands.executeCommand('articleAnnotator.tagEntity', { uri: uriOf(file), type: 'person', start: 0, end: 2 }), undefined);
      try {
        const d = await state(file);
        assert.ok(d.readOnly && d.problems.some((p) => p.includes('looks binary')), d.problems.join('; '));
      } catch (err) {
        assert.match(String(err), /looks binary/);
      }
      assert.ok(!fs.existsSync(sidecarOf(file)), 'no sidecar created');
    });
  });
});
