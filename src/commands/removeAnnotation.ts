/**
 * Annotator: Remove Annotation. Removes the entity mention under the cursor (the entity goes with
 * its last mention); on a suggestion, rejects it so it stays hidden. Arguments for tests:
 *   executeCommand('articleAnnotator.removeAnnotation', { uri, offset })
 * Resolves to { removed: 'mention' | 'entity' | 'suggestion', ... } or undefined when nothing is there.
 */
import * as vscode from 'vscode';
import type { ArticleController } from '../editor/articleController';
import { itemAt } from '../workspace/articleView';
import { rejectSuggestion, removeMentionAt } from '../workspace/entityEdits';
import { log } from '../workspace/log';
import { articleTarget, targetOffset } from './target';

export interface RemoveAnnotationArgs {
  uri?: string | vscode.Uri;
  offset?: number;
}

export interface RemoveAnnotationResult {
  removed: 'mention' | 'entity' | 'suggestion';
  entityId?: string;
  type: string;
  start: number;
  end: number;
}

export async function removeAnnotationCommand(controller: ArticleController, args: RemoveAnnotationArgs = {}): Promise<RemoveAnnotationResult | undefined> {
  const target = await articleTarget(args.uri);
  const { document } = target;
  const offset = targetOffset(target, args.offset);
  const snapshot = await controller.current(document);
  const hit = snapshot ? itemAt(snapshot.view, offset) : {};
  const where = vscode.workspace.asRelativePath(document.uri);
  if (hit.accepted) {
    const accepted = hit.accepted;
    const r = await controller.store.edit(document, (doc) => removeMentionAt(doc, offset));
    if (!r) return undefined;
    const removed = r.entityRemoved ? 'entity' : 'mention';
    log().info(`removed ${removed} "${r.mention.quote}" (${r.mention.start}–${r.mention.end}) of ${r.entity.id} in ${where}`);
    vscode.window.setStatusBarMessage(`$(trash) Removed “${accepted.name}”${r.entityRemoved ? ' (its last mention: entity removed)' : ''}`, 4000);
    return { removed, entityId: r.entity.id, type: r.entity.type, start: r.mention.start, end: r.mention.end };
  }
  if (hit.suggestion) {
    const s = hit.suggestion;
    await controller.store.edit(document, (doc, text) => rejectSuggestion(doc, text, s, s.type));
    log().info(`rejected suggestion "${s.text}" (${s.type}, ${s.start}–${s.end}) in ${where}`);
    vscode.window.setStatusBarMessage(`$(trash) Rejected suggestion “${s.text}”`, 4000);
    return { removed: 'suggestion', type: s.type, start: s.start, end: s.end };
  }
  void vscode.window.showInformationMessage('Nothing to remove here: put the cursor on a highlighted entity.');
  return undefined;
}
