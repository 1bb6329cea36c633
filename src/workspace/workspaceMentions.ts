/**
 * How often an entity is mentioned across the workspace's articles (for the hover): accepted
 * mentions from the sidecars plus suggestions from detecting each article. Computed lazily on the
 * first question and cached per article; an article's entry is dropped when it, its sidecar or the
 * settings change. Open articles count as shown in their editor.
 */
import * as vscode from 'vscode';
import { promises as fs } from 'node:fs';
import { buildArticleView, type ArticleView } from './articleView';
import { detectSuggestions, type DetectionSettings } from './detection';
import type { AnnotationStore } from './annotationStore';
import { log, errorText } from './log';

/** Articles larger than this are not read for the counts. */
const MAX_BYTES = 5_000_000;
const ARTICLES = '**/*.{txt,article}';
const EXCLUDE = '**/{node_modules,.git,dist,out}/**';

type Counts = Map<string, number>;

export const mentionKey = (type: string, name: string) => `${type}\u0001${name.toLowerCase()}`;

/** Mentions per type and name (canonical name of accepted entities, name of suggestions). */
export function countView(view: ArticleView): Counts {
  const counts: Counts = new Map();
  for (const m of [...view.accepted, ...view.suggestions]) {
    const k = mentionKey(m.type, m.name);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

export interface WorkspaceCount {
  mentions: number;
  articles: number;
}

export class WorkspaceMentions implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<Counts>>();
  private files?: Promise<vscode.Uri[]>;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly store: AnnotationStore,
    private readonly settings: () => DetectionSettings,
    /** The live view of an article open in an editor, if any. */
    private readonly liveView: (uri: vscode.Uri) => ArticleView | undefined,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{txt,article,yaml}');
    const drop = (uri: vscode.Uri) => {
      this.cache.delete(uri.with({ path: uri.path.replace(/\.annotations\.yaml$/, '.txt') }).toString());
      this.cache.delete(uri.toString());
    };
    const dropFile = (uri: vscode.Uri) => {
      drop(uri);
      this.files = undefined;
    };
    this.disposables.push(
      watcher,
      watcher.onDidChange(drop),
      watcher.onDidCreate(dropFile),
      watcher.onDidDelete(dropFile),
      store.onDidChange(drop),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('articleAnnotator')) this.cache.clear();
      }),
    );
  }

  /** Mentions of any of `names` (same type) in all articles of the workspace. */
  async count(type: string, names: readonly string[]): Promise<WorkspaceCount> {
    const keys = [...new Set(names.map((n) => mentionKey(type, n)))];
    const files = await (this.files ??= this.findArticles());
    let mentions = 0;
    let articles = 0;
    await Promise.all(files.map(async (uri) => {
      const live = this.liveView(uri);
      const counts = live ? countView(live) : await this.countsOf(uri);
      const n = keys.reduce((sum, k) => sum + (counts.get(k) ?? 0), 0);
      mentions += n;
      if (n) articles++;
    }));
    return { mentions, articles };
  }

  private async findArticles(): Promise<vscode.Uri[]> {
    const found = await vscode.workspace.findFiles(ARTICLES, EXCLUDE, 5000);
    return found.filter((u) => u.scheme === 'file');
  }

  private countsOf(uri: vscode.Uri): Promise<Counts> {
    const key = uri.toString();
    let p = this.cache.get(key);
    if (!p) {
      p = this.compute(uri).catch((err) => {
        log().warn(`counting mentions in ${vscode.workspace.asRelativePath(uri)}: ${errorText(err)}`);
        return new Map();
      });
      this.cache.set(key, p);
    }
    return p;
  }

  private async compute(uri: vscode.Uri): Promise<Counts> {
    const stat = await fs.stat(uri.fsPath);
    if (stat.size > MAX_BYTES) return new Map();
    const text = await fs.readFile(uri.fsPath, 'utf8');
    const sidecar = await this.store.get(uri);
    return countView(buildArticleView(text, sidecar.doc, detectSuggestions(text, this.settings())));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
