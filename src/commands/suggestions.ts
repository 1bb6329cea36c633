/**
 * Accepting or rejecting every suggestion of one name at once (the Entities panel's row actions):
 *   executeCommand('articleAnnotator.acceptSuggestions', { uri, type, name })  → { count, entityId }
 *   executeCommand('articleAnnotator.rejectSuggestions', { uri, type, name })  → { count }
 * `name` is the suggestion's name as the panel shows it (canonical name or text, any case).
 */
import * as vscode from 'vscode';
import type { ArticleController } from '../editor/articleController';
import type { ShownSuggestion } from '../workspace/articleView';
import { rejectSuggestion, tagEntity } from '../workspace/entityEdits';
import { UserError, log } from '../workspace/log';
import { articleTarget } from './target';

export interface SuggestionArgs {
  uri?: string | vscode.Uri;
  type?: string;
  name?: string;
}

async function matching(controller: ArticleController, args: SuggestionArgs) {
  if (typeof args.type !== 'string' || typeof args.name !== 'string') throw new UserError('Which suggestions? Give their type and name.');
  const { document } = await articleTarget(args.uri);
  const snapshot = await controller.current(document);
  const name = args.name.toLowerCase();
  const found: ShownSuggestion[] = (snapshot?.view.suggestions ?? []).filter((s) => s.type === args.type && s.name.toLowerCase() === name);
  if (!found.length) throw new UserError(`No suggested ${args.type} “${args.name}” in ${vscode.workspace.asRelativePath(document.uri)} any more.`);
  return { document, found, type: args.type };
}

export async function acceptSuggestionsCommand(controller: ArticleController, args: SuggestionArgs = {}): Promise<{ count: number; entityId: string }> {
  const { document, found, type } = await matching(controller, args);
  const entityId = await controller.store.edit(document, (doc, text) => {
    let id = '';
    for (const s of found) id = tagEntity(doc, text, s, type, s.name).entity.id;
    return id;
  });
  log().info(`accepted ${found.length} suggested mentions of "${found[0].name}" as ${type} (${entityId}) in ${vscode.workspace.asRelativePath(document.uri)}`);
  vscode.window.setStatusBarMessage(`$(check) Tagged ${found.length === 1 ? '1 mention' : `${found.length} mentions`} of “${found[0].name}” as ${type}`, 4000);
  return { count: found.length, entityId };
}

export async function rejectSuggestionsCommand(controller: ArticleController, args: SuggestionArgs = {}): Promise<{ count: number }> {
  const { document, found, type } = await matching(controller, args);
  await controller.store.edit(document, (doc, text) => {
    for (const s of found) rejectSuggestion(doc, text, s, type);
  });
  log().info(`rejected ${found.length} suggested mentions of "${found[0].name}" as ${type} in ${vscode.workspace.asRelativePath(document.uri)}`);
  vscode.window.setStatusBarMessage(`$(close) Rejected “${found[0].name}” as ${type} (${found.length === 1 ? '1 mention' : `${found.length} mentions`})`, 4000);
  return { count: found.length };
}
