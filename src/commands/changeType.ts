/**
 * Annotator: Change Entity Type. On an accepted mention: the entity (all its mentions) gets the
 * new type (joining an entity of the same name and that type, if there is one). On a suggestion:
 * it is accepted with the new type.
 *   executeCommand('articleAnnotator.changeEntityType', { uri, offset, type })  → { entityId, name, type, from }
 */
import * as vscode from 'vscode';
import type { ArticleController } from '../editor/articleController';
import { retypeEntity, tagEntity } from '../workspace/entityEdits';
import { allTypes } from '../workspace/settings';
import { UserError, log } from '../workspace/log';
import { articleTarget, targetOffset } from './target';
import { pickType } from './tagEntity';

export interface ChangeTypeArgs {
  uri?: string | vscode.Uri;
  offset?: number;
  type?: string;
}

export interface ChangeTypeResult {
  entityId: string;
  name: string;
  type: string;
  from: string;
  /** Mentions that now have the new type. */
  mentions: number;
}

export async function changeEntityTypeCommand(controller: ArticleController, args: ChangeTypeArgs = {}): Promise<ChangeTypeResult | undefined> {
  const target = await articleTarget(args.uri);
  const { document } = target;
  const offset = targetOffset(target, args.offset, 'an entity');
  await controller.current(document);
  const hit = controller.itemAt(document.uri, offset);
  const item = hit.accepted ?? hit.suggestion;
  if (!item) throw new UserError('No entity here: put the cursor on a highlighted or underlined name.');
  const types = allTypes(controller.currentSettings);
  let type = args.type;
  if (type === undefined) {
    const others = types.filter((t) => t !== item.type);
    type = await pickType(others, item.name, undefined, () => undefined, {
      title: `Change “${item.name}” from ${item.type} to…`, colors: controller.currentSettings.customTypes,
    });
    if (!type) return undefined;
  } else if (!types.includes(type)) {
    throw new UserError(`Unknown entity type "${type}". Known types: ${types.join(', ')} (add your own in the setting articleAnnotator.customTypes).`);
  }
  const to = type;
  const where = vscode.workspace.asRelativePath(document.uri);
  let result: ChangeTypeResult;
  if (hit.accepted) {
    const id = hit.accepted.entityId;
    result = await controller.store.edit(document, (doc) => {
      const r = retypeEntity(doc, id, to);
      return { entityId: r.entity.id, name: r.entity.name, type: to, from: r.from, mentions: r.entity.mentions.length };
    });
  } else {
    const s = hit.suggestion!;
    result = await controller.store.edit(document, (doc, text) => {
      const r = tagEntity(doc, text, s, to, s.name);
      return { entityId: r.entity.id, name: r.entity.name, type: to, from: s.type, mentions: r.entity.mentions.length };
    });
  }
  log().info(`changed type of "${result.name}" (${result.entityId}) from ${result.from} to ${to} in ${where}`);
  vscode.window.setStatusBarMessage(`$(symbol-class) “${result.name}” is now ${to}`, 4000);
  return result;
}
