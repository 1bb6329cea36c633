/**
 * Hover on an entity in an article: type, canonical name, aliases, mentions here and across the
 * workspace, the claims it makes in the article (tagged, and proposed ones labelled), and command links (accept, reject, change type, tag all occurrences, remove).
 * Only our own commands are trusted in the hover's markdown.
 */
import * as vscode from 'vscode';
import type { ArticleController } from './articleController';
import { WorkspaceMentions, mentionKey } from '../workspace/workspaceMentions';
import { shortQuote, type EntityClaims, type EntityRef } from '../claims/entityClaims';

/** Where the hover gets an entity's claims (the claim service). */
export interface EntityClaimSource {
  claimsOf(document: vscode.TextDocument, who: EntityRef): EntityClaims;
}

/** Quotes listed in the hover. */
const MAX_QUOTES = 3;

const LINK_COMMANDS = [
  'articleAnnotator.acceptSuggestion',
  'articleAnnotator.rejectSuggestion',
  'articleAnnotator.changeEntityType',
  'articleAnnotator.tagAllOccurrences',
  'articleAnnotator.removeAnnotation',
];

export class EntityHoverProvider implements vscode.HoverProvider {
  constructor(private readonly controller: ArticleController, private readonly workspace: WorkspaceMentions, private readonly claims?: EntityClaimSource) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const snapshot = await this.controller.current(document);
    if (!snapshot) return undefined;
    const offset = document.offsetAt(position);
    const hit = this.controller.itemAt(document.uri, offset);
    const item = hit.accepted ?? hit.suggestion;
    if (!item || offset >= item.end) return undefined;
    const view = snapshot.view;
    const uri = document.uri.toString();

    let names = [item.name];
    let here: number;
    let id: string | undefined;
    if (hit.accepted) {
      id = hit.accepted.entityId;
      const entity = snapshot.sidecar?.doc?.entities.find((e) => e.id === id);
      names = [item.name, ...(entity?.aliases ?? [])];
      here = view.accepted.filter((m) => m.entityId === id).length;
    } else {
      const k = mentionKey(item.type, item.name);
      here = [...view.accepted, ...view.suggestions].filter((m) => mentionKey(m.type, m.name) === k).length;
    }
    const across = await this.workspace.count(item.type, names);

    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: LINK_COMMANDS };
    md.supportThemeIcons = true;
    md.appendMarkdown(`**${esc(item.name)}** · \`${item.type}\` · ${hit.accepted ? 'accepted' : '_suggested_'}\n\n`);
    if (names.length > 1) md.appendMarkdown(`Also: ${names.slice(1).map(esc).join(', ')}\n\n`);
    md.appendMarkdown(`Mentions: **${here}** in this article · **${across.mentions}** in ${across.articles} article${across.articles === 1 ? '' : 's'} of the workspace\n\n`);
    const claims = this.claims?.claimsOf(document, { id, names });
    if (claims && (claims.tagged.length || claims.proposed.length)) md.appendMarkdown(claimsMarkdown(claims));
    const at = { uri, offset: item.start };
    const links = hit.accepted
      ? [
        link('$(symbol-class) Change Type', 'changeEntityType', at),
        link('$(tag) Tag All Occurrences', 'tagAllOccurrences', { uri, start: item.start, end: item.end }),
        link('$(trash) Remove', 'removeAnnotation', at),
      ]
      : [
        link('$(check) Accept', 'acceptSuggestion', at),
        link('$(close) Reject', 'rejectSuggestion', at),
        link('$(symbol-class) Change Type', 'changeEntityType', at),
        link('$(tag) Tag All Occurrences', 'tagAllOccurrences', { uri, start: item.start, end: item.end }),
      ];
    md.appendMarkdown(links.join(' &nbsp;·&nbsp; '));
    const range = new vscode.Range(document.positionAt(item.start), document.positionAt(item.end));
    return new vscode.Hover(md, range);
  }
}

function claimsMarkdown(c: EntityClaims): string {
  const n = c.tagged.length;
  const p = c.proposed.length;
  const head = [n ? `**${n}** tagged` : '', p ? `**${p}** proposed` : ''].filter(Boolean).join(' · ');
  const quotes = [
    ...c.tagged.map((x) => `“${esc(shortQuote(x.quote))}” · ${x.kind}`),
    ...c.proposed.map((x) => `_proposed_ “${esc(shortQuote(x.text))}” · ${x.kind}`),
  ].slice(0, MAX_QUOTES);
  return `Claims in this article: ${head}\n\n${quotes.map((q) => `- ${q}`).join('\n')}\n\n`;
}

function link(label: string, command: string, args: object): string {
  return `[${label}](command:articleAnnotator.${command}?${encodeURIComponent(JSON.stringify([args]))} "${label.replace(/^\$\([^)]*\) /, '')}")`;
}

function esc(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, '\\$&');
}

/** The hover for articles and the workspace counts it shows. */
export function registerEntityHover(controller: ArticleController, claims?: EntityClaimSource): vscode.Disposable[] {
  const counts = new WorkspaceMentions(controller.store, () => controller.currentSettings, (uri) => controller.snapshot(uri)?.view);
  return [counts, vscode.languages.registerHoverProvider({ language: 'article' }, new EntityHoverProvider(controller, counts, claims))];
}
