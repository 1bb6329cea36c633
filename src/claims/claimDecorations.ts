/**
 * Claims in article editors, in a style of their own (distinct from entities' backgrounds and
 * underlines): a tagged claim gets a solid bar on its left edge and a faint tint
 * (`articleAnnotator.claim.border` / `.background`), a proposed one a dotted bar and a fainter
 * tint (`articleAnnotator.claim.proposed`). Also keeps the context keys `articleAnnotator.onClaim`
 * and `articleAnnotator.onProposedClaim` for menus.
 */
import * as vscode from 'vscode';
import type { Claim, DetectedClaim } from '../core/model';
import { formatValue } from '../core/claims/compare';
import { isArticle, type ArticleController } from '../editor/articleController';
import { claimAt, bestOverlap, claimantName } from '../workspace/claimEdits';
import type { ClaimService } from './claimService';

export interface ArticleClaimView {
  claims: Claim[];
  proposals: DetectedClaim[];
}

export class ClaimDecorations implements vscode.Disposable {
  private readonly claimType = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('articleAnnotator.claim.background'),
    borderColor: new vscode.ThemeColor('articleAnnotator.claim.border'),
    borderStyle: 'none none none solid',
    borderWidth: '0 0 0 3px',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    overviewRulerColor: new vscode.ThemeColor('articleAnnotator.claim.border'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
  });
  private readonly proposedType = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('articleAnnotator.claim.proposedBackground'),
    borderColor: new vscode.ThemeColor('articleAnnotator.claim.proposed'),
    borderStyle: 'none none none dotted',
    borderWidth: '0 0 0 3px',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  private readonly shown = new Map<string, { claims: number; proposals: number }>();
  /** Per article: what the decorations were last set from (sidecar annotations, document version, claim detection on). */
  private readonly basis = new Map<string, { doc: unknown; version: number; detection: boolean }>();
  /** Per article: decorations to set once typing paused (see onArticleChange). */
  private readonly later = new Map<string, ReturnType<typeof setTimeout>>();
  private contextTimer?: ReturnType<typeof setTimeout>;
  private readonly disposables: vscode.Disposable[] = [this.claimType, this.proposedType];
  private context = { onClaim: false, onProposed: false };

  constructor(private readonly controller: ArticleController, private readonly service: ClaimService) {
    this.disposables.push(
      controller.onDidChange((uri) => this.onArticleChange(uri)),
      service.onDidDetect((uri) => this.decorate(uri)),
      vscode.window.onDidChangeVisibleTextEditors(() => { for (const e of vscode.window.visibleTextEditors) this.decorate(e.document.uri); }),
      // the context keys only matter for menus: while typing looked up once the cursor rests, not per keystroke
      vscode.window.onDidChangeTextEditorSelection((e) => this.updateContextSoon(e.textEditor)),
      vscode.window.onDidChangeActiveTextEditor((e) => this.updateContext(e)),
    );
  }

  /**
   * An article's view changed. After an edit of its text alone (same annotations, same settings)
   * nothing is set now: the editor moves the claim decorations with the text, and re-sending every
   * proposal (thousands in a large article, each with its hover) on each keystroke costs more than
   * the entity decorations themselves. The detection this schedules sets them when typing paused
   * (onDidDetect); a timer does it if no detection comes. Anything else is decorated at once.
   */
  private onArticleChange(uri: vscode.Uri): void {
    const key = uri.toString();
    const snapshot = this.controller.snapshot(uri);
    const last = this.basis.get(key);
    const detection = this.controller.currentSettings.claimDetectionEnabled;
    if (!snapshot || !last || last.doc !== snapshot.sidecar?.doc || last.detection !== detection || last.version === snapshot.version) {
      this.decorate(uri);
      return;
    }
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (!document) return;
    this.service.noteEdit(document);
    const old = this.later.get(key);
    if (old) clearTimeout(old);
    this.later.set(key, setTimeout(() => {
      this.later.delete(key);
      this.decorate(uri);
    }, detection ? DECORATE_AFTER_EDIT_DETECTING_MS : DECORATE_AFTER_EDIT_MS));
  }

  /**
   * Tagged claims on their quote and open proposals of an open article (from its latest snapshot);
   * the proposals as last detected, never detected here (see ClaimService.shownProposals).
   */
  view(document: vscode.TextDocument): ArticleClaimView {
    const doc = this.controller.snapshot(document.uri)?.sidecar?.doc;
    const text = document.getText();
    const claims = (doc?.claims ?? []).filter((c) => !c.orphaned && c.end <= text.length && text.slice(c.start, c.end) === c.quote);
    return { claims, proposals: this.service.shownProposals(document.uri, text, doc) };
  }

  /** What is under the offset: a tagged claim first, else a proposal. */
  at(document: vscode.TextDocument, offset: number): { claim?: Claim; proposal?: DetectedClaim } {
    const v = this.view(document);
    const claim = claimAt(v.claims, offset);
    return claim ? { claim } : { proposal: bestOverlap(v.proposals, { start: offset, end: offset }) };
  }

  /** Ranges last set on the document's editors (for the test hook). */
  decorated(uri: vscode.Uri): { claims: number; proposals: number } | undefined {
    return this.shown.get(uri.toString());
  }

  private decorate(uri: vscode.Uri): void {
    const key = uri.toString();
    const pending = this.later.get(key);
    if (pending) clearTimeout(pending);
    this.later.delete(key);
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === key && isArticle(e.document));
    if (!editors.length) return;
    const document = editors[0].document;
    const v = this.view(document);
    const snapshot = this.controller.snapshot(uri);
    const doc = snapshot?.sidecar?.doc;
    if (snapshot) this.basis.set(key, { doc, version: snapshot.version, detection: this.controller.currentSettings.claimDetectionEnabled });
    const range = (s: number, e: number) => new vscode.Range(document.positionAt(s), document.positionAt(e));
    const claims = v.claims.map((c) => ({ range: range(c.start, c.end), hoverMessage: claimHover(c, claimantName(doc, c.claimant)) }));
    const proposals = v.proposals.map((d) => ({ range: range(d.start, d.end), hoverMessage: proposalHover(d) }));
    for (const editor of editors) {
      editor.setDecorations(this.claimType, claims);
      editor.setDecorations(this.proposedType, proposals);
    }
    this.shown.set(key, { claims: claims.length, proposals: proposals.length });
    const active = vscode.window.activeTextEditor;
    this.updateContext(active, active?.document === document ? v : undefined);
  }

  private updateContextSoon(editor: vscode.TextEditor): void {
    if (this.contextTimer) clearTimeout(this.contextTimer);
    this.contextTimer = undefined;
    // no edit since the decorations were set (a click, arrow keys): at once, as a context menu may follow
    if (this.basis.get(editor.document.uri.toString())?.version === editor.document.version) {
      this.updateContext(editor);
      return;
    }
    this.contextTimer = setTimeout(() => {
      this.contextTimer = undefined;
      if (vscode.window.activeTextEditor === editor) this.updateContext(editor);
    }, CONTEXT_DELAY_MS);
  }

  private updateContext(editor: vscode.TextEditor | undefined, known?: ArticleClaimView): void {
    let next = { onClaim: false, onProposed: false };
    if (editor && isArticle(editor.document) && this.controller.snapshot(editor.document.uri)) {
      const offset = editor.document.offsetAt(editor.selection.active);
      let hit: { claim?: Claim; proposal?: DetectedClaim };
      if (known) {
        const claim = claimAt(known.claims, offset);
        hit = claim ? { claim } : { proposal: bestOverlap(known.proposals, { start: offset, end: offset }) };
      } else hit = this.at(editor.document, offset);
      next = { onClaim: !!hit.claim, onProposed: !!hit.proposal };
    }
    if (next.onClaim !== this.context.onClaim) void vscode.commands.executeCommand('setContext', 'articleAnnotator.onClaim', next.onClaim);
    if (next.onProposed !== this.context.onProposed) void vscode.commands.executeCommand('setContext', 'articleAnnotator.onProposedClaim', next.onProposed);
    this.context = next;
  }

  dispose(): void {
    for (const t of this.later.values()) clearTimeout(t);
    if (this.contextTimer) clearTimeout(this.contextTimer);
    for (const d of this.disposables) d.dispose();
  }
}

/** After an edit, the claim decorations are set again this long after the last one if no detection did it first. */
const DECORATE_AFTER_EDIT_MS = 300;
/** The same with claim detection on: the detection after the pause (0.4–1 s, then its run) usually comes first. */
const DECORATE_AFTER_EDIT_DETECTING_MS = 2500;
/** The claim context keys are looked up this long after the cursor last moved. */
const CONTEXT_DELAY_MS = 150;

function md(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, '\\$&');
}

function claimHover(c: Claim, claimant: string): vscode.MarkdownString {
  const value = c.value ? ` · ${md(formatValue(c.value))}` : '';
  const lines = [`**Claim** by **${md(claimant)}** · ${c.kind} · ${md(c.topic)}${value} · *${c.status}*`];
  if (c.date) lines.push(`Date: ${c.date}`);
  if (c.note) lines.push(`Note: ${md(c.note)}`);
  lines.push('*Annotator: Set Claim Status*, *Edit Claim Note*, *Remove Claim*');
  return new vscode.MarkdownString(lines.join('\n\n'));
}

function proposalHover(d: DetectedClaim): vscode.MarkdownString {
  const value = d.value ? ` · ${md(formatValue(d.value))}` : '';
  return new vscode.MarkdownString(`Proposed claim by **${md(d.claimant)}** · ${d.kind} · ${md(d.topic)}${value}\n\n*Annotator: Accept Proposed Claim* or *Reject Proposed Claim*`);
}
