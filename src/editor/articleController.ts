/**
 * Keeps every visible article editor decorated: loads the sidecar through the store adapter,
 * runs detection, builds the ArticleView and applies it. Nothing runs until an article editor is
 * visible. Other parts (panel, commands, test hook) read the latest view from here and listen to
 * onDidChange.
 *
 * A keystroke is handled within its change event, in proportion to the edit: the event's line
 * ranges say which lines changed, only those are read (`lineAt`) and detected again
 * (`IncrementalDetector.editLines`), the view is built on the previous one, and only decoration
 * blocks whose lines show other suggestions are set. The whole text (`getText()`, which joins
 * every line of the document) is read only for the first detection and the fallbacks.
 */
import * as vscode from 'vscode';
import { AnnotationStore, type SidecarState } from '../workspace/annotationStore';
import { buildArticleView, buildLineView, itemAt, type ArticleView } from '../workspace/articleView';
import { absoluteEntities } from '../core/detect/incremental';
import { SuggestionDetector } from '../workspace/detection';
import type { LineChanges } from '../core/detect/incremental';
import { readSettings, type AnnotatorSettings } from '../workspace/settings';
import { log, errorText } from '../workspace/log';
import { DecorationPalette } from './decorations';
import type { InlineEdit } from './suggestionBlocks';

export const TYPING_DEBOUNCE_MS = 250;
/**
 * Edits run their refresh at once unless the last two refreshes after an edit both took at least
 * this (incremental detection: a few ms in a 1 MB article); then they are debounced. The first,
 * full detection of an article does not count (it says nothing about the cost of an edit), nor
 * does one slow refresh alone (a garbage collection, a busy machine).
 */
const INSTANT_REFRESH_MS = 100;
/** After typing pauses this long, the blocks of suggestion decorations set while typing are set once more. */
const SETTLE_MS = 400;
/** Edits spanning more lines than this (a big paste, undo of one) are detected from the whole text. */
const MAX_EDIT_LINES = 1000;

/**
 * The lines that changed since the detector last saw a document, from the change events: lines
 * [first, last] of the current text replace lines of the detector's, `delta` more than it had.
 * The detector is then given only those lines (`editLines`: no `getText()`, which joins every
 * line of the document, and no whole-text comparison to find the edit).
 */
interface LineEdits {
  first: number;
  last: number;
  delta: number;
  /** The edits cannot be followed line by line (CRLF document, too many lines): read the whole text. */
  whole: boolean;
  /** When the edits are one insertion or deletion within a line: that edit (see SuggestionBlocks.update). */
  inline?: InlineEdit;
}

export interface ArticleSnapshot {
  uri: vscode.Uri;
  version: number;
  view: ArticleView;
  sidecar: SidecarState | undefined;
  /** Milliseconds the last refresh took (load + detect + view). */
  millis: number;
}

/** What entity detection depends on: detectors are made again when it changes. */
function detectionKey(s: AnnotatorSettings): string {
  return JSON.stringify([s.detectionEnabled, s.detectionTypes, s.gazetteer]);
}

export function isArticle(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'article';
}

export class ArticleController implements vscode.Disposable {
  private readonly snapshots = new Map<string, ArticleSnapshot>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly running = new Map<string, Promise<void>>();
  /** Per document: the incremental detector, so a keystroke re-detects only the changed lines. */
  private readonly detectors = new Map<string, SuggestionDetector>();
  /** Per document: the lines changed since its detector last ran (see LineEdits). */
  private readonly lineEdits = new Map<string, LineEdits>();
  /** Per document: milliseconds the last two refreshes after an edit took. */
  private readonly editMillis = new Map<string, [number, number]>();
  /** Per document: the pending settle of the suggestion decorations (DecorationPalette.settle). */
  private readonly settles = new Map<string, ReturnType<typeof setTimeout>>();
  /** Per document: when the first not yet decorated edit arrived (performance.now()). */
  private readonly editedAt = new Map<string, number>();
  /** Per document: milliseconds from recent edits to their decorations being set (last 100). */
  private readonly editLatency = new Map<string, number[]>();
  /** What was last put on the editors of each document (for the test hook). */
  private readonly decorated = new Map<string, { accepted: number; suggestions: number; editors: number }>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly palette = new DecorationPalette();
  private readonly disposables: vscode.Disposable[] = [this.changed, this.palette];
  private settings: AnnotatorSettings;
  private onAnnotation = false;
  private onSuggestion = false;
  /** Fires with an article's URI after its view was recomputed. */
  readonly onDidChange = this.changed.event;

  constructor(readonly store: AnnotationStore) {
    this.settings = this.loadSettings();
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors((editors) => this.showAll(editors)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!isArticle(e.document) || !e.contentChanges.length) return;
        const key = e.document.uri.toString();
        if (!this.editedAt.has(key)) this.editedAt.set(key, performance.now());
        this.noteLineEdits(key, e);
        if (AnnotationStore.supports(e.document.uri)) this.store.applyTextChanges(e.document.uri, e.contentChanges, e.reason);
        const last = this.editMillis.get(key);
        if (last && Math.min(...last) >= INSTANT_REFRESH_MS) this.schedule(e.document, TYPING_DEBOUNCE_MS);
        // At once, within the event, when nothing is pending: with the edited lines only, this
        // costs a few milliseconds, and nothing queued behind the event (other extensions' timers,
        // a whole-text scan of the built-in merge-conflict extension) delays the decorations.
        else if (!this.refreshNow(e.document)) this.schedule(e.document, 0);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri)),
      vscode.workspace.onDidOpenTextDocument((doc) => {
        // A language change (e.g. "Change Language Mode" to Article) closes and reopens the document.
        if (isArticle(doc) && this.visibleEditors(doc.uri).length) this.schedule(doc, 0);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('articleAnnotator')) return;
        const before = detectionKey(this.settings);
        this.settings = this.loadSettings();
        // (other settings, claim detection's among them, leave the entity detectors as they are)
        if (detectionKey(this.settings) !== before) this.detectors.clear();
        this.refreshVisible();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => this.updateContext(e.textEditor)),
      vscode.window.onDidChangeActiveTextEditor((e) => this.updateContext(e)),
      this.store.onDidChange((uri) => {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (doc && isArticle(doc)) this.schedule(doc, 0);
      }),
    );
  }

  get currentSettings(): AnnotatorSettings {
    return this.settings;
  }

  /** Decorates all visible article editors (first call after activation starts the work). */
  /** Articles this controller has read, detected or queued so far (0 right after activation: activate() scans nothing). */
  articlesTouched(): number {
    return new Set([...this.snapshots.keys(), ...this.detectors.keys(), ...this.running.keys(), ...this.timers.keys()]).size;
  }

  refreshVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) if (isArticle(editor.document)) this.schedule(editor.document, 0);
  }

  snapshot(uri: vscode.Uri): ArticleSnapshot | undefined {
    return this.snapshots.get(uri.toString());
  }

  /** Current snapshot for the document, recomputed first if it is out of date. */
  async current(doc: vscode.TextDocument): Promise<ArticleSnapshot | undefined> {
    await this.whenIdle(doc.uri);
    const s = this.snapshot(doc.uri);
    if (s && s.version === doc.version) return s;
    await this.refresh(doc);
    return this.snapshot(doc.uri);
  }

  /** Resolves when no refresh is pending or running for the URI (all URIs when absent). */
  async whenIdle(uri?: vscode.Uri): Promise<void> {
    for (;;) {
      const keys = uri ? [uri.toString()] : [...new Set([...this.timers.keys(), ...this.running.keys()])];
      const pendingTimer = keys.some((k) => this.timers.has(k));
      const runs = keys.map((k) => this.running.get(k)).filter((p): p is Promise<void> => !!p);
      if (!pendingTimer && !runs.length) return;
      if (runs.length) await Promise.all(runs);
      else await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Whether the offset is on an accepted mention or a suggestion (for Remove Annotation). */
  itemAt(uri: vscode.Uri, offset: number) {
    const s = this.snapshot(uri);
    return s ? itemAt(s.view, offset) : {};
  }

  private schedule(doc: vscode.TextDocument, delay: number): void {
    const key = doc.uri.toString();
    const old = this.timers.get(key);
    if (old) clearTimeout(old);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.refresh(doc);
    }, delay));
  }

  private async refresh(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    const previous = this.running.get(key);
    const run = (async () => {
      if (previous) await previous.catch(() => undefined);
      if (doc.isClosed || !isArticle(doc)) return;
      const t0 = performance.now();
      const version = doc.version;
      let sidecar: SidecarState | undefined;
      if (AnnotationStore.supports(doc.uri)) {
        try {
          // loaded already: no await (no turn given to other tasks before the decorations)
          sidecar = this.store.peek(doc.uri) ?? (await this.store.get(doc.uri));
        } catch (err) {
          log().error(`loading annotations of ${doc.uri.fsPath}: ${errorText(err)}`);
        }
      }
      if (doc.version !== version) return; // typed meanwhile: the pending timer recomputes
      this.update(doc, key, sidecar, t0);
    })();
    this.running.set(key, run);
    try {
      await run;
    } finally {
      if (this.running.get(key) === run) this.running.delete(key);
    }
  }

  /**
   * Refreshes the document synchronously if it can be (sidecar loaded, no refresh pending or
   * running); false if not done.
   */
  private refreshNow(doc: vscode.TextDocument): boolean {
    const key = doc.uri.toString();
    if (this.running.has(key) || this.timers.has(key) || doc.isClosed || !isArticle(doc)) return false;
    let sidecar: SidecarState | undefined;
    if (AnnotationStore.supports(doc.uri)) {
      sidecar = this.store.peek(doc.uri);
      if (!sidecar) return false;
    }
    try {
      this.update(doc, key, sidecar, performance.now());
    } catch (err) {
      log().error(`refreshing ${doc.uri.fsPath}: ${errorText(err)}`);
      return false;
    }
    return true;
  }

  /** Records the lines an edit replaced (see LineEdits); the change's ranges apply one after the other. */
  private noteLineEdits(key: string, e: vscode.TextDocumentChangeEvent): void {
    let p = this.lineEdits.get(key);
    if (!p) this.lineEdits.set(key, (p = { first: 0, last: -1, delta: 0, whole: false }));
    if (p.whole) return;
    const c0 = e.contentChanges[0];
    p.inline = p.last < p.first && e.contentChanges.length === 1 && c0.range.isSingleLine && !c0.text.includes('\n') && !(c0.rangeLength && c0.text.length)
      ? { line: c0.range.start.line, col: c0.range.start.character, deleted: c0.range.end.character - c0.range.start.character, inserted: c0.text.length }
      : undefined;
    if (e.document.eol !== vscode.EndOfLine.LF) {
      p.whole = true;
      return;
    }
    for (const c of e.contentChanges) {
      const s = c.range.start.line;
      const end = c.range.end.line;
      let k = 0;
      for (let i = c.text.indexOf('\n'); i >= 0; i = c.text.indexOf('\n', i + 1)) k++;
      if (c.text.includes('\r')) {
        p.whole = true;
        return;
      }
      // lines [s, end] became [s, s + k]; the lines changed before move with it
      const d = k - (end - s);
      if (p.last >= p.first) {
        const first = p.first < s ? p.first : p.first > end ? p.first + d : s;
        const last = p.last < s ? p.last : p.last > end ? p.last + d : s + k;
        p.first = Math.min(first, s);
        p.last = Math.max(last, s + k);
      } else {
        p.first = s;
        p.last = s + k;
      }
      p.delta += d;
    }
    if (p.last - p.first > MAX_EDIT_LINES) p.whole = true;
  }

  /**
   * Detects what changed (from the edited lines when the change events allow, else from the whole
   * text), builds the view and sets the decorations.
   */
  private update(doc: vscode.TextDocument, key: string, sidecar: SidecarState | undefined, t0: number): void {
    const version = doc.version;
    let text: string | undefined;
    let view: ArticleView | undefined;
    let full = true;
    let inline: InlineEdit | undefined;
    const edits = this.lineEdits.get(key);
    this.lineEdits.delete(key);
    try {
      let detector = this.detectors.get(key);
      if (!detector) this.detectors.set(key, (detector = new SuggestionDetector(this.settings)));
      let changes: LineChanges | undefined;
      if (detector.lineCount && edits && !edits.whole && doc.eol === vscode.EndOfLine.LF) {
        try {
          changes = this.applyLineEdits(doc, detector, edits);
        } catch (err) {
          log().warn(`${doc.uri.fsPath}: line edits not applicable (${errorText(err)}); detecting the whole text`);
        }
        if (changes && changes.lines.length !== doc.lineCount) {
          log().warn(`${doc.uri.fsPath}: ${changes.lines.length} lines detected for ${doc.lineCount}; detecting the whole text`);
          changes = undefined;
        }
        if (!changes) this.detectors.set(key, (detector = new SuggestionDetector(this.settings)));
        else inline = edits.inline;
      }
      if (!changes && detector.enabled) changes = detector.updateLines((text = doc.getText()));
      if (changes) {
        full = changes.full;
        // the lines are the editor's lines (VS Code keeps one kind of line end): positions need no conversion
        // (built on the previous view when that came from the detector's previous report)
        if (changes.lines.length === doc.lineCount) view = buildLineView(text, sidecar?.doc, changes, this.snapshots.get(key)?.view);
        else view = buildArticleView((text ??= doc.getText()), sidecar?.doc, absoluteEntities(changes.lines));
      }
    } catch (err) {
      log().error(`entity detection failed on ${doc.uri.fsPath}: ${err instanceof Error ? err.stack : String(err)}`);
      this.detectors.delete(key);
    }
    view ??= buildArticleView((text ??= doc.getText()), sidecar?.doc, []);
    const millis = performance.now() - t0;
    this.snapshots.set(key, { uri: doc.uri, version, view, sidecar, millis });
    this.decorate(this.visibleEditors(doc.uri), view, key, inline);
    if (this.editedAt.has(key) && !full) this.editMillis.set(key, [this.editMillis.get(key)?.[1] ?? 0, performance.now() - t0]);
    if (view.lines) this.scheduleSettle(doc);
    // (the count from the lines: `view.suggestions` makes the article's whole list of suggestions)
    if (full || (log().logLevel !== vscode.LogLevel.Off && log().logLevel <= vscode.LogLevel.Debug)) log().debug(`${vscode.workspace.asRelativePath(doc.uri)}: ${view.accepted.length} accepted, ${view.lines?.total ?? view.suggestions.length} suggested, ${view.orphaned.length} orphaned (${millis.toFixed(1)} ms)`);
    this.updateContext(vscode.window.activeTextEditor);
    this.changed.fire(doc.uri);
    // measured up to here: the listeners of onDidChange (claim decorations among them) ran too
    this.noteEditLatency(key);
  }

  /** Gives the detector the lines the edits replaced, read from the document. */
  private applyLineEdits(doc: vscode.TextDocument, detector: SuggestionDetector, edits: LineEdits): LineChanges | undefined {
    if (edits.last < edits.first) return detector.editLines(0, 0, []);
    const removed = edits.last - edits.first + 1 - edits.delta;
    const lines: string[] = [];
    for (let i = edits.first; i <= edits.last; i++) lines.push(doc.lineAt(i).text);
    return detector.editLines(edits.first, removed, lines);
  }

  private showAll(editors: readonly vscode.TextEditor[]): void {
    // Articles no longer shown are dropped (unless they hold unsaved edits), so showing them
    // again reads the sidecar afresh.
    const shown = new Set(editors.map((e) => e.document.uri.toString()));
    for (const key of [...this.snapshots.keys()]) {
      if (shown.has(key)) continue;
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (!doc?.isDirty) this.forget(doc?.uri ?? vscode.Uri.parse(key));
    }
    for (const editor of editors) {
      if (!isArticle(editor.document)) continue;
      const s = this.snapshot(editor.document.uri);
      if (s && s.version === editor.document.version) this.decorate(this.visibleEditors(editor.document.uri), s.view, editor.document.uri.toString());
      else this.schedule(editor.document, 0);
    }
  }

  /** Counts of the decorations last set on the document's editors. */
  decorations(uri: vscode.Uri): { accepted: number; suggestions: number; editors: number } | undefined {
    return this.decorated.get(uri.toString());
  }

  private decorate(editors: vscode.TextEditor[], view: ArticleView, key: string, edit?: InlineEdit): void {
    const n = this.palette.apply(editors, view, key, edit);
    if (editors.length) this.decorated.set(key, { ...n, editors: editors.length });
  }

  /** Sets the suggestion blocks touched while typing once more when typing paused (see DecorationPalette). */
  private scheduleSettle(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const old = this.settles.get(key);
    if (old) clearTimeout(old);
    this.settles.set(key, setTimeout(() => {
      this.settles.delete(key);
      if (doc.isClosed) return;
      // an edit since: its refresh (pending or running) sets the blocks and schedules another settle
      if (this.timers.has(key) || this.running.has(key) || this.snapshot(doc.uri)?.version !== doc.version) return;
      this.palette.settle(this.visibleEditors(doc.uri), key);
    }, SETTLE_MS));
  }

  /** Milliseconds from recent edits of the document to their decorations being set. */
  editLatencies(uri: vscode.Uri): number[] {
    return this.editLatency.get(uri.toString()) ?? [];
  }

  private noteEditLatency(key: string): void {
    const t = this.editedAt.get(key);
    if (t === undefined) return;
    this.editedAt.delete(key);
    const list = this.editLatency.get(key) ?? [];
    list.push(performance.now() - t);
    if (list.length > 100) list.shift();
    this.editLatency.set(key, list);
  }

  private visibleEditors(uri: vscode.Uri): vscode.TextEditor[] {
    return vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === uri.toString());
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
    const st = this.settles.get(key);
    if (st) clearTimeout(st);
    this.settles.delete(key);
    this.palette.forget(key);
    this.editMillis.delete(key);
    this.snapshots.delete(key);
    this.decorated.delete(key);
    this.detectors.delete(key);
    this.lineEdits.delete(key);
    this.editedAt.delete(key);
    this.editLatency.delete(key);
    if (AnnotationStore.supports(uri)) this.store.forget(uri);
    this.changed.fire(uri);
  }

  private updateContext(editor: vscode.TextEditor | undefined): void {
    let on = false;
    let onSuggestion = false;
    if (editor && isArticle(editor.document)) {
      const hit = this.itemAt(editor.document.uri, editor.document.offsetAt(editor.selection.active));
      on = !!(hit.accepted || hit.suggestion);
      onSuggestion = !!hit.suggestion;
    }
    if (onSuggestion !== this.onSuggestion) {
      this.onSuggestion = onSuggestion;
      void vscode.commands.executeCommand('setContext', 'articleAnnotator.onSuggestion', onSuggestion);
    }
    if (on === this.onAnnotation) return;
    this.onAnnotation = on;
    void vscode.commands.executeCommand('setContext', 'articleAnnotator.onAnnotation', on);
  }

  private loadSettings(): AnnotatorSettings {
    const s = readSettings();
    this.palette.setCustomTypes(s.customTypes);
    for (const p of s.problems) log().warn(`settings: ${p}`);
    if (s.problems.length) {
      void vscode.window.showWarningMessage(`Article Annotator settings: ${s.problems[0]}${s.problems.length > 1 ? ` (and ${s.problems.length - 1} more, see the output)` : ''}`);
    }
    return s;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const t of this.settles.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
