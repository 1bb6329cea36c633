/**
 * Status bar entry for the active article: how many entities are tagged and suggested (or that
 * its sidecar is read-only); a click opens the Entities panel.
 */
import * as vscode from 'vscode';
import * as path from 'node:path';
import { isArticle, type ArticleController } from './articleController';

export class AnnotatorStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('articleAnnotator.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly controller: ArticleController) {
    this.item.name = 'Article Annotator';
    this.item.command = 'workbench.view.extension.articleAnnotator';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      // counting the suggestions reads the whole article's list: not on every keystroke
      controller.onDidChange(() => this.soon()),
    );
  }

  private soon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.update();
    }, 200);
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const s = doc && isArticle(doc) ? this.controller.snapshot(doc.uri) : undefined;
    if (!doc || !s) {
      this.item.hide();
      return;
    }
    const entities = new Set(s.view.accepted.map((m) => m.entityId)).size;
    const suggested = new Set(s.view.suggestions.map((m) => `${m.type}:${m.name.toLowerCase()}`)).size;
    const problems = s.sidecar?.problems ?? [];
    if (problems.length) {
      const p = problems[0];
      this.item.text = '$(warning) Annotations read-only';
      this.item.tooltip = `${path.basename(p.file)} line ${p.line}, column ${p.column}: ${p.message}\nFix the file to edit annotations again; it is never overwritten.`;
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    } else {
      this.item.text = `$(tag) ${entities}${this.controller.currentSettings.detectionEnabled ? ` · $(lightbulb) ${suggested}` : ''}`;
      this.item.tooltip = `Article Annotator: ${entities} ${entities === 1 ? 'entity' : 'entities'} tagged, ${suggested} more suggested (${s.view.suggestions.length} mentions)` +
        (s.view.orphaned.length ? `, ${s.view.orphaned.length} mentions not found in the text` : '') + '. Click to open the Entities panel.';
      this.item.backgroundColor = undefined;
    }
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
