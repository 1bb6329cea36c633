// Helpers shared by integration test files (each *.test.ts is bundled on its own; this file is
// bundled into the ones that import it). The workspace is a throw-away copy of samples/.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { parseSidecar } from '../../../src/core/store/sidecar';
import type { AnnotationDoc } from '../../../src/core/model';
import type { DebugDocument, DebugState } from '../../../src/commands/debugState';

export const folder = (): string => vscode.workspace.workspaceFolders![0].uri.fsPath;
export const sidecarOf = (file: string): string => file.replace(/\.txt$/, '.annotations.yaml');
export const uriOf = (file: string): string => vscode.Uri.file(file).toString();

/** What `_debugState` reports for one article. */
export async function state(file: string): Promise<DebugDocument> {
  const s = await vscode.commands.executeCommand<DebugState>('articleAnnotator._debugState', { uri: uriOf(file) });
  assert.strictEqual(s.documents.length, 1, `debug state for ${file}`);
  return s.documents[0];
}

/** The sidecar of `file` as on disk, parsed (it must parse without problems). */
export function readSidecar(file: string): AnnotationDoc {
  const p = sidecarOf(file);
  assert.ok(fs.existsSync(p), `${path.basename(p)} exists`);
  const parsed = parseSidecar(fs.readFileSync(p, 'utf8'), p);
  assert.deepStrictEqual(parsed.problems.filter((x) => x.severity === 'error'), [], 'sidecar parses');
  return parsed.doc!;
}

export async function open(file: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  return vscode.window.showTextDocument(doc, { preview: false });
}

export function select(editor: vscode.TextEditor, start: number, end: number): void {
  const d = editor.document;
  editor.selection = new vscode.Selection(d.positionAt(start), d.positionAt(end));
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Polls `probe` until it returns something truthy; fails with the last value seen after `ms`. */
export async function until<T>(what: string, probe: () => Promise<T | undefined | false>, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    const v = await probe().catch((e: unknown) => { last = e; return undefined; });
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
