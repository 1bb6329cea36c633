// Claim detection off the keystroke path, inside the real extension host: typing in a 1 MB
// article WITH claim detection on keeps the entity edit → decorations latency within the bound of
// the entity keystroke test (entities.test.ts, which turns claim detection off), and the claim
// proposals still appear (debounced, per-paragraph detection). Also: the entity hover lists the
// claims the entity makes. Works on its own files (perf-*.txt).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ClaimsDebugState } from '../../../src/claims';
import { folder, open, readSidecar, state, typeInBigArticle, until, uriOf } from './helpers';

const sample = (name: string) => fs.readFileSync(path.join(folder(), name), 'utf8');


const claimsState = (file: string) => vscode.commands.executeCommand<ClaimsDebugState>('articleAnnotator._claimsState', { uri: uriOf(file) });

async function setConfig(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('articleAnnotator').update(key, value, vscode.ConfigurationTarget.Workspace);
}

async function hoverText(file: string, offset: number): Promise<string> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset));
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

describe('Performance with claim detection on', function () {
  this.timeout(60000);

  it('keystroke → decorations in a 1 MB article with claim detection on, proposals appear', async function () {
    this.timeout(300000);
    await setConfig('claims.detection.enabled', true);
    const big = path.join(folder(), 'perf-big.txt');
    await typeInBigArticle(big, ', claim detection on');

    // the proposals arrive once typing pauses: decorated by the debounced detection (1 s in a big
    // article); until then the editor shows the earlier ones minus those the edits touched
    const t0 = Date.now();
    await new Promise((r) => setTimeout(r, 1500));
    const s = await until('claim proposals decorated in the 1 MB article', async () => {
      const st = await claimsState(big);
      return st.decorated && st.decorated.proposals > 100 && st.decorated.proposals === st.proposals.length && st;
    }, 120000);
    console.log(`      ${s.decorated!.proposals} claim proposals decorated (${s.proposals.length} open) ${Date.now() - t0} ms after the last edit`);
    assert.strictEqual(s.decorated!.proposals, s.proposals.length, 'every proposal decorated');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await setConfig('claims.detection.enabled', undefined);
  });

  it('entity hover lists the claims the entity makes', async () => {
    const file = path.join(folder(), 'perf-hover.txt');
    fs.writeFileSync(file, sample('002_f2ef60532da01a30.txt'));
    await open(file);
    const d = await state(file, true);
    const person = d.spans!.suggestions.find((s) => s.type === 'person' || s.type === 'organization')!;
    assert.ok(person, 'a person or organisation suggested');
    await vscode.commands.executeCommand('articleAnnotator.tagEntity', { uri: uriOf(file), start: person.start, end: person.end, type: person.type });
    const entity = readSidecar(file).entities.find((e) => e.mentions.some((m) => m.start === person.start))!;
    assert.ok(entity, 'entity tagged');
    const text = fs.readFileSync(file, 'utf8');
    // a claim somewhere after the mention: the next sentence-ish stretch of words
    const start = text.indexOf(' ', person.end + 40) + 1;
    const end = text.lastIndexOf(' ', start + 70);
    await vscode.commands.executeCommand('articleAnnotator.tagClaim', { uri: uriOf(file), start, end, claimant: entity.id, kind: 'claim', topic: 'hover-test', value: null });
    assert.ok(readSidecar(file).claims.some((c) => c.start === start && c.topic === 'hover-test'), 'claim tagged');
    const word = text.slice(start, end).split(/[^A-Za-z]+/).filter((w) => w.length >= 4)[0];
    const hover = await until('hover shows the claim', async () => {
      const h = await hoverText(file, person.start + 1);
      return /Claims in this article: \*\*1\*\* tagged/.test(h) && h.includes(word) && h;
    });
    assert.ok(hover.includes(entity.name.split(' ')[0]), hover);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
