/**
 * The "Claims" webview view in the Article Annotator activity-bar container: every claim on one
 * topic across the workspace (tagged and proposed, labelled), sorted by date, with a chart of values
 * and ranges by claimant and date against the envelope of the independent estimates; claims outside
 * it are flagged and can be marked disputed in one click. Clicking a claim reveals it. Strict CSP
 * with a nonce; media/claims.js builds everything with DOM APIs and textContent.
 */
import * as vscode from 'vscode';
import { revealSpan } from '../editor/reveal';
import { webviewPage } from '../panel/html';
import { log, reportError } from '../workspace/log';
import type { ClaimService } from './claimService';
import { comparisonModel, type ComparisonModel } from './comparisonModel';

export const CLAIMS_VIEW_ID = 'articleAnnotator.claims';

type FromWebview =
  | { type: 'ready' }
  | { type: 'topic'; topic: string }
  | { type: 'reveal'; uri: string; start: number; end: number }
  | { type: 'status'; uri: string; id: string; status: string };

export interface ClaimsViewState {
  topic?: string;
  topics: Array<{ topic: string; count: number }>;
  model?: ComparisonModel;
  /** Claim to highlight (from a CodeLens). */
  focus?: string;
  hint?: string;
}

export class ClaimsViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view?: vscode.WebviewView;
  private topic?: string;
  private focus?: string;
  private timer?: ReturnType<typeof setTimeout>;
  private readonly disposables: vscode.Disposable[] = [];
  /** The last state sent (for tests and the e2e check). */
  lastState?: ClaimsViewState;

  constructor(private readonly extensionUri: vscode.Uri, private readonly service: ClaimService) {
    this.disposables.push(service.onDidChange(() => this.post()));
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')] };
    view.webview.html = this.html(view.webview);
    this.disposables.push(
      view.webview.onDidReceiveMessage((m: FromWebview) => this.receive(m)),
      view.onDidChangeVisibility(() => this.post()),
      view.onDidDispose(() => { this.view = undefined; }),
    );
  }

  /** Shows a topic (and optionally marks one claim), revealing the view. */
  async show(topic: string, focus?: string): Promise<void> {
    this.topic = topic;
    this.focus = focus;
    await vscode.commands.executeCommand(`${CLAIMS_VIEW_ID}.focus`);
    this.post(0);
  }

  async state(): Promise<ClaimsViewState> {
    const { articles, topics } = await this.service.comparison();
    const fileOf = new Map(articles.map((a) => [a.uri.toString(), a.file]));
    const list = topics.map((t) => ({ topic: t.topic, count: t.claims.length })).sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic));
    if (!this.topic || !topics.some((t) => t.topic === this.topic)) this.topic = list[0]?.topic;
    const t = topics.find((x) => x.topic === this.topic);
    return {
      topic: this.topic,
      topics: list,
      model: t && comparisonModel(t, (u) => fileOf.get(u) ?? u),
      focus: this.focus,
      hint: list.length ? undefined : 'No claims in this workspace yet. Select a statement in an article and run “Annotator: Tag Claim”.',
    };
  }

  private async receive(m: FromWebview): Promise<void> {
    try {
      if (m?.type === 'ready') this.post(0);
      else if (m?.type === 'topic' && typeof m.topic === 'string') {
        this.topic = m.topic;
        this.focus = undefined;
        this.post(0);
      } else if (m?.type === 'reveal' && typeof m.uri === 'string' && Number.isInteger(m.start) && Number.isInteger(m.end)) {
        await revealSpan(vscode.Uri.parse(m.uri, true), m.start, m.end);
      } else if (m?.type === 'status' && typeof m.uri === 'string' && typeof m.id === 'string' && typeof m.status === 'string') {
        await vscode.commands.executeCommand('articleAnnotator.setClaimStatus', { uri: m.uri, id: m.id, status: m.status });
      }
    } catch (err) {
      void reportError('Claims view', err);
    }
  }

  private post(delay = 50): void {
    if (!this.view) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.view?.visible) return;
      void this.state().then((state) => {
        this.lastState = state;
        return this.view?.webview.postMessage({ type: 'state', state });
      }).then(undefined, (err: unknown) => log().warn(`claims view update failed: ${String(err)}`));
    }, delay);
  }

  private html(webview: vscode.Webview): string {
    return webviewPage(webview, this.extensionUri, {
      title: 'Claims',
      name: 'claims',
      body: `<header class="bar">
  <label for="topic">Topic</label>
  <select id="topic" aria-label="Topic to compare"></select>
  <span id="counts" class="counts"></span>
</header>
<div class="options"><label><input type="checkbox" id="figures-only"> Only claims with a figure</label></div>
<p id="empty" class="empty" hidden></p>
<section id="envelope" class="envelope" aria-label="Independent estimates"></section>
<figure id="chart" class="chart" aria-label="Values by claimant and date"></figure>
<ol id="rows" class="rows" aria-label="Claims on the topic, by date"></ol>`,
    });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
