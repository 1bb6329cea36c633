// Entities in the editor (issue 4), inside the real extension host: the hover (content and command
// links), Accept / Reject Suggestion (rejection kept in the sidecar across a reopen), Change Entity
// Type, Accept All Suggestions, Tag All Occurrences, Next / Previous Entity, the settings (types
// detected, custom types, user gazetteer) and the keystroke → decorations latency in a 1 MB article.
// Works on its own copies of the samples (e4-*.txt) so other suites' sidecars do not interfere.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { parseSidecar } from '../../../src/core/store/sidecar';
import type { AnnotationDoc } from '../../../src/core/model';
import type { DebugDocument } from '../../../src/commands/debugState';
import type { ShownSuggestion } from '../../../src/workspace/articleView';
import { folder, open, sidecarOf, state as sharedState, typeInBigArticle, uriOf } from './helpers';

const sample = (name: string) => fs.readFileSync(path.join(folder(), name), 'utf8');

const state = (file: string) => sharedState(file, true);

function readSidecar(file: string): AnnotationDoc {
  const p = sidecarOf(file);
  assert.ok(fs.existsSync(p), `${path.basename(p)} exists`);
  const parsed = parseSidecar(fs.readFileSync(p, 'utf8'), p);
  assert.deepStrictEqual(parsed.problems, [], 'sidecar parses');
  return parsed.doc!;
}

async function hoverText(file: string, offset: number): Promise<string> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset));
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

/** The most frequent suggested name (of the wanted type) and its first span. */
function frequent(d: DebugDocument, type?: string): { name: string; type: string; count: number; first: ShownSuggestion } {
  const top = d.suggested.find((s) => (!type || s.type === type) && s.count >= 2)!;
  assert.ok(top, `a suggested ${type ?? 'entity'} with 2+ mentions in ${JSON.stringify(d.suggested.slice(0, 5))}`);
  const first = d.spans!.suggestions.find((s) => s.type === top.type && s.name.toLowerCase() === top.name.toLowerCase())!;
  return { ...top, first };
}

const mentionCount = (doc: AnnotationDoc) => doc.entities.reduce((n, e) => n + e.mentions.length, 0);

async function setConfig(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('articleAnnotator').update(key, value, vscode.ConfigurationTarget.Workspace);
}

describe('Entities in the editor', function () {
  this.timeout(60000);
  const A = () => path.join(folder(), 'e4-a.txt');
  const B = () => path.join(folder(), 'e4-b.txt');
  const C = () => path.join(folder(), 'e4-c.txt');
  const D = () => path.join(folder(), 'e4-d.txt');

  before(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.writeFileSync(A(), sample('003_85bd433f51a7fafa.txt'));
    fs.writeFileSync(B(), sample('001_1f224ee1da4da45c.txt'));
    fs.writeFileSync(C(), sample('004_84d9c43e08837843.txt'));
    fs.writeFileSync(D(), sample('003_85bd433f51a7fafa.txt'));
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const f of [A(), B(), C(), D()]) for (const p of [f, sidecarOf(f)]) fs.rmSync(p, { force: true });
    fs.rmSync(path.join(folder(), 'e4-big.txt'), { force: true });
  });

  it('hover on a suggestion: name, type, mentions here and across the workspace, command links', async () => {
    await open(A());
    const d = await state(A());
    const top = frequent(d);
    const b = await state(B());
    const inB = b.suggested.filter((s) => s.type === top.type && s.name.toLowerCase() === top.name.toLowerCase()).reduce((n, s) => n + s.count, 0);
    const md = await hoverText(A(), top.first.start + 1);
    assert.ok(md.includes(top.type) && md.includes('suggested'), md);
    assert.ok(md.replace(/\\/g, '').includes(top.name), `name ${top.name} in ${md}`);
    assert.ok(md.includes(`**${top.count}** in this article`), `count ${top.count} in ${md}`);
    const across = Number(/\*\*(\d+)\*\* in (\d+) articles? of the workspace/.exec(md)?.[1]);
    assert.ok(across >= top.count + inB, `workspace count ${across} ≥ ${top.count} + ${inB}: ${md}`);
    for (const cmd of ['acceptSuggestion', 'rejectSuggestion', 'changeEntityType', 'tagAllOccurrences']) {
      assert.ok(md.includes(`command:articleAnnotator.${cmd}?`), `${cmd} link in ${md}`);
    }
    assert.ok(!md.includes('removeAnnotation'), 'no Remove on a suggestion');
    // between entities: no hover of ours
    const gap = d.spans!.suggestions.findIndex((s, i, all) => i > 0 && s.start - all[i - 1].end > 3);
    const between = await hoverText(A(), d.spans!.suggestions[gap].start - 2);
    assert.ok(!between.includes('in this article'), `no entity hover between entities: ${between}`);
  });

  it('Accept Suggestion (at an offset) writes it to the sidecar; the hover then offers Remove', async () => {
    const before = await state(A());
    const top = frequent(before);
    const r = await vscode.commands.executeCommand<{ entityId: string; name: string; type: string }>('articleAnnotator.acceptSuggestion', { uri: uriOf(A()), offset: top.first.start });
    assert.ok(r, 'accepted');
    assert.strictEqual(r.type, top.type);
    const doc = readSidecar(A());
    const e = doc.entities.find((x) => x.id === r.entityId)!;
    assert.deepStrictEqual(e.mentions.map((m) => [m.start, m.end]), [[top.first.start, top.first.end]]);
    const after = await state(A());
    assert.strictEqual(after.accepted, before.accepted + 1);
    assert.strictEqual(after.suggestions, before.suggestions - 1);
    const md = await hoverText(A(), top.first.start + 1);
    assert.ok(md.includes('accepted') && md.includes('command:articleAnnotator.removeAnnotation?'), md);
    assert.ok(md.includes('**1** in this article'), `only the accepted mention counts for the entity: ${md}`);
  });

  it('Reject Suggestion is remembered in the sidecar and stays gone after reopening', async () => {
    const before = await state(A());
    const s = before.spans!.suggestions.find((x) => x.type !== 'date')!;
    const r = await vscode.commands.executeCommand<{ type: string; start: number }>('articleAnnotator.rejectSuggestion', { uri: uriOf(A()), offset: s.start });
    assert.deepStrictEqual([r.type, r.start], [s.type, s.start]);
    assert.ok(readSidecar(A()).rejected.some((x) => x.start === s.start && x.end === s.end && x.type === s.type), 'rejection in the sidecar');
    const gone = (d: DebugDocument) => !d.spans!.suggestions.some((x) => x.start === s.start && x.end === s.end);
    assert.ok(gone(await state(A())), 'suggestion gone');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await open(A());
    const reopened = await state(A());
    assert.ok(gone(reopened), 'still gone after reopening');
    assert.strictEqual(reopened.suggestions, before.suggestions - 1);
  });

  it('Accept / Reject Suggestion under the cursor; a clear error when nothing is suggested there', async () => {
    const editor = await open(A());
    const d = await state(A());
    const s = d.spans!.suggestions[d.spans!.suggestions.length - 1];
    editor.selection = new vscode.Selection(editor.document.positionAt(s.start + 1), editor.document.positionAt(s.start + 1));
    const r = await vscode.commands.executeCommand<{ entityId: string }>('articleAnnotator.acceptSuggestion');
    assert.ok(r?.entityId, 'accepted under the cursor');
    assert.ok(readSidecar(A()).entities.some((e) => e.id === r.entityId && e.mentions.some((m) => m.start === s.start)), 'in the sidecar');
    // on the now accepted span there is no suggestion: the command reports it (guarded → undefined)
    const again = await vscode.commands.executeCommand('articleAnnotator.rejectSuggestion');
    assert.strictEqual(again, undefined);
  });

  it('Change Entity Type retypes an accepted entity, and accepts a suggestion with the new type', async () => {
    const d = await state(A());
    const acc = d.spans!.accepted[0];
    const to = acc.type === 'organization' ? 'location' : 'organization';
    const r = await vscode.commands.executeCommand<{ entityId: string; type: string; from: string }>('articleAnnotator.changeEntityType', { uri: uriOf(A()), offset: acc.start, type: to });
    assert.deepStrictEqual([r.type, r.from], [to, acc.type]);
    assert.strictEqual(readSidecar(A()).entities.find((e) => e.id === r.entityId)?.type, to);
    const s = (await state(A())).spans!.suggestions.find((x) => x.type === 'date')!;
    const r2 = await vscode.commands.executeCommand<{ entityId: string; type: string; from: string }>('articleAnnotator.changeEntityType', { uri: uriOf(A()), offset: s.start, type: 'quantity' });
    assert.deepStrictEqual([r2.type, r2.from], ['quantity', 'date']);
    const e = readSidecar(A()).entities.find((x) => x.id === r2.entityId)!;
    assert.strictEqual(e.type, 'quantity');
    assert.ok(e.mentions.some((m) => m.start === s.start && m.end === s.end));
    const bad = await vscode.commands.executeCommand('articleAnnotator.changeEntityType', { uri: uriOf(A()), offset: s.start, type: 'nonsense' });
    assert.strictEqual(bad, undefined, 'unknown type refused');
  });

  it('Accept All Suggestions in Article accepts every suggestion (no dialog with confirm: false)', async () => {
    await open(C());
    const before = await state(C());
    assert.ok(before.suggestions > 10, `suggestions in C: ${before.suggestions}`);
    const r = await vscode.commands.executeCommand<{ count: number; entities: number }>('articleAnnotator.acceptAllSuggestions', { uri: uriOf(C()), confirm: false });
    assert.strictEqual(r.count, before.suggestions);
    const after = await state(C());
    assert.strictEqual(after.suggestions, 0);
    assert.strictEqual(after.accepted, before.suggestions);
    assert.strictEqual(mentionCount(readSidecar(C())), before.suggestions);
    assert.strictEqual(readSidecar(C()).entities.length, r.entities);
  });

  it('Tag All Occurrences tags whole-word matches only, as one entity', async () => {
    await open(D());
    const text = fs.readFileSync(D(), 'utf8');
    const phrase = 'province';
    const whole = [...text.matchAll(/(?<![\p{L}\p{N}_])province(?![\p{L}\p{N}_])/gu)].length;
    const any = text.split(phrase).length - 1;
    assert.ok(whole >= 2 && any > whole, `test text has ${whole} whole-word and ${any} total occurrences`);
    const r = await vscode.commands.executeCommand<{ entityId: string; count: number; type: string }>('articleAnnotator.tagAllOccurrences', { uri: uriOf(D()), text: phrase, type: 'location' });
    assert.strictEqual(r.count, whole);
    const e = readSidecar(D()).entities.find((x) => x.id === r.entityId)!;
    assert.strictEqual(e.mentions.length, whole);
    assert.ok(e.mentions.every((m) => m.quote === phrase), 'only whole words');
    const again = await vscode.commands.executeCommand<{ count: number; skipped: number }>('articleAnnotator.tagAllOccurrences', { uri: uriOf(D()), text: phrase, type: 'location' });
    assert.deepStrictEqual([again.count, again.skipped], [0, whole], 'nothing twice');
  });

  it('Next / Previous Entity move the selection from entity to entity, wrapping around', async () => {
    const editor = await open(D());
    const d = await state(D());
    const all = [...d.spans!.accepted, ...d.spans!.suggestions].sort((a, b) => a.start - b.start || a.end - b.end);
    const sel = () => [editor.document.offsetAt(editor.selection.start), editor.document.offsetAt(editor.selection.end)];
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('articleAnnotator.nextEntity');
    assert.deepStrictEqual(sel(), [all[0].start, all[0].end]);
    await vscode.commands.executeCommand('articleAnnotator.nextEntity');
    assert.deepStrictEqual(sel(), [all[1].start, all[1].end]);
    await vscode.commands.executeCommand('articleAnnotator.previousEntity');
    assert.deepStrictEqual(sel(), [all[0].start, all[0].end]);
    const r = await vscode.commands.executeCommand<{ wrapped: boolean }>('articleAnnotator.previousEntity');
    assert.ok(r.wrapped, 'wrapped');
    assert.deepStrictEqual(sel(), [all[all.length - 1].start, all[all.length - 1].end]);
  });

  describe('settings take effect', () => {
    afterEach(async () => {
      for (const k of ['detection.types', 'customTypes', 'gazetteer']) await setConfig(k, undefined);
    });

    it('types left out of detection.types are not suggested', async () => {
      await open(B());
      assert.ok((await state(B())).byType.date?.suggestions, 'dates suggested by default');
      await setConfig('detection.types', ['person', 'organization', 'location', 'quantity']);
      const d = await state(B());
      assert.ok(!d.byType.date?.suggestions, `no date suggestions: ${JSON.stringify(d.byType)}`);
      assert.ok(d.byType.location?.suggestions, 'other types still suggested');
    });

    it('user gazetteer names get their type; custom types are detected, tagged and decorated', async () => {
      await open(B());
      const text = fs.readFileSync(B(), 'utf8');
      const d0 = await state(B());
      const loc = d0.spans!.suggestions.find((s) => s.type === 'location' && s.text.length > 4)!;
      const other = d0.spans!.suggestions.find((s) => s.type === 'organization' && s.text !== loc.text)!;
      await setConfig('customTypes', { region: '#0d9488' });
      await setConfig('gazetteer', { [loc.text]: 'organization', [other.text]: 'region' });
      const d = await state(B());
      assert.ok(d.spans!.suggestions.some((s) => s.start === loc.start && s.type === 'organization'), `${loc.text} is now an organization`);
      assert.ok(d.spans!.suggestions.some((s) => s.start === other.start && s.type === 'region'), `${other.text} is now a region`);
      assert.ok(d.byType.region?.suggestions, 'region suggestions counted');
      const r = await vscode.commands.executeCommand<{ type: string }>('articleAnnotator.tagEntity', { uri: uriOf(B()), start: other.start, end: other.end, type: 'region' });
      assert.strictEqual(r.type, 'region');
      assert.ok(readSidecar(B()).entities.some((e) => e.type === 'region' && e.mentions.some((m) => text.slice(m.start, m.end) === other.text)));
      const after = await state(B());
      assert.ok(after.byType.region?.accepted, 'accepted region shown');
      assert.ok((after.decorated?.accepted ?? 0) >= after.accepted, 'decorated');
    });
  });

  it('keystroke → decorations in a 1 MB article (in-host figure for the README)', async function () {
    this.timeout(240000);
    // the entity path only (performance.test.ts types in the same article with claim detection on)
    await setConfig('claims.detection.enabled', false);
    await typeInBigArticle(path.join(folder(), 'e4-big.txt'), '');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await setConfig('claims.detection.enabled', undefined);
  });
});
