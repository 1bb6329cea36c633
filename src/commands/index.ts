/** Registers the Annotator commands (ids as contributed in package.json). */
import * as vscode from 'vscode';
import type { ArticleController } from '../editor/articleController';
import { guarded, log } from '../workspace/log';
import { toggleDetection } from '../workspace/settings';
import { tagEntityCommand, type TagEntityArgs } from './tagEntity';
import { removeAnnotationCommand, type RemoveAnnotationArgs } from './removeAnnotation';
import { debugStateCommand, type Startup } from './debugState';
import { acceptSuggestionsCommand, rejectSuggestionsCommand, type SuggestionArgs } from './suggestions';
import { articleTarget } from './target';
import { annotationHistoryCommand, type HistoryArgs } from './annotationHistory';
import { deleteOrphanCommand, reattachOrphanCommand, type OrphanArgs } from './orphans';
import { acceptAllSuggestionsCommand, acceptSuggestionCommand, rejectSuggestionCommand, type AcceptAllArgs, type SuggestionAtArgs } from './suggestionAt';
import { changeEntityTypeCommand, type ChangeTypeArgs } from './changeType';
import { tagAllOccurrencesCommand, type TagAllArgs } from './tagAll';
import { navigateEntityCommand, type NavigateArgs } from './navigate';

export function registerCommands(controller: ArticleController, startup: () => Startup): vscode.Disposable[] {
  const reg = <A extends unknown[], R>(id: string, title: string, fn: (...args: A) => Promise<R>) =>
    vscode.commands.registerCommand(id, guarded(title, fn));
  return [
    reg('articleAnnotator.tagEntity', 'Tag Entity', (args?: TagEntityArgs) => tagEntityCommand(controller, asObject(args))),
    reg('articleAnnotator.removeAnnotation', 'Remove Annotation', (args?: RemoveAnnotationArgs) => removeAnnotationCommand(controller, asObject(args))),
    reg('articleAnnotator.acceptSuggestions', 'Accept Suggestions', (args?: SuggestionArgs) => acceptSuggestionsCommand(controller, asObject(args))),
    reg('articleAnnotator.rejectSuggestions', 'Reject Suggestions', (args?: SuggestionArgs) => rejectSuggestionsCommand(controller, asObject(args))),
    reg('articleAnnotator.showOutput', 'Show Output', async () => log().show(true)),
    reg('articleAnnotator.refresh', 'Refresh Annotations', async () => {
      const { document } = await articleTarget();
      await controller.store.reload(document.uri);
      await controller.current(document);
    }),
    reg('articleAnnotator.toggleSuggestions', 'Toggle Suggestions', async () => {
      const on = await toggleDetection();
      vscode.window.setStatusBarMessage(`$(lightbulb) Entity suggestions ${on ? 'on' : 'off'}`, 3000);
      return on;
    }),
    reg('articleAnnotator.undo', 'Undo Annotation Change', (args?: HistoryArgs) => annotationHistoryCommand(controller, 'undo', asObject(args))),
    reg('articleAnnotator.redo', 'Redo Annotation Change', (args?: HistoryArgs) => annotationHistoryCommand(controller, 'redo', asObject(args))),
    reg('articleAnnotator.reattachOrphan', 'Re-attach Orphaned Annotation', (args?: OrphanArgs) => reattachOrphanCommand(controller, asObject(args))),
    reg('articleAnnotator.deleteOrphan', 'Delete Orphaned Annotation', (args?: OrphanArgs) => deleteOrphanCommand(controller, asObject(args))),
    reg('articleAnnotator.acceptSuggestion', 'Accept Suggestion', (args?: SuggestionAtArgs) => acceptSuggestionCommand(controller, asObject(args))),
    reg('articleAnnotator.rejectSuggestion', 'Reject Suggestion', (args?: SuggestionAtArgs) => rejectSuggestionCommand(controller, asObject(args))),
    reg('articleAnnotator.acceptAllSuggestions', 'Accept All Suggestions in Article', (args?: AcceptAllArgs) => acceptAllSuggestionsCommand(controller, asObject(args))),
    reg('articleAnnotator.changeEntityType', 'Change Entity Type', (args?: ChangeTypeArgs) => changeEntityTypeCommand(controller, asObject(args))),
    reg('articleAnnotator.tagAllOccurrences', 'Tag All Occurrences', (args?: TagAllArgs) => tagAllOccurrencesCommand(controller, asObject(args))),
    reg('articleAnnotator.nextEntity', 'Next Entity', (args?: NavigateArgs) => navigateEntityCommand(controller, 1, asObject(args))),
    reg('articleAnnotator.previousEntity', 'Previous Entity', (args?: NavigateArgs) => navigateEntityCommand(controller, -1, asObject(args))),
    // Hidden test hooks: not guarded, so a test sees the error.
    vscode.commands.registerCommand('articleAnnotator._holdWrites', async (args?: { uri?: string; hold?: boolean }) =>
      controller.store.holdWrites((await articleTarget(asObject<{ uri?: string }>(args).uri)).document.uri, asObject<{ hold?: boolean }>(args).hold !== false)),
    vscode.commands.registerCommand('articleAnnotator._debugState', (args?: { uri?: string }) => debugStateCommand(controller, startup(), asObject(args))),
  ];
}

/**
 * Arguments come from tests and the panel as an object; the editor context menu passes the
 * document's URI instead, which means "the active editor" here.
 */
export function asObject<T extends object>(args: unknown): T {
  return (args && typeof args === 'object' && !(args instanceof vscode.Uri) ? args : {}) as T;
}
