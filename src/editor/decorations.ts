/**
 * Editor decorations, one pair per entity type: accepted entities in the full background colour
 * of their type, suggestions as a thin underline in the same hue. Built-in types use the
 * contributed theme colours (`articleAnnotator.<type>.background|suggestion`), so light, dark
 * and high-contrast themes each get their own; custom types use the colour from settings.
 *
 * In an editor a keystroke must not cost the whole article: when the view comes from the
 * detector's lines (`ArticleView.lines`), positions come from the lines (no offset → position
 * conversion) and the suggestions are set per block of lines (suggestionBlocks.ts), each block with
 * its own decoration types (same style; a block takes a slot, and documents share the slots'
 * types, as decorations are per editor, so the workbench holds a few dozen types however many
 * articles are open — hundreds made it slow): a keystroke re-sets the
 * block(s) whose lines changed; VS Code moves the others with the edit — and the edited line's own
 * decorations too: when moving them through the edit already gives the line's new suggestions
 * (typing or deleting away from a suggestion's text), nothing is set at all (suggestionBlocks.ts,
 * `editorTracks`; such blocks are set once more when typing pauses). Because the editor may
 * apply a later edit before decorations computed for an earlier text arrive, an update that adds
 * or removes lines also re-sets the blocks below the edit that the previous update set, and
 * `settle` (after typing pauses) re-sets every block set since the last settle if lines were
 * added or removed meanwhile. Accepted mentions are few and set in full each time.
 */
import * as vscode from 'vscode';
import { BUILTIN_ENTITY_TYPES, type DetectedEntity } from '../core/model';
import type { ArticleView } from '../workspace/articleView';
import { SuggestionBlocks, type Block, type InlineEdit } from './suggestionBlocks';

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

/** After all blocks were set, edits adding or removing lines within this time set the blocks below them again. */
const REBUILT_RACE_MS = 1000;

/** Fallback colour for types found in a sidecar but in no setting. */
const UNKNOWN_TYPE_COLOR = '#808080';

interface DocDecorations {
  blocks: SuggestionBlocks;
  /** Per block id: its slot (index into the palette's slots; unique within the document). */
  slotOf: Map<number, number>;
  /** Editors that were given every block (others get all blocks on their first `apply`). */
  editors: WeakSet<vscode.TextEditor>;
  /** The view the blocks were last brought in step with. */
  view?: ArticleView;
  /** Blocks set by the previous update (set again by the next one if it adds or removes lines above them). */
  lastSet: Set<number>;
  /** When the blocks were last made afresh and all set (Date.now()). */
  rebuiltAt: number;
  /** Blocks set since the last `settle`. */
  touched: Set<number>;
  /** Whether an edit since the last `settle` added or removed lines (only those can misplace other blocks' ranges). */
  shiftedSinceSettle: boolean;
}

export class DecorationPalette implements vscode.Disposable {
  private readonly byType = new Map<string, TypeDecorations>();
  private customColors: Record<string, string> = {};
  /** Per document (URI string): the suggestion blocks and their decoration types. */
  private readonly docs = new Map<string, DocDecorations>();
  /** Per slot: suggestion-style decoration types per entity type, shared by the documents' blocks in that slot. */
  private readonly slots: Map<string, vscode.TextEditorDecorationType>[] = [];

  /** Blocks of suggestion decorations: at least `blockLines` lines, about `maxBlocks` per article when made. */
  constructor(private readonly blockLines = 128, private readonly maxBlocks = 32) {}

  /** Sets the custom types' colours; their decorations are rebuilt if a colour changed. */
  setCustomTypes(colors: Record<string, string>): void {
    const changed = (type: string) => !isBuiltin(type) && colors[type] !== this.customColors[type];
    for (const [type, deco] of this.byType) {
      if (changed(type)) {
        deco.accepted.dispose();
        deco.suggestion.dispose();
        this.byType.delete(type);
      }
    }
    for (const m of this.slots) {
      for (const [type, d] of m) {
        if (!changed(type)) continue;
        d.dispose();
        m.delete(type);
      }
    }
    this.customColors = { ...colors };
  }

  private colors(type: string): { background: string | vscode.ThemeColor; line: string | vscode.ThemeColor } {
    const builtin = isBuiltin(type);
    const custom = this.customColors[type] ?? UNKNOWN_TYPE_COLOR;
    return {
      background: builtin ? new vscode.ThemeColor(`articleAnnotator.${type}.background`) : withAlpha(custom, 0.25),
      line: builtin ? new vscode.ThemeColor(`articleAnnotator.${type}.suggestion`) : withAlpha(custom, 0.85),
    };
  }

  private suggestionType(type: string): vscode.TextEditorDecorationType {
    return vscode.window.createTextEditorDecorationType({
      borderColor: this.colors(type).line,
      borderStyle: 'none none solid none',
      borderWidth: '0 0 1.5px 0',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
  }

  private get(type: string): TypeDecorations {
    let d = this.byType.get(type);
    if (d) return d;
    const { background, line } = this.colors(type);
    d = {
      accepted: vscode.window.createTextEditorDecorationType({
        backgroundColor: background,
        borderRadius: '3px',
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        overviewRulerColor: line,
        overviewRulerLane: vscode.OverviewRulerLane.Center,
      }),
      suggestion: this.suggestionType(type),
    };
    this.byType.set(type, d);
    return d;
  }

  /**
   * Shows the view in the editors of one document (`key`: its URI string); returns how many
   * ranges are set. With a line view only the blocks that changed are set again (all of them on
   * an editor seen for the first time); `edit`: the one edit within a line since the last view,
   * if that is all (a block the editor keeps right by moving its decorations is not set again).
   */
  apply(editors: readonly vscode.TextEditor[], view: ArticleView | undefined, key: string, edit?: InlineEdit): { accepted: number; suggestions: number } {
    const lines = view?.lines;
    // accepted mentions, in full
    const accepted = new Map<string, vscode.Range[]>();
    for (const m of view?.accepted ?? []) {
      let list = accepted.get(m.type);
      if (!list) accepted.set(m.type, (list = []));
      list.push(lines ? lineRange(lines, m.start, m.end) : new vscode.Range(editors[0]?.document.positionAt(m.start) ?? new vscode.Position(0, 0), editors[0]?.document.positionAt(m.end) ?? new vscode.Position(0, 0)));
    }
    if (!lines) return this.applyWhole(editors, view, key, accepted);
    for (const type of new Set([...this.byType.keys(), ...accepted.keys()])) {
      const d = this.get(type);
      for (const editor of editors) {
        editor.setDecorations(d.accepted, accepted.get(type) ?? []);
        editor.setDecorations(d.suggestion, []); // from a whole-article view before (no-op otherwise)
      }
    }
    let st = this.docs.get(key);
    if (!st) this.docs.set(key, (st = { blocks: new SuggestionBlocks(this.blockLines, this.maxBlocks), slotOf: new Map(), editors: new WeakSet(), lastSet: new Set(), touched: new Set(), shiftedSinceSettle: false, rebuiltAt: 0 }));
    let toSet: Block[] = [];
    if (st.view !== view) {
      st.view = view;
      const up = st.blocks.update(lines, edit);
      for (const b of up.dropped) this.dropBlock(st, b.id, editors);
      if (up.rebuilt) {
        toSet = up.dirty;
        st.lastSet = new Set();
        st.touched = new Set();
        st.rebuiltAt = Date.now();
      } else {
        // Ranges set by the previous update were computed for the text before this edit: if the
        // editor applied the edit first and it added or removed lines above them, they landed on
        // the wrong lines. Only then are they set again (edits within a line only move that
        // line's ranges, and that line's block is dirty). The same for every block shortly after
        // all were set.
        const ch = lines.changes;
        const shifted = ch.removed !== ch.added;
        const recent = shifted && Date.now() - st.rebuiltAt < REBUILT_RACE_MS;
        const ids = new Set(up.dirty.map((b) => b.id));
        toSet = st.blocks.blocks.filter((b) => ids.has(b.id) || (shifted && (recent || st.lastSet.has(b.id)) && b.start + b.applied.length > ch.first));
        st.lastSet = new Set(toSet.map((b) => b.id));
        for (const b of toSet) st.touched.add(b.id);
        if (shifted) st.shiftedSinceSettle = true;
        // a block left to the editor (it moves the line's decorations itself) is set once more
        // when typing paused, should the editor have moved them otherwise than expected
        if (up.tracked) {
          st.touched.add(up.tracked.id);
          st.shiftedSinceSettle = true;
        }
      }
    }
    this.setBlocks(st, toSet, editors);
    return { accepted: view.accepted.length, suggestions: st.blocks.total };
  }

  /**
   * Sets again every block set since the last settle (call when typing paused), if an edit since
   * added or removed lines: an edit within a line that the editor applied before our ranges
   * arrived misplaces only that line's ranges, and its block is set again by the next update.
   */
  settle(editors: readonly vscode.TextEditor[], key: string): number {
    const st = this.docs.get(key);
    if (!st?.touched.size) return 0;
    if (!st.shiftedSinceSettle) {
      st.touched = new Set();
      return 0;
    }
    st.shiftedSinceSettle = false;
    const blocks = st.blocks.blocks.filter((b) => st.touched.has(b.id));
    st.lastSet = new Set(blocks.map((b) => b.id));
    st.touched = new Set();
    this.setBlocks(st, blocks, editors);
    return blocks.length;
  }

  /** Drops what is kept for a document no longer shown (its blocks' slots are free again). */
  forget(key: string): void {
    const st = this.docs.get(key);
    if (!st) return;
    for (const b of st.blocks.blocks) this.dropBlock(st, b.id, []);
    this.docs.delete(key);
  }

  /** Sets the blocks on editors that have all the others; every block on the other editors. */
  private setBlocks(st: DocDecorations, blocks: readonly Block[], editors: readonly vscode.TextEditor[]): void {
    const lines = st.view?.lines;
    if (!lines) return;
    const computed = new Map<number, Map<string, vscode.Range[]>>();
    const rangesOf = (b: Block) => {
      let r = computed.get(b.id);
      if (!r) {
        const out = new Map<string, vscode.Range[]>();
        st.blocks.visit(b, lines, (line, shown) => {
          // a line's ranges are made once while its suggestions and line number stay the same
          let c = lineRanges.get(shown);
          if (c?.line !== line) lineRanges.set(shown, (c = { line, ranges: shown.map((x) => new vscode.Range(line, x.start, line, x.end)) }));
          for (let i = 0; i < shown.length; i++) {
            let list = out.get(shown[i].type);
            if (!list) out.set(shown[i].type, (list = []));
            list.push(c.ranges[i]);
          }
        });
        computed.set(b.id, (r = out));
      }
      return r;
    };
    for (const editor of editors) {
      const fresh = !st.editors.has(editor);
      if (fresh) st.rebuiltAt = Date.now(); // every block set: edits racing it are handled as after a rebuild
      for (const b of fresh ? st.blocks.blocks : blocks) {
        const ranges = rangesOf(b);
        let slot = st.slotOf.get(b.id);
        if (slot === undefined) {
          const used = new Set(st.slotOf.values());
          for (slot = 0; used.has(slot); slot++);
          st.slotOf.set(b.id, slot);
        }
        const types = (this.slots[slot] ??= new Map());
        for (const type of ranges.keys()) if (!types.has(type)) types.set(type, this.suggestionType(type));
        // (types this editor never had set are skipped by VS Code when set empty)
        for (const [type, d] of types) editor.setDecorations(d, ranges.get(type) ?? []);
      }
      st.editors.add(editor);
    }
  }

  private dropBlock(st: DocDecorations, id: number, editors: readonly vscode.TextEditor[]): void {
    const slot = st.slotOf.get(id);
    st.slotOf.delete(id);
    st.lastSet.delete(id);
    st.touched.delete(id);
    if (slot === undefined) return;
    for (const d of this.slots[slot]?.values() ?? []) for (const editor of editors) editor.setDecorations(d, []);
  }

  /** A view without lines: every suggestion set at once through one decoration type per entity type. */
  private applyWhole(editors: readonly vscode.TextEditor[], view: ArticleView | undefined, key: string, accepted: Map<string, vscode.Range[]>): { accepted: number; suggestions: number } {
    const st = this.docs.get(key);
    if (st) {
      for (const b of st.blocks.blocks) this.dropBlock(st, b.id, editors);
      this.docs.delete(key);
    }
    for (const editor of editors) {
      const doc = editor.document;
      const suggested = new Map<string, vscode.Range[]>();
      for (const s of view?.suggestions ?? []) {
        let list = suggested.get(s.type);
        if (!list) suggested.set(s.type, (list = []));
        list.push(new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end)));
      }
      for (const type of new Set([...this.byType.keys(), ...accepted.keys(), ...suggested.keys()])) {
        const d = this.get(type);
        editor.setDecorations(d.accepted, accepted.get(type) ?? []);
        editor.setDecorations(d.suggestion, suggested.get(type) ?? []);
      }
    }
    return { accepted: view?.accepted.length ?? 0, suggestions: view?.suggestions.length ?? 0 };
  }

  dispose(): void {
    for (const d of this.byType.values()) {
      d.accepted.dispose();
      d.suggestion.dispose();
    }
    this.byType.clear();
    this.docs.clear();
    for (const m of this.slots) for (const d of m.values()) d.dispose();
    this.slots.length = 0;
  }
}

/** Per array of a line's shown suggestions: their ranges, made for line `line`. */
const lineRanges = new WeakMap<readonly DetectedEntity[], { line: number; ranges: vscode.Range[] }>();

/** The range of [start, end) from a line view's line starts. */
function lineRange(lines: NonNullable<ArticleView['lines']>, start: number, end: number): vscode.Range {
  const a = lines.lineAt(start);
  const b = lines.lineAt(end);
  return new vscode.Range(a, start - lines.start(a), b, end - lines.start(b));
}
