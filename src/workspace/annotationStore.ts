/**
 * The ONE place where the VS Code layer reads and writes sidecars (`NAME.annotations.yaml`).
 * Everything else asks this adapter; the core store (src/core/store) does parsing, serialising
 * and atomic writing, so its later additions (anchoring, merging, schema checks) plug in here.
 *
 * A sidecar that does not parse is reported (message, log, Problems panel) and its article's
 * annotations become read-only: this adapter never writes over a file it could not read.
 */
import * as vscode from 'vscode';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { AnnotationDoc, Problem } from '../core/model';
import { newDoc, parseSidecar, serializeSidecar, sha256, sidecarPathFor } from '../core/store/sidecar';
import { writeFileAtomic } from '../core/store/atomicWrite';
import { reanchorDoc, shiftAnchors } from '../core/anchor/doc';
import { UserError, log, errorText } from './log';
import { headline } from './headline';

export interface SidecarState {
  readonly articleUri: vscode.Uri;
  readonly sidecarPath: string;
  /** The annotations; an empty doc when there is no sidecar yet, undefined when it failed to load. */
  readonly doc: AnnotationDoc | undefined;
  /** Problems that make the sidecar unusable (parse errors); non-empty ⇒ read-only. */
  readonly problems: readonly Problem[];
  readonly exists: boolean;
  /** When the sidecar was last read from disk (ms since epoch). */
  readonly loadedAt: number;
}

interface Entry {
  articleUri: vscode.Uri;
  sidecarPath: string;
  doc?: AnnotationDoc;
  problems: Problem[];
  exists: boolean;
  loadedAt: number;
  /** Text of the sidecar as last read or written by us, to ignore our own writes in the watcher. */
  diskText?: string;
  loading?: Promise<Entry>;
  /** Serialises writes to this sidecar. */
  writing: Promise<unknown>;
}

export class AnnotationStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly bySidecar = new Map<string, Entry>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('articleAnnotator');
  private readonly disposables: vscode.Disposable[] = [this.changed, this.diagnostics];
  /** Fires with the article's URI when its annotations changed (our edit, or the file on disk). */
  readonly onDidChange = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.annotations.yaml');
    const onDisk = (uri: vscode.Uri) => void this.reloadIfChanged(uri.fsPath);
    this.disposables.push(watcher, watcher.onDidChange(onDisk), watcher.onDidCreate(onDisk), watcher.onDidDelete(onDisk));
  }

  static supports(uri: vscode.Uri): boolean {
    return uri.scheme === 'file';
  }

  /** The article's annotations, loaded from disk on first use. */
  async get(articleUri: vscode.Uri): Promise<SidecarState> {
    return this.snapshot(await this.entry(articleUri));
  }

  /** The annotations if already loaded (no I/O). */
  peek(articleUri: vscode.Uri): SidecarState | undefined {
    const e = this.entries.get(articleUri.toString());
    return e && !e.loading ? this.snapshot(e) : undefined;
  }

  /**
   * Changes the article's annotations and writes the sidecar atomically. `mutate` gets the doc
   * (a new one when there is no sidecar yet) and the article's current text.
   */
  async edit<T>(document: vscode.TextDocument, mutate: (doc: AnnotationDoc, text: string) => T): Promise<T> {
    const e = await this.entry(document.uri);
    const run = async (): Promise<T> => {
      if (e.problems.length || !e.doc) throw this.readOnlyError(e);
      const text = document.getText();
      const draft = structuredClone(e.doc);
      // Offsets must refer to the text being saved against: re-find what live edits orphaned.
      if (draft.article.sha256 !== sha256(text)) reanchorDoc(draft, text);
      const result = mutate(draft, text);
      draft.article.sha256 = sha256(text);
      draft.article.title ??= headline(text);
      const out = serializeSidecar(draft, e.diskText);
      try {
        await writeFileAtomic(e.sidecarPath, out);
      } catch (err) {
        throw new UserError(`Could not save annotations to ${path.basename(e.sidecarPath)}: ${errorText(err)}`);
      }
      e.doc = draft;
      e.diskText = out;
      e.exists = true;
      log().info(`saved ${e.sidecarPath} (${draft.entities.length} entities)`);
      this.changed.fire(e.articleUri);
      return result;
    };
    const next = e.writing.then(run, run);
    e.writing = next.catch(() => undefined);
    return next;
  }

  /**
   * Keeps loaded anchors on their text while the article is edited (from the change events, no
   * re-scan). Changes of one event are applied from the highest offset down.
   */
  applyTextChanges(articleUri: vscode.Uri, changes: readonly vscode.TextDocumentContentChangeEvent[]): void {
    const e = this.entries.get(articleUri.toString());
    if (!e?.doc || e.loading || !changes.length) return;
    const ordered = [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset);
    for (const c of ordered) shiftAnchors(e.doc, { start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text });
  }

  /** Drops what is cached for an article (closed): the next get() reads the sidecar again. */
  forget(articleUri: vscode.Uri): void {
    const e = this.entries.get(articleUri.toString());
    if (!e) return;
    this.entries.delete(articleUri.toString());
    this.bySidecar.delete(e.sidecarPath);
  }

  /** Reads the sidecar again (Refresh command). */
  async reload(articleUri: vscode.Uri): Promise<SidecarState> {
    this.forget(articleUri);
    const state = await this.get(articleUri);
    this.changed.fire(articleUri);
    return state;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private snapshot(e: Entry): SidecarState {
    return { articleUri: e.articleUri, sidecarPath: e.sidecarPath, doc: e.doc, problems: e.problems, exists: e.exists, loadedAt: e.loadedAt };
  }

  private async entry(articleUri: vscode.Uri): Promise<Entry> {
    if (!AnnotationStore.supports(articleUri)) throw new UserError(`Annotations can only be kept for files on disk (not ${articleUri.scheme}:).`);
    const key = articleUri.toString();
    let e = this.entries.get(key);
    if (!e) {
      const sidecarPath = sidecarPathFor(articleUri.fsPath);
      e = { articleUri, sidecarPath, problems: [], exists: false, loadedAt: 0, writing: Promise.resolve() };
      this.entries.set(key, e);
      this.bySidecar.set(sidecarPath, e);
      const entry = e;
      e.loading = this.load(entry).finally(() => { entry.loading = undefined; });
    }
    return e.loading ? e.loading : e;
  }

  private async load(e: Entry): Promise<Entry> {
    const articleFile = path.basename(e.articleUri.fsPath);
    e.loadedAt = Date.now();
    let text: string | undefined;
    try {
      text = await fs.readFile(e.sidecarPath, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        this.setProblems(e, [{ file: e.sidecarPath, line: 1, column: 1, message: `cannot read: ${errorText(err)}`, severity: 'error' }]);
        e.doc = undefined;
        e.exists = true;
        return e;
      }
    }
    e.diskText = text;
    e.exists = text !== undefined;
    if (text === undefined) {
      e.doc = newDoc(articleFile, await articleText(e.articleUri));
      this.setProblems(e, []);
      return e;
    }
    const parsed = parseSidecar(text, e.sidecarPath);
    const errors = parsed.problems.filter((p) => p.severity === 'error');
    for (const p of parsed.problems.filter((q) => q.severity !== 'error')) log().warn(`${p.file}:${p.line}:${p.column}: ${p.message}`);
    if (errors.length || !parsed.doc) {
      e.doc = undefined;
      this.setProblems(e, errors.length ? errors : [{ file: e.sidecarPath, line: 1, column: 1, message: 'not a sidecar', severity: 'error' }]);
      return e;
    }
    e.doc = parsed.doc;
    this.setProblems(e, []);
    log().info(`loaded ${e.sidecarPath}: ${e.doc.entities.length} entities, ${e.doc.claims.length} claims`);
    const current = await articleText(e.articleUri);
    if (e.doc.article.sha256 !== sha256(current)) {
      // The article changed since the sidecar was written: re-find the spans (in memory; the
      // sidecar is rewritten with the new offsets on the next edit).
      const r = reanchorDoc(e.doc, current);
      log().info(`${articleFile} changed since its annotations were saved: ${r.unchanged} in place, ${r.moved} moved, ${r.fuzzy.length} found fuzzily, ${r.orphaned.length} orphaned`);
    }
    return e;
  }

  private async reloadIfChanged(sidecarPath: string): Promise<void> {
    const e = this.bySidecar.get(sidecarPath);
    if (!e || e.loading) return;
    const text = await fs.readFile(sidecarPath, 'utf8').catch(() => undefined);
    if (text === e.diskText) return; // our own write, or no change
    log().info(`${sidecarPath} changed on disk; reloading`);
    await e.writing;
    await this.load(e);
    this.changed.fire(e.articleUri);
  }

  private setProblems(e: Entry, problems: Problem[]): void {
    const had = e.problems.length > 0;
    e.problems = problems;
    const uri = vscode.Uri.file(e.sidecarPath);
    if (!problems.length) {
      this.diagnostics.delete(uri);
      if (had) log().info(`${e.sidecarPath} is valid again`);
      return;
    }
    this.diagnostics.set(uri, problems.map((p) => {
      const pos = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
      const d = new vscode.Diagnostic(new vscode.Range(pos, pos), p.message, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
      d.source = 'Article Annotator';
      return d;
    }));
    for (const p of problems) log().error(`${p.file}:${p.line}:${p.column}: ${p.message}`);
    const first = problems[0];
    void vscode.window.showErrorMessage(
      `Annotations of ${path.basename(e.articleUri.fsPath)} are read-only: ${path.basename(first.file)} line ${first.line}, column ${first.column}: ${first.message}. Fix the file; it will not be overwritten.`,
      'Open Sidecar',
    ).then((choice) => {
      if (choice === 'Open Sidecar') void vscode.window.showTextDocument(uri, { selection: new vscode.Range(pos(first), pos(first)) });
    });
  }

  private readOnlyError(e: Entry): UserError {
    const p = e.problems[0];
    const where = p ? `${path.basename(p.file)} line ${p.line}, column ${p.column}: ${p.message}` : 'it could not be read';
    return new UserError(`Annotations of ${path.basename(e.articleUri.fsPath)} are read-only until the sidecar is fixed (${where}).`, [
      { title: 'Open Sidecar', run: () => vscode.window.showTextDocument(vscode.Uri.file(e.sidecarPath)) },
    ]);
  }
}

function pos(p: Problem): vscode.Position {
  return new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
}

/** The article's text: from an open document if there is one, else from disk. */
async function articleText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  return fs.readFile(uri.fsPath, 'utf8').catch(() => '');
}
