/**
 * The suggestion under the cursor (or at `offset`), and all of an article's suggestions at once:
 *   executeCommand('articleAnnotator.acceptSuggestion', { uri, offset })  → { entityId, name, type, start, end }
 *   executeCommand('articleAnnotator.rejectSuggestion', { uri, offset })  → { name, type, start, end }
 *   executeCommand('articleAnnotator.acceptAllSuggestions', { uri, confirm: false })  → { count, entities }
 * A rejection is kept in the sidecar (`rejected`), so the suggestion stays gone.
 */
import * as vscode from 'vscode';
import type { ArticleController } from '../editor/articleController';
import type { ShownSuggestion } from '../workspace/articleView';
import { rejectSuggestion, tagEntity, tagSpans } from '../workspace/entityEdits';
import { UserError, log } from '../workspace/log';
import { articleTarget, targetOffset } from './target';

export interface SuggestionAtArgs {
  uri?: string | vscode.Uri;
  offset?: number;
}

export interface SuggestionResult {
  entityId?: string;
  name: string;
  type: string;
  start: number;
  end: number;
}

/** Above this many suggestions, Accept All shows a progress notification. */
const PROGRESS_ABOVE = 200;

async function suggestionAt(controller: ArticleController, args: SuggestionAtArgs) {
  const target = await articleTarget(args.uri);
  const offset = targetOffset(target, args.offset, 'a suggested entity');
  const snapshot = await controller.current(target.document);
  const hit = snapshot ? controller.itemAt(target.document.uri, offset) : {};
  if (!hit.suggestion) {
    throw new UserError(hit.accepted ? `“${hit.accepted.name}” is already accepted (${hit.accepted.type}).` : 'No suggested entity here: put the cursor on an underlined name.');
  }
  return { document: target.document, suggestion: hit.suggestion };
}

export async function acceptSuggestionCommand(controller: ArticleController, args: SuggestionAtArgs = {}): Promise<SuggestionResult> {
  const { document, suggestion: s } = await suggestionAt(controller, args);
  const r = await controller.store.edit(document, (doc, text) => tagEntity(doc, text, s, s.type, s.name));
  log().info(`accepted suggestion "${s.text}" (${s.type}, ${s.start}–${s.end}) as ${r.entity.id} in ${vscode.workspace.asRelativePath(document.uri)}`);
  vscode.window.setStatusBarMessage(`$(check) Accepted “${s.name}” as ${s.type}`, 4000);
  return { entityId: r.entity.id, name: r.entity.name, type: s.type, start: s.start, end: s.end };
}

export async function rejectSuggestionCommand(controller: ArticleController, args: SuggestionAtArgs = {}): Promise<SuggestionResult> {
  const { document, suggestion: s } = await suggestionAt(controller, args);
  await controller.store.edit(document, (doc, text) => rejectSuggestion(doc, text, s, s.type));
  log().info(`rejected suggestion "${s.text}" (${s.type}, ${s.start}–${s.end}) in ${vscode.workspace.asRelativePath(document.uri)}`);
  vscode.window.setStatusBarMessage(`$(close) Rejected suggestion “${s.text}” (${s.type})`, 4000);
  return { name: s.name, type: s.type, start: s.start, end: s.end };
}

export interface AcceptAllArgs {
  uri?: string | vscode.Uri;
  /** false: no confirmation dialog (tests, scripts). */
  confirm?: boolean;
}

export async function acceptAllSuggestionsCommand(controller: ArticleController, args: AcceptAllArgs = {}): Promise<{ count: number; entities: number } | undefined> {
  const { document } = await articleTarget(args.uri);
  const snapshot = await controller.current(document);
  const found: ShownSuggestion[] = snapshot?.view.suggestions ?? [];
  const where = vscode.workspace.asRelativePath(document.uri);
  if (!found.length) {
    void vscode.window.showInformationMessage(`No suggestions to accept in ${where}.`);
    return { count: 0, entities: 0 };
  }
  if (args.confirm !== false) {
    const names = new Set(found.map((s) => `${s.type}\u0001${s.name.toLowerCase()}`)).size;
    const ok = await vscode.window.showWarningMessage(
      `Accept all ${found.length} suggested mentions (${names} entities) in ${where}?`,
      { modal: true, detail: 'They are written to the annotations file. Undo with Annotator: Undo Annotation Change, or remove them one by one.' },
      'Accept All',
    );
    if (ok !== 'Accept All') return undefined;
  }
  const run = () => controller.store.edit(document, (doc, text) => tagSpans(doc, text, found));
  const r = found.length > PROGRESS_ABOVE
    ? await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Accepting ${found.length} suggestions…` }, run)
    : await run();
  log().info(`accepted all ${r.tagged} suggestions (${r.entities.length} entities) in ${where}`);
  vscode.window.setStatusBarMessage(`$(check-all) Accepted ${r.tagged} suggestions (${r.entities.length} entities)`, 4000);
  return { count: r.tagged, entities: r.entities.length };
}
