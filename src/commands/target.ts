/** Which article and which span a command acts on: explicit arguments (tests, panel) or the editor. */
import * as vscode from 'vscode';
import { isArticle } from '../editor/articleController';
import { UserError, errorText } from '../workspace/log';
import { readArticle } from '../core/store/article';

export interface ArticleTarget {
  document: vscode.TextDocument;
  /** The editor showing it, when there is one (selection-based commands need it). */
  editor?: vscode.TextEditor;
}

function toUri(uri: unknown): vscode.Uri | undefined {
  if (uri instanceof vscode.Uri) return uri;
  if (typeof uri === 'string') return uri.includes('://') || uri.startsWith('file:') ? vscode.Uri.parse(uri) : vscode.Uri.file(uri);
  if (uri && typeof uri === 'object' && 'scheme' in uri && 'path' in uri) return vscode.Uri.from(uri as vscode.Uri);
  return undefined;
}

/** The article named by `uri` (opened if needed), else the one in the active editor. */
export async function articleTarget(uri?: unknown): Promise<ArticleTarget> {
  const wanted = toUri(uri);
  if (uri !== undefined && !wanted) throw new UserError(`Not a file: ${JSON.stringify(uri)}`);
  if (wanted) {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === wanted.toString());
    const document = editor?.document ?? (await openArticle(wanted));
    if (!isArticle(document)) throw new UserError(`${vscode.workspace.asRelativePath(wanted)} is not an article (language "${document.languageId}").`);
    return { document, editor };
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor) throw new UserError('Open an article first: a .txt file in a folder that maps *.txt to the Article language, or a .article file.');
  if (!isArticle(editor.document)) {
    throw new UserError(`This editor is not an article (language "${editor.document.languageId}"). Use "Change Language Mode" → Article, or map the files to "article" in files.associations.`);
  }
  return { document: editor.document, editor };
}

/** Opens a document; a file VS Code refuses (binary, …) gets a message saying why, from its bytes. */
async function openArticle(uri: vscode.Uri): Promise<vscode.TextDocument> {
  try {
    return await vscode.workspace.openTextDocument(uri);
  } catch (err) {
    const why = uri.scheme === 'file' ? (await readArticle(uri.fsPath)).problems[0]?.message : undefined;
    throw new UserError(`Cannot open ${vscode.workspace.asRelativePath(uri)} as an article: ${why ?? errorText(err)}. Nothing was written.`);
  }
}

export function isOffset(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

/** The offset a command acts on: the `offset` argument (checked), else the cursor of the editor. */
export function targetOffset(target: ArticleTarget, offset: unknown, what = 'an annotation'): number {
  if (offset !== undefined) {
    if (!isOffset(offset) || offset > target.document.getText().length) throw new UserError(`Offset ${String(offset)} is outside the article.`);
    return offset;
  }
  if (target.editor) return target.document.offsetAt(target.editor.selection.active);
  throw new UserError(`Put the cursor on ${what} in an article editor first.`);
}
