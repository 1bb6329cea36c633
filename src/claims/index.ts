/**
 * The VS Code side of claims, wired up in one call from activate(): the claim service, editor
 * decorations, CodeLenses, the Claims view and the claim commands (ids as contributed in
 * package.json), plus the hidden test hook `articleAnnotator._claimsState`.
 */
import * as vscode from 'vscode';
import type { ArticleController } from '../editor/articleController';
import { asObject } from '../commands';
import { articleTarget } from '../commands/target';
import { guarded } from '../workspace/log';
import { ClaimService } from './claimService';
import { ClaimDecorations } from './claimDecorations';
import { ClaimLensProvider } from './claimLens';
import { ClaimsViewProvider, CLAIMS_VIEW_ID, type ClaimsViewState } from './claimsView';
import { ClaimCommands, type ClaimTargetArgs } from './claimCommands';
import { tagClaimCommand, type TagClaimArgs } from './tagClaim';
import { comparisonModel, type ComparisonModel } from './comparisonModel';

export interface CompareClaimsArgs {
  topic?: string;
  /** Claim to highlight: a sidecar id or `proposed:S-E`. */
  id?: string;
}

export interface ClaimsDebugState {
  uri: string;
  claims: Array<{ id: string; start: number; end: number; claimant: string; kind: string; topic: string; status: string }>;
  proposals: Array<{ start: number; end: number; text: string; claimant: string; kind: string; topic: string; value: string | null }>;
  decorated?: { claims: number; proposals: number };
  view?: ClaimsViewState;
}

export function activateClaims(context: vscode.ExtensionContext, controller: ArticleController): { service: ClaimService; disposables: vscode.Disposable[] } {
  const service = new ClaimService(controller);
  const decorations = new ClaimDecorations(controller, service);
  const lenses = new ClaimLensProvider(service);
  const view = new ClaimsViewProvider(context.extensionUri, service);
  const commands = new ClaimCommands(service, decorations);
  const reg = <A extends unknown[], R>(id: string, title: string, fn: (...args: A) => Promise<R>) =>
    vscode.commands.registerCommand(id, guarded(title, fn));

  const compare = async (args: CompareClaimsArgs): Promise<ComparisonModel | undefined> => {
    let topic = args.topic;
    if (!topic) {
      const topics = await service.topics();
      if (!topics.length) {
        void vscode.window.showInformationMessage('No claims in this workspace yet: tag one with “Annotator: Tag Claim”, or turn on claim detection.');
        return undefined;
      }
      const picked = await vscode.window.showQuickPick(
        topics.map((t) => ({ label: t.topic, description: `${t.count} claim${t.count === 1 ? '' : 's'}`, topic: t.topic })),
        { title: 'Compare Claims: topic', placeHolder: 'Every claim on the topic across the workspace, against the independent estimates' },
      );
      if (!picked) return undefined;
      topic = picked.topic;
    }
    const { articles, topics } = await service.comparison(topic);
    const t = topics[0];
    if (!t) throw new Error(`No claims on the topic “${topic}” in this workspace.`);
    const files = new Map(articles.map((a) => [a.uri.toString(), a.file]));
    await view.show(topic, args.id);
    return comparisonModel(t, (u) => files.get(u) ?? u);
  };

  const disposables = [
    service,
    decorations,
    lenses,
    view,
    vscode.languages.registerCodeLensProvider({ language: 'article', scheme: 'file' }, lenses),
    vscode.window.registerWebviewViewProvider(CLAIMS_VIEW_ID, view),
    reg('articleAnnotator.tagClaim', 'Tag Claim', (args?: TagClaimArgs) => tagClaimCommand(service, asObject(args))),
    reg('articleAnnotator.acceptProposedClaim', 'Accept Proposed Claim', (args?: ClaimTargetArgs) => commands.acceptProposed(asObject(args))),
    reg('articleAnnotator.rejectProposedClaim', 'Reject Proposed Claim', (args?: ClaimTargetArgs) => commands.rejectProposed(asObject(args))),
    reg('articleAnnotator.acceptAllProposedClaims', 'Accept All Proposed Claims', (args?: ClaimTargetArgs) => commands.acceptAll(asObject(args))),
    reg('articleAnnotator.removeClaim', 'Remove Claim', (args?: ClaimTargetArgs) => commands.remove(asObject(args))),
    reg('articleAnnotator.setClaimStatus', 'Set Claim Status', (args?: ClaimTargetArgs) => commands.setStatus(asObject(args))),
    reg('articleAnnotator.editClaimNote', 'Edit Claim Note', (args?: ClaimTargetArgs) => commands.editNote(asObject(args))),
    reg('articleAnnotator.compareClaims', 'Compare Claims', (args?: CompareClaimsArgs) => compare(asObject(args))),
    // Hidden test hook: not guarded, so a test sees the error.
    vscode.commands.registerCommand('articleAnnotator._claimsState', async (args?: { uri?: string }): Promise<ClaimsDebugState> => {
      const { document } = await articleTarget(asObject<{ uri?: string }>(args).uri);
      const snapshot = await controller.current(document);
      const text = document.getText();
      const doc = snapshot?.sidecar?.doc;
      return {
        uri: document.uri.toString(),
        claims: (doc?.claims ?? []).map((c) => ({ id: c.id, start: c.start, end: c.end, claimant: c.claimant, kind: c.kind, topic: c.topic, status: c.status })),
        proposals: service.proposals(document.uri, text, doc).map((p) => ({ start: p.start, end: p.end, text: p.text, claimant: p.claimant, kind: p.kind, topic: p.topic, value: p.value?.text ?? null })),
        decorated: decorations.decorated(document.uri),
        view: view.lastState,
      };
    }),
  ];
  return { service, disposables };
}
