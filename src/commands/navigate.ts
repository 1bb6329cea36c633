/**
 * Annotator: Next Entity / Previous Entity (alt+] / alt+[ in an article): selects the next (or
 * previous) accepted entity or suggestion after (before) the cursor, wrapping around the article.
 *   executeCommand('articleAnnotator.nextEntity', { uri, offset })  → { start, end, name, type, accepted }
 */
import * as vscode from 'vscode';
import type { ArticleController } from '../editor/articleController';
import { UserError } from '../workspace/log';
import { articleTarget, targetOffset } from './target';

export interface NavigateArgs {
  uri?: string | vscode.Uri;
  offset?: number;
}

export interface NavigateResult {
  start: number;
  end: number;
  name: string;
  type: string;
  accepted: boolean;
  wrapped: boolean;
}

export async function navigateEntityCommand(controller: ArticleController, direction: 1 | -1, args: NavigateArgs = {}): Promise<NavigateResult | undefined> {
  const target = await articleTarget(args.uri);
  const { document } = target;
  const snapshot = await controller.current(document);
  const items = [
    ...(snapshot?.view.accepted ?? []).map((m) => ({ ...m, accepted: true })),
    ...(snapshot?.view.suggestions ?? []).map((s) => ({ ...s, accepted: false })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  if (!items.length) throw new UserError('No entities in this article yet (suggestions may be off: Annotator: Toggle Suggestions).');
  // from the selection's end going forward, from its start going back (a selected entity is skipped)
  let offset: number;
  if (args.offset !== undefined || !target.editor) offset = targetOffset(target, args.offset ?? 0);
  else offset = document.offsetAt(direction > 0 ? target.editor.selection.end : target.editor.selection.start);
  let next = direction > 0 ? items.find((i) => i.start >= offset) : findLast(items, (i) => i.start < offset);
  const wrapped = !next;
  next ??= direction > 0 ? items[0] : items[items.length - 1];
  const editor = target.editor ?? (await vscode.window.showTextDocument(document, { preview: false }));
  const range = new vscode.Range(document.positionAt(next.start), document.positionAt(next.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  if (wrapped) vscode.window.setStatusBarMessage(`$(debug-restart) Wrapped around to the ${direction > 0 ? 'first' : 'last'} entity`, 3000);
  return { start: next.start, end: next.end, name: next.name, type: next.type, accepted: next.accepted, wrapped };
}

function findLast<T>(xs: T[], p: (x: T) => boolean): T | undefined {
  for (let i = xs.length - 1; i >= 0; i--) if (p(xs[i])) return xs[i];
  return undefined;
}
