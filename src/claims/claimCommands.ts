/**
 * The claim commands other than Tag Claim. Each takes an object of arguments (tests, the Claims
 * view, CodeLenses) or acts on the claim / proposed claim under the cursor:
 *   acceptProposedClaim { uri?, start?, end?, status? } → claim id
 *   rejectProposedClaim { uri?, start?, end? }          → { start, end }
 *   acceptAllProposedClaims { uri? }                     → { count }
 *   removeClaim { uri?, id? }                            → removed id
 *   setClaimStatus { uri?, id?, status? }                → { id, status } (a `proposed:S-E` id accepts the proposal with that status)
 *   editClaimNote { uri?, id?, note? }                   → { id, note }
 */
import * as vscode from 'vscode';
import { CLAIM_STATUSES, type AnnotationDoc, type Claim, type ClaimStatus, type DetectedClaim } from '../core/model';
import { articleDate } from '../core/claims/articleDate';
import { articleTarget, isOffset } from '../commands/target';
import { claimantName, findClaim, rejectProposedClaim, removeClaim, resolveClaimant, setClaimNote, setClaimStatus, tagClaim } from '../workspace/claimEdits';
import { UserError, log } from '../workspace/log';
import type { ClaimService } from './claimService';
import type { ClaimDecorations } from './claimDecorations';
import { proposedSpan } from './comparisonModel';

export interface ClaimTargetArgs {
  uri?: string | vscode.Uri;
  id?: string;
  start?: number;
  end?: number;
  status?: string;
  note?: string;
}

const STATUS_HELP: Record<ClaimStatus, string> = {
  unverified: 'not checked yet',
  corroborated: 'independent sources agree',
  disputed: 'other sources or estimates disagree',
  contradicted: 'shown to be false',
};

export class ClaimCommands {
  constructor(private readonly service: ClaimService, private readonly decorations: ClaimDecorations) {}

  private async proposalFor(args: ClaimTargetArgs): Promise<{ document: vscode.TextDocument; proposal: DetectedClaim; doc?: AnnotationDoc }> {
    const { document, editor } = await articleTarget(args.uri);
    const snapshot = await this.service.controller.current(document);
    const doc = snapshot?.sidecar?.doc;
    const proposals = this.service.proposals(document.uri, document.getText(), doc);
    const span = args.id ? proposedSpan(args.id) : args.start !== undefined || args.end !== undefined ? { start: args.start, end: args.end } : undefined;
    let proposal: DetectedClaim | undefined;
    if (span) {
      if (!isOffset(span.start) || !isOffset(span.end)) throw new UserError(`Not a span: ${JSON.stringify(span)}.`);
      proposal = proposals.find((p) => p.start === span.start && p.end === span.end);
      if (!proposal) throw new UserError(`No proposed claim at ${span.start}–${span.end} in ${vscode.workspace.asRelativePath(document.uri)} any more.`);
    } else {
      if (!editor) throw new UserError('Put the cursor on a proposed claim (dotted bar) first.');
      proposal = this.decorations.at(document, document.offsetAt(editor.selection.active)).proposal;
      if (!proposal) throw new UserError('The cursor is not on a proposed claim (the text with a dotted bar on its left).');
    }
    return { document, proposal, doc };
  }

  private async claimFor(args: ClaimTargetArgs): Promise<{ document: vscode.TextDocument; claim: Claim; doc: AnnotationDoc }> {
    const { document, editor } = await articleTarget(args.uri);
    const snapshot = await this.service.controller.current(document);
    const doc = snapshot?.sidecar?.doc;
    let claim: Claim | undefined;
    if (args.id !== undefined) {
      claim = doc && findClaim(doc, args.id);
      if (!claim) throw new UserError(`No claim “${args.id}” in ${vscode.workspace.asRelativePath(document.uri)}.`);
    } else {
      if (!editor) throw new UserError('Put the cursor on a claim first.');
      claim = this.decorations.at(document, document.offsetAt(editor.selection.active)).claim;
      if (!claim) throw new UserError('The cursor is not on a tagged claim (the text with a solid bar on its left).');
    }
    return { document, claim, doc: doc! };
  }

  async acceptProposed(args: ClaimTargetArgs = {}): Promise<string> {
    const { document, proposal } = await this.proposalFor(args);
    const status = args.status === undefined ? undefined : checkStatus(args.status);
    const date = this.service.controller.snapshot(document.uri)?.sidecar?.doc?.article.date ?? articleDate(document.getText());
    const claim = await this.service.controller.store.edit(document, (doc, text) => tagClaim(doc, text, proposal, {
      claimant: resolveClaimant(doc, proposal.claimant), kind: proposal.kind, topic: proposal.topic, value: proposal.value, date, status,
    }).claim);
    log().info(`accepted proposed claim ${claim.id} (${proposal.start}–${proposal.end}) by ${proposal.claimant} in ${vscode.workspace.asRelativePath(document.uri)}${status ? ` as ${status}` : ''}`);
    vscode.window.setStatusBarMessage(`$(check) Claim by ${proposal.claimant} accepted${status ? ` (${status})` : ''}`, 4000);
    return claim.id;
  }

  async rejectProposed(args: ClaimTargetArgs = {}): Promise<{ start: number; end: number }> {
    const { document, proposal } = await this.proposalFor(args);
    await this.service.controller.store.edit(document, (doc, text) => rejectProposedClaim(doc, text, proposal));
    log().info(`rejected proposed claim ${proposal.start}–${proposal.end} by ${proposal.claimant} in ${vscode.workspace.asRelativePath(document.uri)}`);
    vscode.window.setStatusBarMessage(`$(close) Proposed claim by ${proposal.claimant} rejected`, 4000);
    return { start: proposal.start, end: proposal.end };
  }

  async acceptAll(args: ClaimTargetArgs = {}): Promise<{ count: number }> {
    const { document } = await articleTarget(args.uri);
    const snapshot = await this.service.controller.current(document);
    const proposals = this.service.proposals(document.uri, document.getText(), snapshot?.sidecar?.doc);
    if (!proposals.length) {
      vscode.window.setStatusBarMessage('$(info) No proposed claims in this article', 4000);
      return { count: 0 };
    }
    const date = snapshot?.sidecar?.doc?.article.date ?? articleDate(document.getText());
    await this.service.controller.store.edit(document, (doc, text) => {
      for (const p of proposals) tagClaim(doc, text, p, { claimant: resolveClaimant(doc, p.claimant), kind: p.kind, topic: p.topic, value: p.value, date });
    });
    log().info(`accepted all ${proposals.length} proposed claims in ${vscode.workspace.asRelativePath(document.uri)}`);
    vscode.window.setStatusBarMessage(`$(check-all) ${proposals.length} proposed claims accepted`, 4000);
    return { count: proposals.length };
  }

  async remove(args: ClaimTargetArgs = {}): Promise<string> {
    const { document, claim } = await this.claimFor(args);
    await this.service.controller.store.edit(document, (doc) => removeClaim(doc, claim.id));
    log().info(`removed claim ${claim.id} from ${vscode.workspace.asRelativePath(document.uri)}`);
    vscode.window.setStatusBarMessage(`$(trash) Claim removed`, 4000);
    return claim.id;
  }

  async setStatus(args: ClaimTargetArgs = {}): Promise<{ id: string; status: ClaimStatus } | undefined> {
    if (args.id && proposedSpan(args.id)) {
      // a proposal flagged in the comparison: accept it with that status in one step
      const status = checkStatus(args.status ?? 'disputed');
      return { id: await this.acceptProposed({ ...args, status }), status };
    }
    const { document, claim, doc } = await this.claimFor(args);
    let status: ClaimStatus;
    if (args.status === undefined) {
      const picked = await vscode.window.showQuickPick(
        CLAIM_STATUSES.map((s) => ({ label: s, description: `${STATUS_HELP[s]}${s === claim.status ? ' · current' : ''}`, status: s })),
        { title: `Status of the claim by ${claimantName(doc, claim.claimant)}`, placeHolder: claim.quote.slice(0, 80) },
      );
      if (!picked) return undefined;
      status = picked.status;
    } else status = checkStatus(args.status);
    await this.service.controller.store.edit(document, (d) => setClaimStatus(d, claim.id, status));
    log().info(`claim ${claim.id} in ${vscode.workspace.asRelativePath(document.uri)}: status ${claim.status} → ${status}`);
    vscode.window.setStatusBarMessage(`$(pass) Claim marked ${status}`, 4000);
    return { id: claim.id, status };
  }

  async editNote(args: ClaimTargetArgs = {}): Promise<{ id: string; note: string } | undefined> {
    const { document, claim, doc } = await this.claimFor(args);
    let note = args.note;
    if (note === undefined) {
      note = await vscode.window.showInputBox({
        title: `Note on the claim by ${claimantName(doc, claim.claimant)}`,
        value: claim.note ?? '',
        prompt: 'Free text kept in the sidecar; empty removes the note',
        ignoreFocusOut: true,
      });
      if (note === undefined) return undefined;
    }
    const text = note;
    await this.service.controller.store.edit(document, (d) => setClaimNote(d, claim.id, text));
    log().info(`claim ${claim.id} in ${vscode.workspace.asRelativePath(document.uri)}: note ${text.trim() ? 'set' : 'removed'}`);
    return { id: claim.id, note: text };
  }
}

function checkStatus(s: string): ClaimStatus {
  if (!(CLAIM_STATUSES as readonly string[]).includes(s)) throw new UserError(`Unknown claim status "${s}": use ${CLAIM_STATUSES.join(', ')}.`);
  return s as ClaimStatus;
}
