/**
 * The ONE place where the VS Code layer reads and writes sidecars (`NAME.annotations.yaml`).
 * Everything else asks this adapter; the core store (src/core/store) does parsing, serialising
 * and atomic writing, so its later additions (anchoring, merging, schema checks) plug in here.
 *
 * A sidecar that does not parse, does not match the schema, or has spans outside its article, and
 * an article that is binary or not UTF-8, are reported (message, log, Problems panel) and the
 * article's annotations become read-only: this adapter never writes over a file it could not read.
 * Orphaned spans are listed in the Problems panel on the article. Every change made through edit()
 * is recorded for undo/redo. A sidecar changed on disk while changes are not yet written is merged
 * with them by id (core mergeDocs): nothing from either side is lost.
 */
import * as vscode from 'vscode';
import { promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { AnnotationDoc, Problem } from '../core/model';
import { newDoc, serializeSidecar, sha256, sidecarPathFor } from '../core/store/sidecar';
import { writeFileAtomic } from '../core/store/atomicWrite';
import { decodeArticle } from '../core/store/article';
import { openSidecar } from '../core/store/open';
import { mergeDocs } from '../core/store/merge';
import { History, type Change } from '../core/store/history';
import { diffDocs } from '../core/store/historyDiff';
import { anchorsOf, reanchorDoc, shiftAnchors } from '../core/anchor/doc';
import { isAnchoredOn, listOrphans } from './orphans';
import { problemPosition, StoreDiagnostics } from './storeDiagnostics';
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
  /** Changes not yet written (writes held, or the file on disk is broken); merged with the disk on reload. */
  pending?: AnnotationDoc;
  /** The doc as on disk when `pending` began: the base of that merge. */
  base?: AnnotationDoc;
  /** Files that carry this entry's problem diagnostics (sidecar and/or article). */
  problemUris: vscode.Uri[];
  /** Orphans listed last, and the timer that lists them again after typing. */
  orphans: number;
  orphanTimer?: ReturnType<typeof setTimeout>;
}

/** What the undo/redo commands and the test hook show about an article's annotations. */
export interface StoreInfo {
  undo?: string;
  redo?: string;
  /** True when changes are held in memory, not yet written. */
  unsaved: boolean;
  held: boolean;
  /** Full re-anchorings of this article's spans so far (load, save after typing, undo): typing alone does none. */
  reanchors: number;
}

export class AnnotationStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly bySidecar = new Map<string, Entry>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly diagnostics = new StoreDiagnostics();
  /** Undo/redo per article (kept when the article is closed). */
  private readonly histories = new Map<string, History>();
  /** Articles whose writes are held in memory (test hook `_holdWrites`). */
  private readonly held = new Set<string>();
  /** Full re-anchorings per article (for the test hook). */
  private readonly reanchors = new Map<string, number>();
  private readonly disposables: vscode.Disposable[] = [this.changed, this.diagnostics];

  /** Sidecars loaded so far. */
  loadedCount(): number {
    return this.entries.size;
  }

  /** Fires with the article's URI when its annotations changed (our edit, or the file on disk). */
  readonly onDidChange = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.annotations.yaml');
    const onDisk = (uri: vscode.Uri) => void this.reloadIfChanged(uri.fsPath);
    this.disposables.push(watcher, watcher.onDidChange(onDisk), watcher.onDidCreate(onDisk), watcher.onDidDelete(onDisk));
    // An article fixed and saved (e.g. "Save with Encoding" → UTF-8) is read again.
    this.disposables.push(vscode.workspace.onDidSaveTextDocument((doc) => {
      const e = this.entries.get(doc.uri.toString());
      if (e && !e.loading && e.problemUris.some((u) => u.toString() === doc.uri.toString())) void this.reload(doc.uri);
    }));
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
   * (a new one when there is no sidecar yet) and the article's current text. The change is
   * recorded for Undo Annotation Change (`label` names it; derived from the change when absent).
   */
  async edit<T>(document: vscode.TextDocument, mutate: (doc: AnnotationDoc, text: string) => T, label?: string): Promise<T> {
    let change: Change | undefined;
    const result = await this.update(document, (draft, text) => {
      const before = structuredClone(draft);
      const r = mutate(draft, text);
      change = diffDocs(before, draft, label);
      return r;
    });
    if (change?.ops.length) this.historyOf(document.uri).record(change);
    return result;
  }

  /** Reverts (undo) or re-applies (redo) the article's last annotation change; undefined when there is none. */
  async step(document: vscode.TextDocument, direction: 'undo' | 'redo'): Promise<Change | undefined> {
    const h = this.historyOf(document.uri);
    if (!(direction === 'undo' ? h.canUndo() : h.canRedo())) return undefined;
    let done: Change | undefined;
    try {
      return await this.update(document, (draft, text) => {
        done = direction === 'undo' ? h.undo(draft) : h.redo(draft);
        // Restored entries kept their anchors; if the text changed since, find them again.
        if (anchorsOf(draft).some(({ anchor }) => !anchor.orphaned && !isAnchoredOn(anchor, text))) this.reanchor(document.uri, draft, text);
        return done;
      });
    } catch (err) {
      // Not written: put the history back as it was (the ops go to a throw-away doc).
      if (done) void (direction === 'undo' ? h.redo(newDoc('', '')) : h.undo(newDoc('', '')));
      throw err;
    }
  }

  /** Undo/redo labels and whether changes are held in memory. */
  info(articleUri: vscode.Uri): StoreInfo {
    const key = articleUri.toString();
    const h = this.histories.get(key);
    return { undo: h?.peekUndo(), redo: h?.peekRedo(), unsaved: !!this.entries.get(key)?.pending, held: this.held.has(key), reanchors: this.reanchors.get(key) ?? 0 };
  }

  /**
   * Test hook: while held, changes stay in memory (unsaved) instead of being written, as during a
   * slow or failed write. Releasing writes them (merged with the disk if it changed meanwhile).
   */
  async holdWrites(articleUri: vscode.Uri, hold: boolean): Promise<StoreInfo> {
    const key = articleUri.toString();
    if (hold) this.held.add(key);
    else {
      this.held.delete(key);
      const e = this.entries.get(key);
      if (e) await this.flush(e);
    }
    return this.info(articleUri);
  }

  /** Re-finds every span of `doc` in `text` (core reanchorDoc), counted for the test hook. */
  private reanchor(articleUri: vscode.Uri, doc: AnnotationDoc, text: string): ReturnType<typeof reanchorDoc> {
    this.countReanchor(articleUri);
    return reanchorDoc(doc, text);
  }

  private countReanchor(articleUri: vscode.Uri): void {
    const key = articleUri.toString();
    this.reanchors.set(key, (this.reanchors.get(key) ?? 0) + 1);
  }

  private historyOf(articleUri: vscode.Uri): History {
    const key = articleUri.toString();
    let h = this.histories.get(key);
    if (!h) this.histories.set(key, (h = new History()));
    return h;
  }

  /** Runs `fn` on a copy of the doc (anchored on the current text), then writes it (or holds it). */
  private async update<T>(document: vscode.TextDocument, fn: (doc: AnnotationDoc, text: string) => T): Promise<T> {
    const e = await this.entry(document.uri);
    const run = async (): Promise<T> => {
      if (e.problems.length || !e.doc) throw this.readOnlyError(e);
      const text = document.getText();
      const draft = structuredClone(e.doc);
      // Offsets must refer to the text being saved against: re-find what live edits orphaned.
      if (draft.article.sha256 !== sha256(text)) this.reanchor(e.articleUri, draft, text);
      const result = fn(draft, text);
      draft.article.sha256 = sha256(text);
      draft.article.title ??= headline(text);
      if (this.held.has(e.articleUri.toString())) {
        if (!e.pending) e.base = e.doc;
        e.doc = e.pending = draft;
      } else await this.write(e, draft);
      this.changed.fire(e.articleUri);
      this.publishOrphans(e);
      return result;
    };
    const next = e.writing.then(run, run);
    e.writing = next.catch(() => undefined);
    return next;
  }

  /** Writes `doc` atomically over the sidecar, keeping what a person wrote in it. */
  private async write(e: Entry, doc: AnnotationDoc): Promise<void> {
    const out = serializeSidecar(doc, e.diskText);
    try {
      await writeFileAtomic(e.sidecarPath, out);
    } catch (err) {
      throw new UserError(`Could not save annotations to ${path.basename(e.sidecarPath)}: ${errorText(err)}`);
    }
    e.doc = doc;
    e.diskText = out;
    e.exists = true;
    e.pending = e.base = undefined;
    log().info(`saved ${e.sidecarPath} (${doc.entities.length} entities, ${doc.claims.length} claims)`);
  }

  /** Writes held changes, unless writes are held or the file on disk is broken (never overwritten). */
  private async flush(e: Entry): Promise<void> {
    const run = async () => {
      if (!e.pending || e.problems.length || this.held.has(e.articleUri.toString())) return;
      await this.write(e, e.pending);
      this.changed.fire(e.articleUri);
    };
    const next = e.writing.then(run, run);
    e.writing = next.catch((err: unknown) => log().error(`writing held changes to ${e.sidecarPath}: ${errorText(err)}`));
    await e.writing;
  }

  /**
   * Keeps loaded anchors on their text while the article is edited (from the change events, no
   * re-scan). Changes of one event are applied from the highest offset down.
   */
  applyTextChanges(articleUri: vscode.Uri, changes: readonly vscode.TextDocumentContentChangeEvent[], reason?: vscode.TextDocumentChangeReason): void {
    const e = this.entries.get(articleUri.toString());
    const h = this.histories.get(articleUri.toString());
    if (!changes.length) return;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === articleUri.toString());
    if (doc && !doc.isDirty && reason === undefined && isFileText(doc)) {
      // Not an edit a person made: VS Code reloaded the text from disk (changed outside), as a
      // line diff that may cut through spans. Find every span again from where it was instead.
      // (Only the first change after a save or load is checked against the file: typing leaves
      // the document dirty.) The history is not shifted: undo re-finds what it restores.
      if (e?.doc && !e.loading) {
        this.reanchor(articleUri, e.doc, doc.getText());
        if (e.pending && e.pending !== e.doc) this.reanchor(articleUri, e.pending, doc.getText());
        this.publishOrphans(e);
      }
      return;
    }
    const ordered = [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset);
    let orphaned = 0;
    for (const c of ordered) {
      const change = { start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text };
      h?.shift(change);
      if (!e || e.loading) continue;
      if (e.doc) orphaned += shiftAnchors(e.doc, change).orphaned.length;
      if (e.pending && e.pending !== e.doc) shiftAnchors(e.pending, change);
    }
    if (e && (orphaned || e.orphans)) {
      // Listed again once typing pauses (not per keystroke).
      if (e.orphanTimer) clearTimeout(e.orphanTimer);
      e.orphanTimer = setTimeout(() => { e.orphanTimer = undefined; this.publishOrphans(e); }, 300);
    }
  }


  /** Drops what is cached for an article (closed): the next get() reads the sidecar again. */
  forget(articleUri: vscode.Uri): void {
    const e = this.entries.get(articleUri.toString());
    if (!e) return;
    if (e.pending) {
      // Closing the article releases a hold: held changes are written, not dropped.
      this.held.delete(articleUri.toString());
      void this.flush(e);
    }
    if (e.orphanTimer) clearTimeout(e.orphanTimer);
    this.diagnostics.clearOrphans(e.articleUri);
    this.entries.delete(articleUri.toString());
    this.bySidecar.delete(e.sidecarPath);
  }

  /** Reads the sidecar again (Refresh command). */
  async reload(articleUri: vscode.Uri): Promise<SidecarState> {
    const e = this.entries.get(articleUri.toString());
    if (e) await this.flush(e);
    this.forget(articleUri);
    const state = await this.get(articleUri);
    this.changed.fire(articleUri);
    return state;
  }

  dispose(): void {
    for (const e of this.entries.values()) if (e.orphanTimer) clearTimeout(e.orphanTimer);
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
      e = { articleUri, sidecarPath, problems: [], exists: false, loadedAt: 0, writing: Promise.resolve(), problemUris: [], orphans: 0 };
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
    const fail = (problems: Problem[]): Entry => {
      e.doc = undefined;
      this.setProblems(e, problems);
      this.diagnostics.clearOrphans(e.articleUri);
      return e;
    };
    // An article that is binary, not UTF-8 or too big gets no annotations (nor a sidecar).
    const bytes = await fs.readFile(e.articleUri.fsPath).catch(() => undefined);
    const decoded = bytes && decodeArticle(bytes, e.articleUri.fsPath);
    if (decoded?.problems.length) return fail(decoded.problems);
    let text: string | undefined;
    try {
      text = await fs.readFile(e.sidecarPath, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        e.exists = true;
        return fail([{ file: e.sidecarPath, line: 1, column: 1, message: `cannot read: ${errorText(err)}`, severity: 'error' }]);
      }
    }
    e.diskText = text;
    e.exists = text !== undefined;
    const current = articleText(e.articleUri, decoded?.text);
    if (text === undefined) {
      e.doc = e.pending ?? newDoc(articleFile, current);
      this.setProblems(e, []);
      return e;
    }
    // Parsed, validated, checked against the text (spans inside it, on their quotes) or re-anchored
    // when the article changed since the save (in memory; written with the next edit).
    const opened = openSidecar(text, e.sidecarPath, current);
    const errors = opened.problems.filter((p) => p.severity === 'error');
    for (const p of opened.problems.filter((q) => q.severity !== 'error')) log().warn(`${p.file}:${p.line}:${p.column}: ${p.message}`);
    if (opened.readOnly || !opened.doc) {
      return fail(errors.length ? errors : [{ file: e.sidecarPath, line: 1, column: 1, message: 'not a sidecar', severity: 'error' }]);
    }
    const theirs = opened.doc;
    const textSha = sha256(current);
    this.setProblems(e, []);
    log().info(`loaded ${e.sidecarPath}: ${theirs.entities.length} entities, ${theirs.claims.length} claims`);
    const r = opened.reanchored;
    if (r) {
      this.countReanchor(e.articleUri);
      log().info(`${articleFile} changed since its annotations were saved: ${r.unchanged} in place, ${r.moved} moved, ${r.fuzzy.length} found fuzzily, ${r.orphaned.length} orphaned`);
    }
    if (e.pending) {
      // We hold changes not yet written: merge them with the file by id; nothing is lost.
      const at = (d: AnnotationDoc) => {
        const c = structuredClone(d);
        if (c.article.sha256 !== textSha) this.reanchor(e.articleUri, c, current);
        return c;
      };
      const { doc, conflicts } = mergeDocs(e.base && at(e.base), at(e.pending), theirs);
      doc.article.sha256 = textSha;
      log().info(`${e.sidecarPath} changed on disk while changes were not yet written: merged (${doc.entities.length} entities, ${doc.claims.length} claims)`);
      for (const c of conflicts) log().warn(`merge: ${c.where} ${c.field}: kept ${JSON.stringify(c.ours)}, theirs was ${JSON.stringify(c.theirs)}`);
      e.base = theirs;
      e.doc = e.pending = doc;
    } else e.doc = theirs;
    this.publishOrphans(e);
    return e;
  }

  private async reloadIfChanged(sidecarPath: string): Promise<void> {
    const e = this.bySidecar.get(sidecarPath);
    if (!e) return;
    // A change while loading may have come after the read: compare with what the load saw.
    if (e.loading) await e.loading.catch(() => undefined);
    const text = await fs.readFile(sidecarPath, 'utf8').catch(() => undefined);
    if (text === e.diskText) return; // our own write, or no change
    log().info(`${sidecarPath} changed on disk; reloading`);
    await e.writing;
    await this.load(e);
    this.changed.fire(e.articleUri);
    if (e.pending) await this.flush(e);
  }

  /** Lists the article's orphaned spans in the Problems panel, at the place they were last seen. */
  private publishOrphans(e: Entry): void {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === e.articleUri.toString());
    const text = doc?.getText() ?? '';
    const orphans = doc && e.doc ? listOrphans(e.doc, text) : [];
    e.orphans = orphans.length;
    if (doc) this.diagnostics.setOrphans(doc, orphans, path.basename(e.sidecarPath));
    else this.diagnostics.clearOrphans(e.articleUri);
  }

  private setProblems(e: Entry, problems: Problem[]): void {
    const had = e.problems.length > 0;
    e.problems = problems;
    // On the file each problem is about: the sidecar, or the article (binary, not UTF-8).
    e.problemUris = this.diagnostics.setProblems(e.problemUris, problems);
    if (!problems.length) {
      if (had) log().info(`${e.sidecarPath} is valid again`);
      return;
    }
    for (const p of problems) log().error(`${p.file}:${p.line}:${p.column}: ${p.message}`);
    const first = problems[0];
    const onArticle = first.file !== e.sidecarPath;
    void vscode.window.showErrorMessage(
      `Annotations of ${path.basename(e.articleUri.fsPath)} are read-only: ${path.basename(first.file)} line ${first.line}, column ${first.column}: ${first.message}. ${onArticle ? 'Nothing will be written for it.' : 'Fix the file; it will not be overwritten.'}`,
      ...(onArticle ? [] : ['Open Sidecar']),
    ).then((choice) => {
      if (choice === 'Open Sidecar') void vscode.window.showTextDocument(vscode.Uri.file(first.file), { selection: new vscode.Range(pos(first), pos(first)) });
    });
  }

  private readOnlyError(e: Entry): UserError {
    const p = e.problems[0];
    const where = p ? `${path.basename(p.file)} line ${p.line}, column ${p.column}: ${p.message}` : 'it could not be read';
    if (p && p.file !== e.sidecarPath) return new UserError(`Annotations of ${path.basename(e.articleUri.fsPath)} are read-only: ${where}.`);
    return new UserError(`Annotations of ${path.basename(e.articleUri.fsPath)} are read-only until the sidecar is fixed (${where}).`, [
      { title: 'Open Sidecar', run: () => vscode.window.showTextDocument(vscode.Uri.file(e.sidecarPath), p && { selection: new vscode.Range(pos(p), pos(p)) }) },
    ]);
  }
}

const pos = problemPosition;

/** True when the document's text is the file's on disk (so a change was a reload, not an edit). */
function isFileText(doc: vscode.TextDocument): boolean {
  try {
    const disk = readFileSync(doc.uri.fsPath, 'utf8');
    return (disk.charCodeAt(0) === 0xfeff ? disk.slice(1) : disk) === doc.getText();
  } catch {
    return false;
  }
}

/** The article's text: from an open document if there is one, else as read from disk. */
function articleText(uri: vscode.Uri, onDisk: string | undefined): string {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  return open ? open.getText() : onDisk ?? '';
}
