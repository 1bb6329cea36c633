/**
 * articleAnnotator._debugState (hidden from the palette): what the extension shows, for tests.
 *   executeCommand('articleAnnotator._debugState')            // every open article
 *   executeCommand('articleAnnotator._debugState', { uri })   // one article (opened if needed)
 * Waits until pending updates are done, then resolves to DebugState.
 */
import * as vscode from 'vscode';
import { isArticle, type ArticleController } from '../editor/articleController';
import { articleTarget } from './target';
import type { ShownMention, ShownSuggestion } from '../workspace/articleView';
import { listOrphans, type Orphan } from '../workspace/orphans';
import type { StoreInfo } from '../workspace/annotationStore';

export interface DebugDocument {
  uri: string;
  version: number;
  entities: number;
  accepted: number;
  suggestions: number;
  orphaned: number;
  /** Per type: accepted mentions and suggestions shown. */
  byType: Record<string, { accepted: number; suggestions: number }>;
  /** Suggested names with how many mentions each, most frequent first. */
  suggested: { type: string; name: string; count: number }[];
  readOnly: boolean;
  problems: string[];
  sidecarPath?: string;
  sidecarExists: boolean;
  /** When the sidecar was last read from disk (ms since epoch; 0 = never). */
  sidecarLoadedAt: number;
  /** Visible editors showing the document (each carries the decorations). */
  visibleEditors: number;
  /** Ranges last set as decorations on its editors (undefined: never decorated). */
  decorated?: { accepted: number; suggestions: number; editors: number };
  refreshMillis: number;
  /** Milliseconds from recent edits to their decorations being set (most recent last). */
  editLatencyMillis: number[];
  /** With `{ spans: true }`: every shown span, in text order. */
  spans?: { accepted: ShownMention[]; suggestions: ShownSuggestion[] };
  /** Orphaned mentions and claims (kept in the sidecar, listed in Problems and the panel). */
  orphans: Orphan[];
  /** Undo/redo labels; `unsaved` when changes are held in memory (see `_holdWrites`). */
  store: StoreInfo;
}

/** What activate() did: its time, and the articles and sidecars read by the time it returned (none: it only wires things up). */
export interface Startup {
  activationMillis: number;
  articlesTouched: number;
  sidecarsLoaded: number;
}

export interface DebugState extends Startup {
  documents: DebugDocument[];
}

export async function debugStateCommand(controller: ArticleController, startup: Startup, args: { uri?: string | vscode.Uri; spans?: boolean } = {}): Promise<DebugState> {
  const docs = args.uri ? [(await articleTarget(args.uri)).document] : vscode.workspace.textDocuments.filter(isArticle);
  const documents: DebugDocument[] = [];
  for (const doc of docs) {
    const s = await controller.current(doc);
    if (!s) continue;
    const byType: DebugDocument['byType'] = {};
    const bump = (type: string, k: 'accepted' | 'suggestions') => ((byType[type] ??= { accepted: 0, suggestions: 0 })[k] += 1);
    for (const m of s.view.accepted) bump(m.type, 'accepted');
    for (const m of s.view.suggestions) bump(m.type, 'suggestions');
    const names = new Map<string, { type: string; name: string; count: number }>();
    for (const m of s.view.suggestions) {
      const key = `${m.type}:${m.name.toLowerCase()}`;
      const n = names.get(key) ?? { type: m.type, name: m.name, count: 0 };
      n.count++;
      names.set(key, n);
    }
    documents.push({
      uri: doc.uri.toString(),
      version: s.version,
      entities: s.sidecar?.doc?.entities.length ?? 0,
      accepted: s.view.accepted.length,
      suggestions: s.view.suggestions.length,
      orphaned: s.view.orphaned.length,
      byType,
      suggested: [...names.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
      readOnly: !!s.sidecar?.problems.length,
      problems: (s.sidecar?.problems ?? []).map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`),
      sidecarPath: s.sidecar?.sidecarPath,
      sidecarExists: !!s.sidecar?.exists,
      sidecarLoadedAt: s.sidecar?.loadedAt ?? 0,
      visibleEditors: vscode.window.visibleTextEditors.filter((e) => e.document === doc).length,
      decorated: controller.decorations(doc.uri),
      refreshMillis: s.millis,
      editLatencyMillis: controller.editLatencies(doc.uri),
      spans: args.spans ? { accepted: s.view.accepted, suggestions: s.view.suggestions } : undefined,
      orphans: s.sidecar?.doc ? listOrphans(s.sidecar.doc, doc.getText()) : [],
      store: controller.store.info(doc.uri),
    });
  }
  return { ...startup, documents };
}
