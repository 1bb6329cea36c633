/**
 * The suggestion decorations of an article cut into blocks of consecutive lines, so a keystroke
 * re-sets the decorations of the block(s) whose lines changed, not of the whole article (VS Code
 * moves the other blocks' decorations with the edit by itself). Each block gets its own
 * decoration types (decorations.ts); this file only keeps the blocks in step with the lines.
 *
 * Blocks follow the lines, not line numbers: the detector's report of the replaced lines
 * (`LineChanges`: lines [first, first + added) replace `removed` ones) is applied to the blocks, so
 * lines inserted above a block do not make it dirty. A block is dirty when one of its lines was
 * replaced or shows other suggestions than were last given out for it (array identity: the view
 * keeps a line's array while its suggestions stay the same; when the view was built on the
 * previous one, only the lines it lists as touched are looked at). A line replaced by an edit
 * within it is not: if the editor, moving its decorations through the edit, shows its new
 * suggestions already (`editorTracks`), its block stays clean. Blocks that grow past twice the
 * size are split, empty ones dropped. A large article gets few blocks (the palette asks for 32
 * when made: a 1 MB article has ~300 lines and ~550 suggestions per block; 8 before, ~2200 per
 * block), as every block costs the editor decoration types (32 x 5 types for all articles, shared
 * by slot). No `vscode` here (unit-tested on its own).
 */
import type { DetectedEntity } from '../core/model';
import type { ShownLines } from '../workspace/articleView';

export interface Block {
  readonly id: number;
  /** First line of the block in the current numbering (after `update`). */
  start: number;
  /** Per line of the block: the suggestions last given out by `ranges` (undefined: none yet). */
  applied: (readonly DetectedEntity[] | undefined)[];
  /** Suggestions given out by the last `ranges`. */
  spans: number;
}

export interface BlockUpdate {
  /** Blocks whose decorations must be set again, in line order. */
  dirty: Block[];
  /** Blocks gone: their decorations must be cleared. */
  dropped: Block[];
  /** Whether the blocks were made afresh (first view, or a full re-detection). */
  rebuilt: boolean;
  /** The block of the edited line when it was left to the editor (`edit` given and tracked). */
  tracked?: Block;
}

/**
 * An edit within one line, as the editor applied it: `deleted` characters at column `col` removed
 * or `inserted` ones put there (not both: a replacement is not followed).
 */
export interface InlineEdit {
  line: number;
  col: number;
  deleted: number;
  inserted: number;
}

/**
 * Whether the editor, moving the line's decorations `old` through the edit by itself, already
 * shows `now`. Suggestion decorations are ClosedClosed (VS Code's AlwaysGrowsWhenTypingAtEdges):
 * text typed at a column c moves a range's start if the start is after c and its end if the end
 * is at or after c (a range grows when typing at either edge); deleting [c, c + n) moves positions
 * inside it to c and those after it n to the left.
 */
export function editorTracks(old: readonly DetectedEntity[], now: readonly DetectedEntity[], e: InlineEdit): boolean {
  if (old.length !== now.length || (e.deleted && e.inserted)) return false;
  const p = e.col;
  const q = e.col + e.deleted;
  for (let i = 0; i < old.length; i++) {
    const o = old[i];
    const n = now[i];
    if (o.type !== n.type) return false;
    let start: number;
    let end: number;
    if (e.inserted) {
      start = o.start <= p ? o.start : o.start + e.inserted;
      end = o.end < p ? o.end : o.end + e.inserted;
    } else {
      start = o.start <= p ? o.start : o.start < q ? p : o.start - e.deleted;
      end = o.end <= p ? o.end : o.end < q ? p : o.end - e.deleted;
    }
    if (start !== n.start || end !== n.end) return false;
  }
  return true;
}

export class SuggestionBlocks {
  blocks: Block[] = [];
  private nextId = 1;
  /** The report (ShownLines.seq) of the view the blocks were last brought in step with. */
  private seq = -1;

  /** Lines per block (blocks are split past twice that); set when the blocks are made afresh. */
  size: number;

  /**
   * Blocks of at least `minLines` lines, and no more than about `maxBlocks` of them when made
   * (each block has its own decoration types, and an editor with hundreds of decoration types is
   * slow: every type is a CSS rule and a theme listener in the workbench).
   */
  constructor(readonly minLines = 128, readonly maxBlocks = 8) {
    this.size = minLines;
  }

  /**
   * Brings the blocks in step with the view's lines; says which must be decorated again. `edit`:
   * the view follows exactly this edit within one line (the lines' report replaces that one line);
   * when the editor, moving that line's decorations itself, already shows its new suggestions, its
   * block need not be set again.
   */
  update(lines: ShownLines, edit?: InlineEdit): BlockUpdate {
    const ch = lines.changes;
    let rebuilt = ch.full || !this.blocks.length;
    const dropped: Block[] = [];
    const dirty = new Set<Block>();
    let tracked: Block | undefined;
    const home = !rebuilt && edit && ch.first === edit.line && ch.removed === 1 && ch.added === 1 ? this.inline(edit.line, lines, edit) : undefined;
    if (home) {
      // (the blocks are checked line by line below: this one is dirty unless the editor tracked the line)
      if (home.applied[edit!.line - this.startOf(home)]?.length) tracked = home;
    } else if (!rebuilt) {
      const ok = this.splice(ch.first, ch.removed, ch.added, dirty, dropped);
      // the blocks must cover the lines exactly; if not (a report missed), start afresh
      if (!ok || this.blocks.reduce((n, b) => n + b.applied.length, 0) !== lines.count) rebuilt = true;
    }
    if (rebuilt) {
      for (const b of this.blocks) if (!dropped.includes(b)) dropped.push(b);
      this.blocks = [];
      this.size = Math.max(this.minLines, Math.ceil(lines.count / this.maxBlocks));
      for (let s = 0; s < lines.count; s += this.size) this.blocks.push(this.block(Math.min(this.size, lines.count - s)));
    }
    // the lines that may show other suggestions: those the view says, when it was built on the
    // view the blocks last saw; else every line
    const touched = !rebuilt && lines.touched && lines.touched.basedOn === this.seq ? lines.touched.lines : undefined;
    this.seq = lines.seq;
    let start = 0;
    for (const b of this.blocks) {
      b.start = start;
      if (rebuilt) dirty.add(b);
      else if (!dirty.has(b) && !touched) {
        for (let j = 0; j < b.applied.length; j++) {
          if (b.applied[j] !== lines.shown(start + j)) {
            dirty.add(b);
            break;
          }
        }
      }
      start += b.applied.length;
    }
    if (touched && touched.length) {
      const sorted = [...touched].sort((x, y) => x - y);
      let k = 0;
      for (const b of this.blocks) {
        const end = b.start + b.applied.length;
        for (; k < sorted.length && sorted[k] < end; k++) if (b.applied[sorted[k] - b.start] !== lines.shown(sorted[k])) dirty.add(b);
      }
    }
    if (tracked && dirty.has(tracked)) tracked = undefined;
    return { dirty: this.blocks.filter((b) => dirty.has(b)), dropped: dropped.filter((b) => !this.blocks.includes(b)), rebuilt, tracked };
  }

  /**
   * The decoration ranges of a block by entity type, as [line, startColumn, line, endColumn] per
   * span, and records them as given out.
   */
  ranges(b: Block, lines: ShownLines): Map<string, number[]> {
    const out = new Map<string, number[]>();
    this.visit(b, lines, (line, shown) => {
      for (const s of shown) {
        let list = out.get(s.type);
        if (!list) out.set(s.type, (list = []));
        list.push(line, s.start, line, s.end);
      }
    });
    return out;
  }

  /** Calls `fn` with each line of the block and its suggestions, and records them as given out. */
  visit(b: Block, lines: ShownLines, fn: (line: number, shown: readonly DetectedEntity[]) => void): void {
    let n = 0;
    for (let j = 0; j < b.applied.length; j++) {
      const line = b.start + j;
      const shown = lines.shown(line);
      b.applied[j] = shown;
      n += shown.length;
      if (shown.length) fn(line, shown);
    }
    b.spans = n;
  }

  /** Suggestions given out over all blocks. */
  get total(): number {
    let n = 0;
    for (const b of this.blocks) n += b.spans;
    return n;
  }

  /**
   * A line replaced by one line: records its new suggestions as given out if the editor tracks
   * them (`editorTracks`), else as not given out (its block is then dirty). Returns the line's
   * block (undefined if the line is not in the blocks).
   */
  private inline(line: number, lines: ShownLines, edit: InlineEdit): Block | undefined {
    let start = 0;
    for (const b of this.blocks) {
      if (line < start + b.applied.length) {
        const j = line - start;
        const old = b.applied[j];
        const now = lines.shown(line);
        b.applied[j] = old && (old === now || editorTracks(old, now, edit)) ? now : undefined;
        return b;
      }
      start += b.applied.length;
    }
    return undefined;
  }

  /** First line of a block in the current numbering. */
  private startOf(block: Block): number {
    let start = 0;
    for (const b of this.blocks) {
      if (b === block) return start;
      start += b.applied.length;
    }
    return start;
  }

  private block(lines: number): Block {
    return { id: this.nextId++, start: 0, applied: new Array<undefined>(lines).fill(undefined), spans: 0 };
  }

  /** Applies a splice of the lines; false if it does not fit the blocks. */
  private splice(first: number, removed: number, added: number, dirty: Set<Block>, dropped: Block[]): boolean {
    if (!removed && !added) return true;
    // the block holding line `first` (a line just past the end goes to the last block)
    let k = 0;
    let start = 0;
    while (k < this.blocks.length - 1 && start + this.blocks[k].applied.length <= first) start += this.blocks[k++].applied.length;
    const at = this.blocks[k];
    let offset = first - start;
    if (offset > at.applied.length) return false;
    const home = at;
    const homeOffset = offset;
    // remove `removed` lines from here on (possibly over several blocks)
    let left = removed;
    for (let m = k; left > 0 && m < this.blocks.length; m++, offset = 0) {
      const b = this.blocks[m];
      const n = Math.min(left, b.applied.length - offset);
      b.applied.splice(offset, n);
      left -= n;
      dirty.add(b);
    }
    if (left > 0) return false;
    home.applied.splice(homeOffset, 0, ...new Array<undefined>(added).fill(undefined));
    dirty.add(home);
    // drop empty blocks, split big ones
    const next: Block[] = [];
    for (const b of this.blocks) {
      if (!b.applied.length) {
        dropped.push(b);
        dirty.delete(b);
        continue;
      }
      next.push(b);
      if (b.applied.length > 2 * this.size) {
        const rest = b.applied.splice(this.size);
        for (let s = 0; s < rest.length; s += this.size) {
          const nb = this.block(0);
          nb.applied = rest.slice(s, s + this.size);
          next.push(nb);
          dirty.add(nb);
        }
      }
    }
    this.blocks = next;
    return true;
  }
}
