/**
 * The "Entities" webview view in the Article Annotator activity-bar container: the current
 * article's entities grouped by type. Clicking a row reveals (and selects) a mention.
 */
import * as vscode from 'vscode';
import * as path from 'node:path';
import { isArticle, type ArticleController } from '../editor/articleController';
import { revealSpan } from '../editor/reveal';
import { allTypes } from '../workspace/settings';
import { headline } from '../workspace/headline';
import { log, reportError } from '../workspace/log';
import { panelHtml } from './html';
import { listOrphans } from '../workspace/orphans';
import { buildPanelGroups, type PanelState } from './panelModel';

export const ENTITIES_VIEW_ID = 'articleAnnotator.entities';

/** The list follows edits of the text this long after the last one. */
const EDIT_DELAY_MS = 400;

type FromWebview =
  | { type: 'ready' }
  | { type: 'reveal'; uri: string; start: number; end: number }
  | { type: 'accept' | 'reject'; uri: string; entityType: string; name: string }
  | { type: 'command'; command: string }
  | { type: 'orphan'; action: 'reattach' | 'delete'; uri: string; key: string };

const PANEL_COMMANDS = new Set(['articleAnnotator.toggleSuggestions', 'articleAnnotator.showOutput', 'articleAnnotator.refresh']);

export class EntitiesViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view?: vscode.WebviewView;
  /** The article the panel shows: the active article editor, or the last one while focus is elsewhere. */
  private article?: vscode.TextDocument;
  private timer?: ReturnType<typeof setTimeout>;
  /** What the list was last built from (article, sidecar annotations, document version). */
  private posted?: { uri: string; doc: unknown; version: number };
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly extensionUri: vscode.Uri, private readonly controller: ArticleController) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.post()),
      controller.onDidChange((uri) => this.onArticleChange(uri)),
    );
  }

  /**
   * After an edit of the text alone the list is rebuilt once typing paused (it walks every
   * suggestion of the article: not per keystroke); other changes (a tag, an accept) show at once.
   */
  private onArticleChange(uri: vscode.Uri): void {
    const s = this.controller.snapshot(uri);
    const edit = !!s && !!this.posted && this.posted.uri === uri.toString() && this.posted.doc === s.sidecar?.doc && this.posted.version !== s.version;
    this.post(edit ? EDIT_DELAY_MS : undefined);
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')] };
    view.webview.html = panelHtml(view.webview, this.extensionUri);
    this.disposables.push(
      view.webview.onDidReceiveMessage((m: FromWebview) => this.receive(m)),
      view.onDidChangeVisibility(() => this.post()),
      view.onDidDispose(() => { this.view = undefined; }),
    );
    // The panel may be the first thing shown (activation by the view): start work on visible articles.
    this.controller.refreshVisible();
  }

  private async receive(m: FromWebview): Promise<void> {
    try {
      if (m?.type === 'ready') this.post(0);
      else if (m?.type === 'reveal') {
        if (typeof m.uri !== 'string' || !Number.isInteger(m.start) || !Number.isInteger(m.end)) return;
        await revealSpan(vscode.Uri.parse(m.uri, true), m.start, m.end);
      } else if ((m?.type === 'accept' || m?.type === 'reject') && typeof m.uri === 'string' && typeof m.entityType === 'string' && typeof m.name === 'string') {
        const command = m.type === 'accept' ? 'articleAnnotator.acceptSuggestions' : 'articleAnnotator.rejectSuggestions';
        await vscode.commands.executeCommand(command, { uri: m.uri, type: m.entityType, name: m.name });
      } else if (m?.type === 'orphan' && (m.action === 'reattach' || m.action === 'delete') && typeof m.uri === 'string' && typeof m.key === 'string') {
        await vscode.commands.executeCommand(m.action === 'reattach' ? 'articleAnnotator.reattachOrphan' : 'articleAnnotator.deleteOrphan', { uri: m.uri, key: m.key });
      } else if (m?.type === 'command' && PANEL_COMMANDS.has(m.command)) {
        await vscode.commands.executeCommand(m.command);
      }
    } catch (err) {
      void reportError('Entities panel', err);
    }
  }

  /** Sends the current state to the webview (coalesced). */
  private post(delay = 30): void {
    if (!this.view) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.view?.visible) return;
      void this.view.webview.postMessage({ type: 'state', state: this.state() }).then(undefined, (err: unknown) => log().warn(`panel update failed: ${String(err)}`));
    }, delay);
  }

  state(): PanelState {
    const active = vscode.window.activeTextEditor?.document;
    if (active && isArticle(active)) this.article = active;
    else if (active) this.article = undefined;
    if (this.article?.isClosed) this.article = undefined;
    const settings = this.controller.currentSettings;
    const doc = this.article;
    if (!doc) {
      return { groups: [], problems: [], suggestionsEnabled: settings.detectionEnabled, hint: 'Open an article to see its entities: a .txt file in a folder whose settings map *.txt to the Article language, or a .article file.' };
    }
    const snapshot = this.controller.snapshot(doc.uri);
    this.posted = snapshot && { uri: doc.uri.toString(), doc: snapshot.sidecar?.doc, version: snapshot.version };
    const groups = snapshot ? buildPanelGroups(snapshot.view, allTypes(settings), settings.customTypes) : [];
    const problems = (snapshot?.sidecar?.problems ?? []).map((p) => `${path.basename(p.file)} line ${p.line}, column ${p.column}: ${p.message}. Annotations are read-only until it is fixed.`);
    return {
      article: { uri: doc.uri.toString(), name: path.basename(doc.uri.fsPath), title: snapshot?.sidecar?.doc?.article.title ?? headline(doc.getText()) },
      groups,
      problems,
      orphans: snapshot?.sidecar?.doc ? listOrphans(snapshot.sidecar.doc, doc.getText()) : [],
      suggestionsEnabled: settings.detectionEnabled,
      hint: !snapshot ? 'Reading the article…' : groups.length ? undefined : settings.detectionEnabled
        ? 'No entities yet. Select words and run “Annotator: Tag Entity”.'
        : 'No entities tagged yet, and suggestions are off. Select words and run “Annotator: Tag Entity”, or turn suggestions on.',
    };
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
