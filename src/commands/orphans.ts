/**
 * Annotator: Re-attach Orphaned Annotation (to the selection) and Annotator: Delete Orphaned
 * Annotation. Orphans are spans whose text was not found in the article; they stay in the sidecar
 * until the user does one of these. Arguments for tests and the panel (no UI at all):
 *   executeCommand('articleAnnotator.reattachOrphan', { uri, key, start, end })
 *   executeCommand('articleAnnotator.deleteOrphan', { uri, key })
 * `key` is an Orphan key (see workspace/orphans.ts); without it a quick pick lists the orphans.
 * Resolve to { key, quote } (undefined when cancelled or there is none).
 */
import * as vscode from 'vscode';
import type { ArticleController } from '../editor/articleController';
import { deleteOrphan, listOrphans, reattachOrphan, type Orphan } from '../workspace/orphans';
import { trimSpan } from '../workspace/entityEdits';
import { UserError, log } from '../workspace/log';
import { articleTarget, isOffset } from './target';

export interface OrphanArgs {
  uri?: string | vscode.Uri;
  key?: string;
  start?: number;
  end?: number;
}

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

async function pickOrphan(controller: ArticleController, document: vscode.TextDocument, key: string | undefined, verb: string): Promise<Orphan | undefined> {
  const state = await controller.store.get(document.uri);
  const orphans = state.doc ? listOrphans(state.doc, document.getText()) : [];
  if (key !== undefined) {
    const o = orphans.find((x) => x.key === key);
    if (!o) throw new UserError(`No orphaned annotation ${key} in ${vscode.workspace.asRelativePath(document.uri)} (re-attached or deleted meanwhile?).`);
    return o;
  }
  if (!orphans.length) {
    void vscode.window.showInformationMessage(`${vscode.workspace.asRelativePath(document.uri)} has no orphaned annotations.`);
    return undefined;
  }
  const items = orphans.map((o) => ({
    label: `“${short(o.quote)}”`,
    description: o.kind === 'mention' ? `${o.type} · ${o.label}` : `claim (${o.type}) by ${o.label}`,
    detail: `last seen at line ${document.positionAt(Math.min(o.start, document.getText().length)).line + 1}`,
    orphan: o,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: `${verb} Orphaned Annotation`, placeHolder: 'Which orphaned annotation?', matchOnDescription: true });
  return picked?.orphan;
}

export async function reattachOrphanCommand(controller: ArticleController, args: OrphanArgs = {}): Promise<{ key: string; quote: string } | undefined> {
  const { document, editor } = await articleTarget(args.uri);
  const text = document.getText();
  let span: { start: number; end: number } | undefined;
  if (args.start !== undefined || args.end !== undefined) {
    if (!isOffset(args.start) || !isOffset(args.end) || args.start >= args.end || args.end > text.length) {
      throw new UserError(`Span ${args.start}–${args.end} is not inside the article (length ${text.length}).`);
    }
    span = { start: args.start, end: args.end };
  } else if (editor && !editor.selection.isEmpty) {
    span = trimSpan(text, { start: document.offsetAt(editor.selection.start), end: document.offsetAt(editor.selection.end) });
  }
  if (!span) throw new UserError('Select the text the orphaned annotation belongs to in the article, then run “Re-attach Orphaned Annotation” again.');
  const orphan = await pickOrphan(controller, document, args.key, 'Re-attach');
  if (!orphan) return undefined;
  const where = vscode.workspace.asRelativePath(document.uri);
  const s = span;
  const r = await controller.store.edit(document, (doc, current) => reattachOrphan(doc, current, orphan.key, s), `Re-attach '${short(orphan.quote)}'`);
  log().info(`re-attached orphan "${orphan.quote}" (${orphan.key}) to "${r.quote}" (${s.start}–${s.end}) in ${where}${r.merged ? ': the entity already had that mention, orphan removed' : ''}`);
  vscode.window.setStatusBarMessage(`$(link) Re-attached “${short(orphan.quote)}” to “${short(r.quote)}”`, 4000);
  return { key: orphan.key, quote: r.quote };
}

export async function deleteOrphanCommand(controller: ArticleController, args: OrphanArgs = {}): Promise<{ key: string; quote: string } | undefined> {
  const { document } = await articleTarget(args.uri);
  const orphan = await pickOrphan(controller, document, args.key, 'Delete');
  if (!orphan) return undefined;
  const quote = await controller.store.edit(document, (doc, current) => deleteOrphan(doc, current, orphan.key), `Delete Orphan '${short(orphan.quote)}'`);
  log().info(`deleted orphan "${quote}" (${orphan.key}) in ${vscode.workspace.asRelativePath(document.uri)}`);
  vscode.window.setStatusBarMessage(`$(trash) Deleted orphaned annotation “${short(quote)}” (Undo Annotation Change brings it back)`, 4000);
  return { key: orphan.key, quote };
}
