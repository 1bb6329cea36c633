/**
 * A CodeLens above each claim with a value (tagged, or proposed) saying how it compares across the
 * workspace: "Taliban: 85 % · independent estimates 33–65 % · outside all estimates". Clicking it
 * opens the comparison of that topic in the Claims view.
 */
import * as vscode from 'vscode';
import type { ClaimService } from './claimService';
import { PROPOSED_PREFIX } from './comparisonModel';

export interface ClaimLensArgs {
  topic: string;
  uri: string;
  id: string;
}

export class ClaimLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly service: ClaimService) {
    this.subscription = service.onDidChange(() => this.changed.fire());
  }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (document.uri.scheme !== 'file') return [];
    const key = document.uri.toString();
    const { topics } = await this.service.comparison();
    const lenses: vscode.CodeLens[] = [];
    for (const t of topics) {
      for (const c of t.claims) {
        if (c.articleFile !== key || !c.claim.value || c.claim.end > document.getText().length) continue;
        const proposed = c.claim.id.startsWith(PROPOSED_PREFIX);
        const at = document.positionAt(c.claim.start);
        const args: ClaimLensArgs = { topic: t.topic, uri: key, id: c.claim.id };
        lenses.push(new vscode.CodeLens(new vscode.Range(at, at), {
          title: `${c.outside ? '$(warning) ' : '$(graph) '}${proposed ? 'proposed · ' : ''}${c.summary}`,
          tooltip: `Compare every “${t.topic}” claim across the workspace`,
          command: 'articleAnnotator.compareClaims',
          arguments: [args],
        }));
      }
    }
    return lenses;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
