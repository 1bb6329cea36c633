/**
 * The claims of the workspace as the VS Code side sees them: each article's sidecar claims (through
 * the store adapter) and the attribution detector's open proposals (the ONE call site of
 * detectClaims in the VS Code layer, through paragraphClaims.ts: whole text for small articles,
 * per cached paragraph for large ones; editors get it debounced and time-sliced, off the
 * keystroke path), and their comparison by topic (core
 * compare.ts). Fires onDidChange when a sidecar or an article changed, so hints and the Claims
 * view follow.
 */
import * as vscode from 'vscode';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { AnnotationDoc, Claim, DetectedClaim } from '../core/model';
import { detectClaims } from '../core/claims/detect';
import { articleDate } from '../core/claims/articleDate';
import { compareClaims, listTopics, type ArticleClaims, type TopicComparison } from '../core/claims/compare';
import type { ArticleController } from '../editor/articleController';
import { claimantName, openProposals } from '../workspace/claimEdits';
import { log, errorText } from '../workspace/log';
import { PROPOSED_PREFIX } from './comparisonModel';
import { IncrementalClaims, WHOLE_TEXT_LIMIT } from './paragraphClaims';
import { claimsOfEntity, type EntityClaims, type EntityRef } from './entityClaims';

/** Pause after the last edit before claims are detected again; longer in articles detected by paragraph. */
const DETECT_DEBOUNCE_MS = 400;
const DETECT_DEBOUNCE_LARGE_MS = 1000;

/** The id a proposed claim has in comparisons: `proposed:START-END`. */
export function proposedId(d: { start: number; end: number }): string {
  return `${PROPOSED_PREFIX}${d.start}-${d.end}`;
}

export interface WorkspaceArticle {
  uri: vscode.Uri;
  /** Path relative to the workspace, for display. */
  file: string;
  date?: string;
  doc?: AnnotationDoc;
  proposals: DetectedClaim[];
}

export class ClaimService implements vscode.Disposable {
  private readonly detectors = new Map<string, IncrementalClaims>();
  private readonly detectTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Detections in flight: a generation number (a newer run cancels older ones) and the document version. */
  private readonly detectRuns = new Map<string, { generation: number; version: number }>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly detected = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.changed, this.detected];
  private timer?: ReturnType<typeof setTimeout>;
  /** Fires (debounced) when any article's claims or proposals may have changed. */
  readonly onDidChange = this.changed.event;
  /** Fires with an open article's URI when a scheduled detection brought its proposals up to date. */
  readonly onDidDetect = this.detected.event;

  /** The workspace's articles as last read; dropped whenever something may have changed. */
  private cached?: Promise<WorkspaceArticle[]>;

  constructor(readonly controller: ArticleController) {
    const soon = () => this.fireSoon();
    const files = vscode.workspace.createFileSystemWatcher('**/*.{txt,article}');
    this.disposables.push(
      files, files.onDidCreate(soon), files.onDidChange(soon), files.onDidDelete(soon),
      controller.store.onDidChange(soon),
      controller.onDidChange(soon),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('articleAnnotator.claims') || e.affectsConfiguration('files.associations')) {
          this.detectors.clear();
          soon();
        }
      }),
    );
  }

  /** The article's incremental detector (created on first use; dropped when the settings change). */
  private detector(uri: vscode.Uri): IncrementalClaims {
    const key = uri.toString();
    let d = this.detectors.get(key);
    if (!d) {
      d = new IncrementalClaims((text) => {
        try {
          return detectClaims(text, undefined, { parties: this.controller.currentSettings.claimParties });
        } catch (err) {
          log().error(`claim detection failed on ${uri.fsPath}: ${err instanceof Error ? err.stack : String(err)}`);
          return [];
        }
      });
      this.detectors.set(key, d);
    }
    return d;
  }

  /**
   * The detector's claims for a text, computed now if needed (cached per article; in a large
   * article only the paragraphs changed since the last run are detected again). For commands;
   * the editor's decorations use shownProposals, which never detects on the spot.
   */
  detect(uri: vscode.Uri, text: string): DetectedClaim[] {
    if (!this.controller.currentSettings.claimDetectionEnabled) return [];
    const d = this.detector(uri);
    const t0 = performance.now();
    const claims = d.detect(text);
    const s = d.lastStats;
    if (s.detected) log().debug(`${vscode.workspace.asRelativePath(uri)}: ${claims.length} claims detected (${s.whole ? 'whole text' : `${s.detected} of ${s.paragraphs} paragraphs`}, ${(performance.now() - t0).toFixed(1)} ms)`);
    return claims;
  }

  /** Open proposals of an article: detected, not rejected, not overlapping a claim of its sidecar. */
  proposals(uri: vscode.Uri, text: string, doc: AnnotationDoc | undefined): DetectedClaim[] {
    return openProposals(this.detect(uri, text), doc);
  }

  /**
   * Open proposals to show for an open article right now, without detecting: the last results,
   * moved through the edits since (proposals an edit touched are left out). When they are not the
   * detector's for this text, a detection is scheduled (debounced, time-sliced), after which
   * onDidDetect fires for the article.
   */
  shownProposals(uri: vscode.Uri, text: string, doc: AnnotationDoc | undefined): DetectedClaim[] {
    if (!this.controller.currentSettings.claimDetectionEnabled) return [];
    const peek = this.detector(uri).peek(text);
    if (!peek.exact) this.scheduleDetection(uri, text.length, peek.known);
    else this.cancelScheduled(uri);
    return openProposals(peek.claims, doc);
  }

  /**
   * An open article was edited and its decorations were left to the editor (which moves them with
   * the text): schedules the detection that brings its proposals up to date (debounced; onDidDetect
   * fires after it). Costs nothing per keystroke beyond resetting a timer.
   */
  noteEdit(document: vscode.TextDocument): void {
    if (!this.controller.currentSettings.claimDetectionEnabled) return;
    // the length only chooses the delay (whole-text or paragraph mode): no getText() here
    const length = document.offsetAt(new vscode.Position(document.lineCount, 0));
    this.scheduleDetection(document.uri, length, true);
  }

  /** The claims an entity makes in an open article: its sidecar claims and shown proposals (never detects). */
  claimsOf(document: vscode.TextDocument, who: EntityRef): EntityClaims {
    const doc = this.controller.snapshot(document.uri)?.sidecar?.doc;
    return claimsOfEntity(doc, this.shownProposals(document.uri, document.getText(), doc), who);
  }

  /** Whether a detection is scheduled or running for the article (for the test hook). */
  detecting(uri: vscode.Uri): boolean {
    const key = uri.toString();
    return this.detectTimers.has(key) || this.detectRuns.has(key);
  }

  private cancelScheduled(uri: vscode.Uri): void {
    const key = uri.toString();
    const t = this.detectTimers.get(key);
    if (t) clearTimeout(t);
    this.detectTimers.delete(key);
  }

  private scheduleDetection(uri: vscode.Uri, length: number, typing: boolean): void {
    const key = uri.toString();
    const running = this.detectRuns.get(key);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (running && document && running.version === document.version) return; // already on it
    this.cancelScheduled(uri);
    // first results of an article at once; while typing, wait for a pause (longer in big articles)
    const delay = !typing ? 0 : length < WHOLE_TEXT_LIMIT ? DETECT_DEBOUNCE_MS : DETECT_DEBOUNCE_LARGE_MS;
    this.detectTimers.set(key, setTimeout(() => {
      this.detectTimers.delete(key);
      void this.runDetection(uri);
    }, delay));
  }

  private async runDetection(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (!document || document.isClosed || !this.controller.currentSettings.claimDetectionEnabled) return;
    const version = document.version;
    const d = this.detector(uri);
    const generation = (this.detectRuns.get(key)?.generation ?? 0) + 1;
    this.detectRuns.set(key, { generation, version });
    const t0 = performance.now();
    try {
      const claims = await d.detectAsync(document.getText(), {
        sliceMs: 25,
        cancelled: () => document.isClosed || document.version !== version || this.detectRuns.get(key)?.generation !== generation || this.detectors.get(key) !== d,
      });
      if (!claims) {
        // superseded: an edit or a newer run usually takes over; if nothing is pending (the
        // detector was replaced, say), schedule again so the proposals always catch up
        const newer = this.detectRuns.get(key)?.generation !== generation;
        if (!newer && !this.detectTimers.has(key) && !document.isClosed) {
          this.detectRuns.delete(key);
          this.scheduleDetection(uri, document.getText().length, true);
        }
        return;
      }
      const s = d.lastStats;
      log().debug(`${vscode.workspace.asRelativePath(uri)}: ${claims.length} claims detected (${s.whole ? 'whole text' : `${s.detected} of ${s.paragraphs} paragraphs`}, ${(performance.now() - t0).toFixed(1)} ms)`);
    } finally {
      if (this.detectRuns.get(key)?.generation === generation) this.detectRuns.delete(key);
    }
    this.detected.fire(uri);
    this.fireSoon();
  }

  /** Every article of the workspace (open ones with their live text) with claims and proposals; cached until a change. */
  articles(): Promise<WorkspaceArticle[]> {
    this.cached ??= this.readArticles();
    return this.cached;
  }

  private async readArticles(): Promise<WorkspaceArticle[]> {
    const uris = await articleUris();
    const out: WorkspaceArticle[] = [];
    for (const uri of uris) {
      try {
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        const text = open ? open.getText() : await fs.readFile(uri.fsPath, 'utf8');
        const state = await this.controller.store.get(uri);
        const doc = state.doc;
        // open articles: what their editors show (detection there runs off the keystroke path)
        const proposals = open ? this.shownProposals(uri, text, doc) : this.proposals(uri, text, doc);
        out.push({ uri, file: vscode.workspace.asRelativePath(uri), date: doc?.article.date ?? articleDate(text), doc, proposals });
      } catch (err) {
        log().warn(`claims of ${uri.fsPath} skipped: ${errorText(err)}`);
      }
    }
    return out;
  }

  /** Claims ready for compare.ts: claimant names resolved, proposals as claims with `proposed:` ids; articleFile is the URI. */
  static toArticleClaims(a: WorkspaceArticle): ArticleClaims {
    const claims: Claim[] = (a.doc?.claims ?? []).filter((c) => !c.orphaned).map((c) => ({ ...c, claimant: claimantName(a.doc, c.claimant) }));
    for (const d of a.proposals) {
      claims.push({ id: proposedId(d), start: d.start, end: d.end, quote: d.text, claimant: d.claimant, kind: d.kind, topic: d.topic, value: d.value, status: 'unverified' });
    }
    return { articleFile: a.uri.toString(), articleDate: a.date, claims };
  }

  async comparison(topic?: string): Promise<{ articles: WorkspaceArticle[]; topics: TopicComparison[] }> {
    const articles = await this.articles();
    return { articles, topics: compareClaims(articles.map(ClaimService.toArticleClaims), topic) };
  }

  async topics(): Promise<Array<{ topic: string; count: number }>> {
    return listTopics((await this.articles()).map(ClaimService.toArticleClaims));
  }

  private fireSoon(): void {
    this.cached = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.changed.fire();
    }, 100);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.cancelScheduled(uri);
    this.detectRuns.delete(key);
    this.detectors.delete(key);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const t of this.detectTimers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}

/** Articles of the workspace: `*.article` files and whatever `files.associations` maps to the article language. */
async function articleUris(): Promise<vscode.Uri[]> {
  const assoc = vscode.workspace.getConfiguration('files').get<Record<string, string>>('associations') ?? {};
  const globs = ['**/*.article', ...Object.entries(assoc).filter(([, lang]) => lang === 'article').map(([g]) => (g.includes('/') ? g : `**/${g}`))];
  const seen = new Map<string, vscode.Uri>();
  for (const g of globs) {
    for (const uri of await vscode.workspace.findFiles(g, '**/{node_modules,.git}/**', 2000)) if (uri.scheme === 'file') seen.set(uri.toString(), uri);
  }
  // open articles outside those patterns (language set by hand) count too
  for (const d of vscode.workspace.textDocuments) if (d.languageId === 'article' && d.uri.scheme === 'file') seen.set(d.uri.toString(), d.uri);
  return [...seen.values()].sort((a, b) => path.basename(a.fsPath).localeCompare(path.basename(b.fsPath)) || a.fsPath.localeCompare(b.fsPath));
}
