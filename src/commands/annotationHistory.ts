/**
 * Annotator: Undo Annotation Change / Redo Annotation Change: the extension's own operations (tag,
 * remove, accept, reject, change type, re-attach…) on the article's sidecar, not text edits (those
 * are the editor's undo). Arguments for tests: executeCommand('articleAnnotator.undo', { uri }).
 * Resolves to { label } of the change undone or redone, undefined when there was none.
 */
import * as vscode from 'vscode';
import type { ArticleController } from '../editor/articleController';
import { log } from '../workspace/log';
import { articleTarget } from './target';

export interface HistoryArgs {
  uri?: string | vscode.Uri;
}

export async function annotationHistoryCommand(controller: ArticleController, direction: 'undo' | 'redo', args: HistoryArgs = {}): Promise<{ label: string } | undefined> {
  const { document } = await articleTarget(args.uri);
  const where = vscode.workspace.asRelativePath(document.uri);
  const change = await controller.store.step(document, direction);
  if (!change) {
    void vscode.window.showInformationMessage(`No annotation change to ${direction} in ${where}.`);
    return undefined;
  }
  log().info(`${direction}: ${change.label} in ${where}`);
  vscode.window.setStatusBarMessage(`$(${direction === 'undo' ? 'discard' : 'redo'}) ${direction === 'undo' ? 'Undid' : 'Redid'}: ${change.label}`, 4000);
  return { label: change.label };
}
