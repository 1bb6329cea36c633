// Claims in the real extension host: proposed claims on a sample, Tag Claim through its arguments
// (the sidecar on disk parsed back), accepting and rejecting proposals (rejection kept), the
// comparison CodeLens on the 85 percent claim, Compare Claims with the outside flag, and status,
// note and removal written to the sidecar. Runs on a throw-away copy of samples/.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ClaimsDebugState } from '../../../src/claims';
import type { ComparisonModel } from '../../../src/claims/comparisonModel';
import { closeAll, folder, open, readSidecar, sidecarOf, until, uriOf } from './helpers';

const article = (name: string) => path.join(folder(), name);

async function claimsState(file: string): Promise<ClaimsDebugState> {
  return vscode.commands.executeCommand<ClaimsDebugState>('articleAnnotator._claimsState', { uri: uriOf(file) });
}

describe('Claims in the editor', function () {
  this.timeout(60000);
  const KANDAHAR = article('002_f2ef60532da01a30.txt');
  const CLAIM_85 = 'the group now controls 85 percent of Afghanistan';
  let text = '';
  let taggedId = '';

  before(async () => {
    await closeAll();
    for (const f of fs.readdirSync(folder())) if (f.endsWith('.annotations.yaml')) fs.rmSync(path.join(folder(), f));
    text = (await open(KANDAHAR)).document.getText();
  });
  after(closeAll);

  it('proposes claims for a sample, decorated in a style of their own', async () => {
    const s = await until('proposals decorated', async () => {
      const st = await claimsState(KANDAHAR);
      return st.decorated && st.decorated.proposals > 0 && st;
    });
    assert.ok(s.proposals.length >= 5, `${s.proposals.length} proposed claims`);
    assert.strictEqual(s.decorated!.proposals, s.proposals.length, 'every proposal is decorated');
    const p85 = s.proposals.find((p) => p.text.includes('85 percent'));
    assert.ok(p85, `a proposal holds the 85 percent claim: ${JSON.stringify(s.proposals.map((p) => p.text))}`);
    assert.match(p85.claimant, /Taliban/);
    assert.strictEqual(p85.kind, 'claim');
    assert.strictEqual(p85.topic, 'control');
    assert.strictEqual(s.claims.length, 0, 'nothing tagged yet');
    assert.ok(!fs.existsSync(sidecarOf(KANDAHAR)), 'proposing writes no sidecar');
  });

  it('follows the settings: the parties list decides the kind, detection can be turned off', async () => {
    const config = vscode.workspace.getConfiguration('articleAnnotator');
    const russian = (st: ClaimsDebugState) => st.proposals.find((p) => p.claimant === 'Russian officials');
    assert.strictEqual(russian(await claimsState(KANDAHAR))?.kind, 'estimate', 'a third party with a figure estimates');
    const parties = config.get<string[]>('claims.parties')!;
    try {
      await config.update('claims.parties', [...parties, 'Russian'], vscode.ConfigurationTarget.Workspace);
      await until('Russian officials are a party', async () => russian(await claimsState(KANDAHAR))?.kind === 'claim');
      await config.update('claims.detection.enabled', false, vscode.ConfigurationTarget.Workspace);
      const off = await until('no proposals', async () => {
        const st = await claimsState(KANDAHAR);
        return st.proposals.length === 0 && st.decorated?.proposals === 0 && st;
      });
      assert.strictEqual(off.claims.length, 0);
    } finally {
      await config.update('claims.parties', undefined, vscode.ConfigurationTarget.Workspace);
      await config.update('claims.detection.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await until('proposals back', async () => russian(await claimsState(KANDAHAR))?.kind === 'estimate');
  });

  it('Tag Claim with arguments writes the claim to the sidecar with its anchor and normalised value', async () => {
    const start = text.indexOf(CLAIM_85);
    assert.ok(start > 0);
    const id = await vscode.commands.executeCommand<string>('articleAnnotator.tagClaim', {
      uri: uriOf(KANDAHAR), start, end: start + CLAIM_85.length, claimant: 'Taliban officials', kind: 'claim', topic: 'control',
    });
    assert.ok(typeof id === 'string' && id.length > 2, `returns the claim id: ${JSON.stringify(id)}`);
    const doc = readSidecar(KANDAHAR);
    assert.strictEqual(doc.claims.length, 1);
    const c = doc.claims[0];
    assert.strictEqual(c.id, id);
    assert.strictEqual(c.quote, CLAIM_85);
    assert.strictEqual(c.start, start);
    assert.ok(c.prefix && text.slice(start - c.prefix.length, start) === c.prefix, 'prefix is the text before');
    assert.strictEqual(c.kind, 'claim');
    assert.strictEqual(c.claimant, 'Taliban officials');
    assert.strictEqual(c.topic, 'control');
    assert.strictEqual(c.status, 'unverified');
    assert.deepStrictEqual([c.value?.min, c.value?.max, c.value?.unit], [85, 85, 'percent']);
    const s = await until('claim decorated, its proposal gone', async () => {
      const st = await claimsState(KANDAHAR);
      return st.decorated?.claims === 1 && !st.proposals.some((p) => p.text.includes('85 percent')) && st;
    });
    assert.strictEqual(s.claims[0].id, id);
    taggedId = id;
  });

  it('rejects a bad kind or span with a reason and writes nothing', async () => {
    const before = fs.readFileSync(sidecarOf(KANDAHAR), 'utf8');
    const bad = await vscode.commands.executeCommand('articleAnnotator.tagClaim', { uri: uriOf(KANDAHAR), start: 5, end: 40, claimant: 'X', kind: 'rumour', topic: 'control' });
    assert.strictEqual(bad, undefined);
    const outside = await vscode.commands.executeCommand('articleAnnotator.tagClaim', { uri: uriOf(KANDAHAR), start: 5, end: text.length + 10, claimant: 'X', kind: 'claim', topic: 'control' });
    assert.strictEqual(outside, undefined);
    assert.strictEqual(fs.readFileSync(sidecarOf(KANDAHAR), 'utf8'), before, 'sidecar unchanged');
  });

  it('a CodeLens on the 85 percent claim says how it compares across the workspace', async () => {
    const lenses = await until('lenses', async () => {
      const ls = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', vscode.Uri.file(KANDAHAR));
      return ls?.some((l) => l.command?.title.includes('Taliban officials: 85 %')) && ls;
    });
    const lens = lenses.find((l) => l.command?.title.includes('Taliban officials: 85 %'))!;
    const title = lens.command!.title;
    assert.match(title, /Taliban officials: 85 % · independent estimates \d+–\d+ % · outside all estimates/, title);
    assert.ok(!/proposed · Taliban officials/.test(title), `the tagged claim's lens is not labelled proposed: ${title}`);
    assert.strictEqual(lens.range.start.line, (await vscode.workspace.openTextDocument(vscode.Uri.file(KANDAHAR))).positionAt(text.indexOf(CLAIM_85)).line);
    assert.strictEqual(lens.command!.command, 'articleAnnotator.compareClaims');
    assert.strictEqual((lens.command!.arguments![0] as { topic: string }).topic, 'control');
  });

  it('accepts a proposed claim (value normalised) and rejects another, which stays gone', async () => {
    const s = await claimsState(KANDAHAR);
    const estimate = s.proposals.find((p) => p.text.includes('one-third to one-half'));
    assert.ok(estimate, 'the “other assessments” estimate is proposed');
    const id = await vscode.commands.executeCommand<string>('articleAnnotator.acceptProposedClaim', { uri: uriOf(KANDAHAR), start: estimate.start, end: estimate.end });
    assert.ok(id);
    let doc = readSidecar(KANDAHAR);
    const c = doc.claims.find((x) => x.id === id)!;
    assert.strictEqual(c.kind, 'estimate');
    assert.ok(c.value && Math.abs(c.value.min! - 33.3) < 0.1 && c.value.max === 50 && c.value.unit === 'percent', JSON.stringify(c.value));

    const victim = (await claimsState(KANDAHAR)).proposals.find((p) => p.start !== estimate.start && !p.value);
    assert.ok(victim);
    const r = await vscode.commands.executeCommand<{ start: number }>('articleAnnotator.rejectProposedClaim', { uri: uriOf(KANDAHAR), start: victim.start, end: victim.end });
    assert.strictEqual(r.start, victim.start);
    doc = readSidecar(KANDAHAR);
    assert.ok(doc.rejected.some((x) => x.type === 'claim' && x.start === victim.start && x.end === victim.end), 'rejection stored');
    assert.ok(!(await claimsState(KANDAHAR)).proposals.some((p) => p.start === victim.start), 'rejected proposal gone');
    // still gone after the article is closed and the sidecar read again
    await closeAll();
    await open(KANDAHAR);
    const again = await until('reloaded', async () => {
      const st = await claimsState(KANDAHAR);
      return st.claims.length === 2 && st;
    });
    assert.ok(!again.proposals.some((p) => p.start === victim.start), 'rejection remembered');
  });

  it('Compare Claims shows the topic across articles, flags the 85 percent claim, and sets it disputed in one step', async () => {
    const m = await vscode.commands.executeCommand<ComparisonModel>('articleAnnotator.compareClaims', { topic: 'control' });
    assert.ok(m, 'returns the comparison');
    assert.strictEqual(m.topic, 'control');
    const files = new Set(m.rows.map((r) => r.file));
    assert.ok(files.size >= 3, `claims from several articles: ${[...files].join(', ')}`);
    const ours = m.rows.find((r) => r.id === taggedId)!;
    assert.ok(ours, 'the tagged claim is there');
    assert.strictEqual(ours.outside, true, 'flagged outside all estimates');
    assert.strictEqual(ours.proposed, false);
    assert.strictEqual(ours.claimant, 'Taliban officials');
    assert.strictEqual(ours.value, '85 %');
    assert.ok(m.rows.some((r) => r.proposed && r.kind === 'estimate' && r.value?.includes('65')), 'the EU estimate (proposed, other article) is there, labelled proposed');
    const dates = m.rows.map((r) => r.date ?? '9999');
    assert.deepStrictEqual(dates, [...dates].sort(), 'sorted by date, undated last');
    assert.ok(m.envelopes.some((e) => e.unit === 'percent' && e.min <= 34 && e.max >= 65), JSON.stringify(m.envelopes));

    const view = await until('Claims view shows the topic', async () => {
      const st = await claimsState(KANDAHAR);
      return st.view?.model?.topic === 'control' && st.view;
    });
    assert.ok(view.model!.rows.some((r) => r.id === taggedId && r.outside));

    const res = await vscode.commands.executeCommand<{ status: string }>('articleAnnotator.setClaimStatus', { uri: ours.uri, id: ours.id, status: 'disputed' });
    assert.strictEqual(res.status, 'disputed');
    assert.strictEqual(readSidecar(KANDAHAR).claims.find((c) => c.id === taggedId)!.status, 'disputed');
  });

  it('edits a note and removes a claim', async () => {
    await vscode.commands.executeCommand('articleAnnotator.editClaimNote', { uri: uriOf(KANDAHAR), id: taggedId, note: 'Moscow press conference; compare EU' });
    assert.strictEqual(readSidecar(KANDAHAR).claims.find((c) => c.id === taggedId)!.note, 'Moscow press conference; compare EU');
    const removed = await vscode.commands.executeCommand<string>('articleAnnotator.removeClaim', { uri: uriOf(KANDAHAR), id: taggedId });
    assert.strictEqual(removed, taggedId);
    const doc = readSidecar(KANDAHAR);
    assert.ok(!doc.claims.some((c) => c.id === taggedId));
    assert.strictEqual(doc.claims.length, 1);
    const s = await until('the 85 percent proposal is back', async () => {
      const st = await claimsState(KANDAHAR);
      return st.proposals.some((p) => p.text.includes('85 percent')) && st;
    });
    assert.strictEqual(s.decorated?.claims, 1);
  });

  it('Accept All Proposed Claims tags every open proposal of the article', async () => {
    const n = (await claimsState(KANDAHAR)).proposals.length;
    assert.ok(n > 0);
    const r = await vscode.commands.executeCommand<{ count: number }>('articleAnnotator.acceptAllProposedClaims', { uri: uriOf(KANDAHAR) });
    assert.strictEqual(r.count, n);
    assert.strictEqual(readSidecar(KANDAHAR).claims.length, 1 + n);
    const s = await until('no proposals left', async () => {
      const st = await claimsState(KANDAHAR);
      return st.proposals.length === 0 && st;
    });
    assert.strictEqual(s.decorated?.claims, 1 + n);
  });
});
