/**
 * The claims of the workspace as the VS Code side sees them: each article's sidecar claims (through
 * the store adapter) and the attribution detector's open proposals (the ONE call site of
 * detectClaims in the VS Code layer, cached per text), and their comparison by topic (core
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
  private readonly detected = new Map<string, { text: string; claims: DetectedClaim[] }>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private timer?: ReturnType<typeof setTimeout>;
  /** Fires (debounced) when any article's claims or proposals may have changed. */
  readonly onDidChange = this.changed.event;

  /** The workspace's articles as last read; dropped whenever something may have changed. */
  private cached?: Promise<WorkspaceArticle[]>;

  constructor(readonly controller: ArticleController) {
    const soon = () => this.fireSoon();
    const files = vscode.workspace.createFileSystemWatcher('**/*.{txt,article}');
    this.disposables.push(
      files, files.onDidCreate(soon), files.onDidChange(soon), files.onDidDelete(soon),
      controller.store.onDidChange(soon),
      controller.onDidChange(soon),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('articleAnnotator.claims') || e.affectsConfiguration('files.associations')) {
          this.detected.clear();
          soon();
        }
      }),
    );
  }

  /** The detector's claims for a text (cached per article and text). */
  detect(uri: vscode.Uri, text: string): DetectedClaim[] {
    const settings = this.controller.currentSettings;
    if (!settings.claimDetectionEnabled) return [];
    const key = uri.toString();
    const hit = this.detected.get(key);
    if (hit && hit.text === text) return hit.claims;
    let claims: DetectedClaim[] = [];
    const t0 = performance.now();
    try {
      claims = detectClaims(text, undefined, { parties: settings.claimParties });
    } catch (err) {
      log().error(`claim detection failed on ${uri.fsPath}: ${err instanceof Error ? err.stack : String(err)}`);
    }
    this.detected.set(key, { text, claims });
    log().debug(`${vscode.workspace.asRelativePath(uri)}: ${claims.length} claims detected (${(performance.now() - t0).toFixed(1)} ms)`);
    return claims;
  }

  /** Open proposals of an article: detected, not rejected, not overlapping a claim of its sidecar. */
  proposals(uri: vscode.Uri, text: string, doc: AnnotationDoc | undefined): DetectedClaim[] {
    return openProposals(this.detect(uri, text), doc);
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
        out.push({ uri, file: vscode.workspace.asRelativePath(uri), date: doc?.article.date ?? articleDate(text), doc, proposals: this.proposals(uri, text, doc) });
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

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
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
