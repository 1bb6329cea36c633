/**
 * Editor decorations, one pair per entity type: accepted entities in the full background colour
 * of their type, suggestions as a thin underline in the same hue. Built-in types use the
 * contributed theme colours (`articleAnnotator.<type>.background|suggestion`), so light, dark
 * and high-contrast themes each get their own; custom types use the colour from settings.
 */
import * as vscode from 'vscode';
import { BUILTIN_ENTITY_TYPES } from '../core/model';
import type { ArticleView } from '../workspace/articleView';

interface TypeDecorations {
  accepted: vscode.TextEditorDecorationType;
  suggestion: vscode.TextEditorDecorationType;
}

const isBuiltin = (type: string) => (BUILTIN_ENTITY_TYPES as readonly string[]).includes(type);

/** #rgb / #rrggbb plus an alpha byte. */
export function withAlpha(color: string, alpha: number): string {
  const hex = color.length === 4 ? `#${[...color.slice(1)].map((c) => c + c).join('')}` : color;
  return hex + Math.round(alpha * 255).toString(16).padStart(2, '0');
}

/** Fallback colour for types found in a sidecar but in no setting. */
const UNKNOWN_TYPE_COLOR = '#808080';

export class DecorationPalette implements vscode.Disposable {
  private readonly byType = new Map<string, TypeDecorations>();
  private customColors: Record<string, string> = {};

  /** Sets the custom types' colours; their decorations are rebuilt if a colour changed. */
  setCustomTypes(colors: Record<string, string>): void {
    for (const [type, deco] of this.byType) {
      if (!isBuiltin(type) && colors[type] !== this.customColors[type]) {
        deco.accepted.dispose();
        deco.suggestion.dispose();
        this.byType.delete(type);
      }
    }
    this.customColors = { ...colors };
  }

  private get(type: string): TypeDecorations {
    let d = this.byType.get(type);
    if (d) return d;
    const builtin = isBuiltin(type);
    const custom = this.customColors[type] ?? UNKNOWN_TYPE_COLOR;
    const background = builtin ? new vscode.ThemeColor(`articleAnnotator.${type}.background`) : withAlpha(custom, 0.25);
    const line = builtin ? new vscode.ThemeColor(`articleAnnotator.${type}.suggestion`) : withAlpha(custom, 0.85);
    d = {
      accepted: vscode.window.createTextEditorDecorationType({
        backgroundColor: background,
        borderRadius: '3px',
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        overviewRulerColor: line,
        overviewRulerLane: vscode.OverviewRulerLane.Center,
      }),
      suggestion: vscode.window.createTextEditorDecorationType({
        borderColor: line,
        borderStyle: 'none none solid none',
        borderWidth: '0 0 1.5px 0',
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }),
    };
    this.byType.set(type, d);
    return d;
  }

  /** Shows the view in the editor; returns how many ranges were set. */
  apply(editor: vscode.TextEditor, view: ArticleView | undefined): { accepted: number; suggestions: number } {
    const doc = editor.document;
    // Plain ranges (no per-range hover: the hover provider in hover.ts describes the entity), so a
    // keystroke in a large article costs one positionAt pair per span.
    const accepted = new Map<string, vscode.Range[]>();
    const suggested = new Map<string, vscode.Range[]>();
    const add = (map: Map<string, vscode.Range[]>, type: string, start: number, end: number) => {
      let list = map.get(type);
      if (!list) map.set(type, (list = []));
      list.push(new vscode.Range(doc.positionAt(start), doc.positionAt(end)));
    };
    for (const m of view?.accepted ?? []) add(accepted, m.type, m.start, m.end);
    for (const s of view?.suggestions ?? []) add(suggested, s.type, s.start, s.end);
    for (const type of new Set([...this.byType.keys(), ...accepted.keys(), ...suggested.keys()])) {
      const d = this.get(type);
      editor.setDecorations(d.accepted, accepted.get(type) ?? []);
      editor.setDecorations(d.suggestion, suggested.get(type) ?? []);
    }
    return { accepted: view?.accepted.length ?? 0, suggestions: view?.suggestions.length ?? 0 };
  }

  dispose(): void {
    for (const d of this.byType.values()) {
      d.accepted.dispose();
      d.suggestion.dispose();
    }
    this.byType.clear();
  }
}

