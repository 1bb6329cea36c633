/**
 * The Problems-panel entries of the sidecar store: problems that make an article's annotations
 * read-only (on the sidecar, or on the article when it is binary or not UTF-8), and orphaned spans
 * (on the article, where they were last seen). Used by the AnnotationStore only.
 */
import * as vscode from 'vscode';
import type { Problem } from '../core/model';
import type { Orphan } from './orphans';

export function problemPosition(p: Problem): vscode.Position {
  return new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
}

export class StoreDiagnostics implements vscode.Disposable {
  private readonly problems = vscode.languages.createDiagnosticCollection('articleAnnotator');
  private readonly orphans = vscode.languages.createDiagnosticCollection('articleAnnotator.orphans');

  /** Replaces the diagnostics set on `previous` by `problems`, each on its own file; returns those files. */
  setProblems(previous: readonly vscode.Uri[], problems: readonly Problem[]): vscode.Uri[] {
    for (const uri of previous) this.problems.delete(uri);
    const uris: vscode.Uri[] = [];
    for (const file of new Set(problems.map((p) => p.file))) {
      const uri = vscode.Uri.file(file);
      uris.push(uri);
      this.problems.set(uri, problems.filter((p) => p.file === file).map((p) => {
        const at = problemPosition(p);
        const d = new vscode.Diagnostic(new vscode.Range(at, at), p.message, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
        d.source = 'Article Annotator';
        return d;
      }));
    }
    return uris;
  }

  /** Lists the article's orphans (code `orphaned`) where they were last seen; none clears them. */
  setOrphans(article: vscode.TextDocument, orphans: readonly Orphan[], sidecarName: string): void {
    if (!orphans.length) return this.clearOrphans(article.uri);
    const length = article.getText().length;
    this.orphans.set(article.uri, orphans.map((o) => {
      const start = Math.min(Math.max(0, o.start), length);
      const range = new vscode.Range(article.positionAt(start), article.positionAt(Math.min(Math.max(start, o.end), length)));
      const what = o.kind === 'mention' ? `${o.type} “${o.label}”` : `claim by ${o.label}`;
      const quote = o.quote.length > 60 ? `${o.quote.slice(0, 59)}…` : o.quote;
      const d = new vscode.Diagnostic(range, `Orphaned annotation (${what}): “${quote}” is no longer in the text. It is kept in ${sidecarName}: select its text and run “Annotator: Re-attach Orphaned Annotation”, or delete it.`, vscode.DiagnosticSeverity.Warning);
      d.source = 'Article Annotator';
      d.code = 'orphaned';
      return d;
    }));
  }

  clearOrphans(articleUri: vscode.Uri): void {
    this.orphans.delete(articleUri);
  }

  dispose(): void {
    this.problems.dispose();
    this.orphans.dispose();
  }
}
