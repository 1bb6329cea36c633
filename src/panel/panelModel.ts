/**
 * The data the Entities panel renders (sent to media/panel.js with postMessage). Pure: no VS Code.
 */
import { BUILTIN_ENTITY_TYPES } from '../core/model';
import type { ArticleView } from '../workspace/articleView';
import type { Orphan } from '../workspace/orphans';

export interface PanelRow {
  /** Stable key: `e:<entity id>` for accepted entities, `s:<type>:<name>` for suggestions. */
  key: string;
  entityId?: string;
  name: string;
  type: string;
  status: 'accepted' | 'suggested';
  /** Mentions shown in the editor, by position ([start, end] pairs): clicks cycle through them. */
  mentions: [number, number][];
  /** How many of `mentions` are suggestions (for an accepted entity: detected but not yet tagged mentions of the same name). */
  suggested: number;
  /** Mentions that could not be found in the text (accepted entities only). */
  orphaned: number;
}

export interface PanelGroup {
  type: string;
  label: string;
  /** CSS colour for custom types; built-ins use the theme variables. */
  color?: string;
  builtin: boolean;
  accepted: number;
  suggested: number;
  rows: PanelRow[];
}

export interface PanelState {
  article?: { uri: string; name: string; title?: string };
  groups: PanelGroup[];
  /** Shown as a warning: the sidecar is broken, annotations are read-only. */
  problems: string[];
  /** Orphaned mentions and claims (text not found): listed with Re-attach and Delete actions. */
  orphans?: Orphan[];
  suggestionsEnabled: boolean;
  /** Why the panel is empty, when it is. */
  hint?: string;
}

const label = (type: string) => type.charAt(0).toUpperCase() + type.slice(1);

export function buildPanelGroups(view: ArticleView, types: readonly string[], customColors: Readonly<Record<string, string>>): PanelGroup[] {
  const rows = new Map<string, PanelRow>();
  const row = (key: string, init: () => PanelRow) => {
    let r = rows.get(key);
    if (!r) rows.set(key, (r = init()));
    return r;
  };
  const entityRow = (m: { entityId: string; name: string; type: string }) =>
    row(`e:${m.entityId}`, () => ({ key: `e:${m.entityId}`, entityId: m.entityId, name: m.name, type: m.type, status: 'accepted', mentions: [], suggested: 0, orphaned: 0 }));
  for (const m of view.accepted) entityRow(m).mentions.push([m.start, m.end]);
  for (const m of view.orphaned) entityRow(m).orphaned++;
  // Suggestions of an accepted entity's name join its row; the rest are grouped by name.
  const byName = new Map<string, PanelRow>();
  for (const r of rows.values()) byName.set(`${r.type}:${r.name.toLowerCase()}`, r);
  for (const s of view.suggestions) {
    const name = `${s.type}:${s.name.toLowerCase()}`;
    const r = byName.get(name) ?? row(`s:${name}`, () => ({ key: `s:${name}`, name: s.name, type: s.type, status: 'suggested', mentions: [], suggested: 0, orphaned: 0 }));
    r.mentions.push([s.start, s.end]);
    r.suggested++;
  }
  for (const r of rows.values()) r.mentions.sort((a, b) => a[0] - b[0] || a[1] - b[1]);

  const order = [...types];
  for (const r of rows.values()) if (!order.includes(r.type)) order.push(r.type);
  const groups: PanelGroup[] = [];
  for (const type of order) {
    const list = [...rows.values()].filter((r) => r.type === type);
    if (!list.length) continue;
    const first = (r: PanelRow) => (r.mentions.length ? r.mentions[0][0] : Number.MAX_SAFE_INTEGER);
    list.sort((a, b) => (a.status === b.status ? 0 : a.status === 'accepted' ? -1 : 1) || b.mentions.length - a.mentions.length || first(a) - first(b));
    const builtin = (BUILTIN_ENTITY_TYPES as readonly string[]).includes(type);
    groups.push({
      type,
      label: label(type),
      color: builtin ? undefined : customColors[type] ?? '#808080',
      builtin,
      accepted: list.filter((r) => r.status === 'accepted').length,
      suggested: list.filter((r) => r.status === 'suggested').length,
      rows: list,
    });
  }
  return groups;
}
