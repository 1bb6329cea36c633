/**
 * Annotator: Tag All Occurrences. Tags every whole-word occurrence of the selected text (or of the
 * entity under the cursor) in the article as one entity of the chosen type. Occurrences that
 * overlap another tagged entity are left alone.
 *   executeCommand('articleAnnotator.tagAllOccurrences', { uri, text, type })       // text given
 *   executeCommand('articleAnnotator.tagAllOccurrences', { uri, start, end, type }) // text of a span
 * Resolves to { entityId, name, type, count, skipped } (undefined when cancelled).
 */
import * as vscode from 'vscode';
import type { ArticleController } from '../editor/articleController';
import { findEntity, nameFor, tagSpans } from '../workspace/entityEdits';
import { wholeWordMatches } from '../workspace/occurrences';
import { allTypes } from '../workspace/settings';
import { UserError, log } from '../workspace/log';
import { articleTarget, isOffset } from './target';
import { pickType } from './tagEntity';

export interface TagAllArgs {
  uri?: string | vscode.Uri;
  text?: string;
  start?: number;
  end?: number;
  type?: string;
}

export interface TagAllResult {
  entityId: string;
  name: string;
  type: string;
  /** Occurrences newly tagged. */
  count: number;
  /** Occurrences left alone: already tagged, or overlapping another entity. */
  skipped: number;
}

export async function tagAllOccurrencesCommand(controller: ArticleController, args: TagAllArgs = {}): Promise<TagAllResult | undefined> {
  const { document, editor } = await articleTarget(args.uri);
  const text = document.getText();
  const snapshot = await controller.current(document);
  let phrase = args.text;
  let suggestedType: string | undefined;
  let name: string | undefined;
  if (phrase === undefined && (args.start !== undefined || args.end !== undefined)) {
    if (!isOffset(args.start) || !isOffset(args.end) || args.start >= args.end || args.end > text.length) {
      throw new UserError(`Cannot tag ${args.start}–${args.end}: the span must lie inside the article (0–${text.length}).`);
    }
    phrase = text.slice(args.start, args.end);
    const hit = controller.itemAt(document.uri, args.start);
    const item = hit.accepted ?? hit.suggestion;
    if (item && item.start === args.start && item.end === args.end) ({ type: suggestedType, name } = item);
  }
  if (phrase === undefined && editor) {
    const sel = editor.selection;
    if (!sel.isEmpty) phrase = document.getText(sel);
    else {
      const hit = controller.itemAt(document.uri, document.offsetAt(sel.active));
      const item = hit.accepted ?? hit.suggestion;
      if (item) {
        ({ type: suggestedType, name } = item);
        phrase = text.slice(item.start, item.end);
      }
    }
  }
  phrase = phrase === undefined ? undefined : nameFor(phrase);
  if (!phrase) throw new UserError('Select the words to tag everywhere in the article (or put the cursor on an entity).');
  const matches = wholeWordMatches(text, phrase);
  if (!matches.length) throw new UserError(`“${phrase}” does not occur as a whole word in ${vscode.workspace.asRelativePath(document.uri)}.`);

  const types = allTypes(controller.currentSettings);
  let type = args.type;
  if (type === undefined) {
    type = await pickType(types, phrase, suggestedType, (t) => snapshot?.sidecar?.doc && findEntity(snapshot.sidecar.doc, name ?? phrase!, t)?.mentions.length, {
      title: `Tag all ${matches.length} occurrences of “${phrase.length > 50 ? phrase.slice(0, 47) + '…' : phrase}” as…`, colors: controller.currentSettings.customTypes,
    });
    if (!type) return undefined;
  } else if (!types.includes(type)) {
    throw new UserError(`Unknown entity type "${type}". Known types: ${types.join(', ')} (add your own in the setting articleAnnotator.customTypes).`);
  }
  const to = type;
  const entityName = name ?? phrase;
  const accepted = snapshot?.view.accepted ?? [];
  const free = matches.filter((m) => !accepted.some((a) => a.start < m.end && m.start < a.end && !(a.start === m.start && a.end === m.end && a.type === to)));
  const r = await controller.store.edit(document, (doc, current) => {
    const t = tagSpans(doc, current, free.map((m) => ({ ...m, type: to, name: entityName })));
    const entity = t.entities[0] ?? findEntity(doc, entityName, to);
    return { tagged: t.tagged, entityId: entity?.id ?? '', name: entity?.name ?? entityName };
  });
  const skipped = matches.length - r.tagged;
  log().info(`tagged ${r.tagged} of ${matches.length} occurrences of "${phrase}" as ${to} (${r.entityId}) in ${vscode.workspace.asRelativePath(document.uri)}`);
  vscode.window.setStatusBarMessage(`$(tag) Tagged ${r.tagged} occurrence${r.tagged === 1 ? '' : 's'} of “${phrase}” as ${to}${skipped ? ` (${skipped} left: already tagged or inside another entity)` : ''}`, 5000);
  return { entityId: r.entityId, name: r.name, type: to, count: r.tagged, skipped };
}
