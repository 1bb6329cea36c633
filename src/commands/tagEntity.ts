/**
 * Annotator: Tag Entity. Tags the selection (or the suggestion under the cursor) as an entity of
 * a type picked from a quick pick, or given as an argument:
 *   executeCommand('articleAnnotator.tagEntity', { type: 'person' })            // selection
 *   executeCommand('articleAnnotator.tagEntity', { type, start, end, uri, name }) // no UI at all
 * Resolves to { entityId, name, type, start, end, created } (undefined when cancelled).
 */
import * as vscode from 'vscode';
import type { Span } from '../core/model';
import type { ArticleController } from '../editor/articleController';
import { tagEntity, trimSpan, findEntity, nameFor } from '../workspace/entityEdits';
import { allTypes } from '../workspace/settings';
import { UserError, log } from '../workspace/log';
import { articleTarget, isOffset } from './target';

export interface TagEntityArgs {
  type?: string;
  start?: number;
  end?: number;
  uri?: string | vscode.Uri;
  name?: string;
}

export interface TagEntityResult {
  entityId: string;
  name: string;
  type: string;
  start: number;
  end: number;
  created: boolean;
}

const ICONS: Record<string, string> = {
  person: 'person', organization: 'organization', location: 'location', date: 'calendar', quantity: 'symbol-number',
};

export async function tagEntityCommand(controller: ArticleController, args: TagEntityArgs = {}): Promise<TagEntityResult | undefined> {
  const { document, editor } = await articleTarget(args.uri);
  const text = document.getText();
  const snapshot = await controller.current(document);

  let span: Span | undefined;
  let suggestedType: string | undefined;
  let suggestedName: string | undefined;
  if (args.start !== undefined || args.end !== undefined) {
    if (!isOffset(args.start) || !isOffset(args.end) || args.start >= args.end || args.end > text.length) {
      throw new UserError(`Cannot tag ${args.start}–${args.end}: the span must lie inside the article (0–${text.length}).`);
    }
    span = { start: args.start, end: args.end };
  } else {
    if (!editor) throw new UserError('Select the words to tag in an article editor first.');
    const sel = editor.selection;
    if (!sel.isEmpty) span = { start: document.offsetAt(sel.start), end: document.offsetAt(sel.end) };
    else {
      const s = snapshot && controller.itemAt(document.uri, document.offsetAt(sel.active)).suggestion;
      if (!s) throw new UserError('Select the words to tag first (or put the cursor on a suggested entity).');
      span = { start: s.start, end: s.end };
    }
  }
  span = trimSpan(text, span);
  if (!span) throw new UserError('The selection is only white space; select the words to tag.');
  const suggestion = snapshot?.view.suggestions.find((s) => s.start === span!.start && s.end === span!.end);
  if (suggestion) {
    suggestedType = suggestion.type;
    suggestedName = suggestion.name;
  }

  const quote = text.slice(span.start, span.end);
  const types = allTypes(controller.currentSettings);
  let type = args.type;
  if (type === undefined) {
    type = await pickType(types, nameFor(quote), suggestedType, (t) => snapshot?.sidecar?.doc && findEntity(snapshot.sidecar.doc, suggestedName ?? nameFor(quote), t)?.mentions.length, { colors: controller.currentSettings.customTypes });
    if (!type) return undefined; // cancelled
  } else if (!types.includes(type)) {
    throw new UserError(`Unknown entity type "${type}". Known types: ${types.join(', ')} (add your own in the setting articleAnnotator.customTypes).`);
  }
  const chosenType = type;
  const name = args.name ?? (suggestedType === chosenType ? suggestedName : undefined);
  const result = await controller.store.edit(document, (doc, current) => tagEntity(doc, current, span!, chosenType, name));
  const what = result.unchanged ? 'already tagged' : result.created ? 'new entity' : result.retypedFrom ? `was ${result.retypedFrom}` : `mention ${result.entity.mentions.length}`;
  log().info(`tagged "${result.mention.quote}" (${span.start}–${span.end}) in ${vscode.workspace.asRelativePath(document.uri)} as ${chosenType} ${result.entity.id} (${what})`);
  vscode.window.setStatusBarMessage(`$(tag) Tagged “${result.entity.name}” as ${chosenType} (${what})`, 4000);
  return { entityId: result.entity.id, name: result.entity.name, type: chosenType, start: span.start, end: span.end, created: result.created };
}

/** Quick pick of an entity type (custom types with a tag icon); undefined when cancelled. */
export async function pickType(
  types: string[], quote: string, suggested: string | undefined, known: (type: string) => number | undefined,
  opts: { title?: string; colors?: Record<string, string> } = {},
): Promise<string | undefined> {
  type Item = vscode.QuickPickItem & { type: string };
  const items: Item[] = types.map((t) => {
    const n = known(t);
    const notes = [t === suggested ? 'suggested' : '', n ? `adds a mention (${n} so far)` : ''].filter(Boolean);
    const color = opts.colors?.[t];
    if (color) return { type: t, label: t, iconPath: swatch(color), description: [...notes, color].join(' · ') };
    return { type: t, label: `$(${ICONS[t] ?? 'tag'}) ${t}`, description: notes.join(' · ') || undefined };
  });
  const qp = vscode.window.createQuickPick<Item>();
  qp.title = opts.title ?? `Tag “${quote.length > 60 ? quote.slice(0, 57) + '…' : quote}” as…`;
  qp.placeholder = 'Entity type (Enter to tag, Escape to cancel)';
  qp.items = items;
  qp.matchOnDescription = true;
  const pre = items.find((i) => i.type === suggested);
  if (pre) qp.activeItems = [pre];
  return new Promise((resolve) => {
    let done = false;
    qp.onDidAccept(() => {
      done = true;
      resolve(qp.selectedItems[0]?.type ?? qp.activeItems[0]?.type);
      qp.hide();
    });
    qp.onDidHide(() => {
      if (!done) resolve(undefined);
      qp.dispose();
    });
    qp.show();
  });
}

/** A round swatch of a custom type's colour, as a quick-pick icon. */
function swatch(color: string): vscode.Uri {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><circle cx="8" cy="8" r="6" fill="${color}"/></svg>`;
  return vscode.Uri.parse(`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`);
}
