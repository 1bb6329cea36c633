/**
 * Keeps every visible article editor decorated: loads the sidecar through the store adapter,
 * runs detection (debounced while typing), builds the ArticleView and applies it. Nothing runs
 * until an article editor is visible. Other parts (panel, commands, test hook) read the latest
 * view from here and listen to onDidChange.
 */
import * as vscode from 'vscode';
import { AnnotationStore, type SidecarState } from '../workspace/annotationStore';
import { buildArticleView, buildLineView, itemAt, type ArticleView } from '../workspace/articleView';
import { absoluteEntities } from '../core/detect/incremental';
import { SuggestionDetector } from '../workspace/detection';
import { readSettings, type AnnotatorSettings } from '../workspace/settings';
import { log, errorText } from '../workspace/log';
import { DecorationPalette } from './decorations';

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

export interface ArticleSnapshot {
  uri: vscode.Uri;
  version: number;
  view: ArticleView;
  sidecar: SidecarState | undefined;
  /** Milliseconds the last refresh took (load + detect + view). */
  millis: number;
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
        if (AnnotationStore.supports(e.document.uri)) this.store.applyTextChanges(e.document.uri, e.contentChanges, e.reason);
        const key = e.document.uri.toString();
        if (!this.editedAt.has(key)) this.editedAt.set(key, performance.now());
        const last = this.editMillis.get(key);
        // (not within this event: refreshing inside the change event, with the claim decorations
        // it triggers, made the workbench several times slower per edit in the integration suite)
        this.schedule(e.document, last && Math.min(...last) >= INSTANT_REFRESH_MS ? TYPING_DEBOUNCE_MS : 0);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri)),
      vscode.workspace.onDidOpenTextDocument((doc) => {
        // A language change (e.g. "Change Language Mode" to Article) closes and reopens the document.
        if (isArticle(doc) && this.visibleEditors(doc.uri).length) this.schedule(doc, 0);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('articleAnnotator')) return;
        this.settings = this.loadSettings();
        this.detectors.clear();
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
      const text = doc.getText();
      let view: ArticleView | undefined;
      let full = true;
      try {
        let detector = this.detectors.get(key);
        if (!detector) this.detectors.set(key, (detector = new SuggestionDetector(this.settings)));
        const changes = detector.updateLines(text);
        if (changes) {
          full = changes.full;
          // the lines are the editor's lines (VS Code keeps one kind of line end): positions need no conversion
          if (changes.lines.length === doc.lineCount) view = buildLineView(text, sidecar?.doc, changes);
          else view = buildArticleView(text, sidecar?.doc, absoluteEntities(changes.lines));
        }
      } catch (err) {
        log().error(`entity detection failed on ${doc.uri.fsPath}: ${err instanceof Error ? err.stack : String(err)}`);
        this.detectors.delete(key);
      }
      view ??= buildArticleView(text, sidecar?.doc, []);
      const millis = performance.now() - t0;
      this.snapshots.set(key, { uri: doc.uri, version, view, sidecar, millis });
      this.decorate(this.visibleEditors(doc.uri), view, key);
      if (this.editedAt.has(key) && !full) this.editMillis.set(key, [this.editMillis.get(key)?.[1] ?? 0, performance.now() - t0]);
      this.noteEditLatency(key);
      if (view.lines) this.scheduleSettle(doc);
      log().debug(`${vscode.workspace.asRelativePath(doc.uri)}: ${view.accepted.length} accepted, ${view.suggestions.length} suggested, ${view.orphaned.length} orphaned (${millis.toFixed(1)} ms)`);
      this.updateContext(vscode.window.activeTextEditor);
      this.changed.fire(doc.uri);
    })();
    this.running.set(key, run);
    try {
      await run;
    } finally {
      if (this.running.get(key) === run) this.running.delete(key);
    }
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

  private decorate(editors: vscode.TextEditor[], view: ArticleView, key: string): void {
    const n = this.palette.apply(editors, view, key);
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
