import type { AnnotationDoc, Claim, Entity, Rejection } from '../model';
import { stableJson } from './stableJson';
import { shiftAnchor, type TextChange } from '../anchor/shift';

/**
 * Undo/redo of the extension's own annotation operations (tag, remove, change type, edit a claim,
 * reject a suggestion…). Text edits are the editor's own undo; the history only keeps its stored
 * entries on their text (`shift`). Entries are found by id (entities, claims) or by type and span
 * (rejected suggestions), so undoing one change does not revert unrelated changes made since
 * (for instance a reload from disk that merged in another person's annotations).
 */
export type Op =
  | { kind: 'entity'; before: Entity | null; after: Entity | null }
  | { kind: 'claim'; before: Claim | null; after: Claim | null }
  | { kind: 'rejected'; before: Rejection | null; after: Rejection | null };

export interface Change {
  /** Shown in the UI: "Undo Tag Entity 'Taliban'". */
  label: string;
  ops: Op[];
}

function rejectionKey(r: Rejection): string {
  return `${r.type}:${r.start}:${r.end}:${r.quote}`;
}

function replaceIn<T>(list: T[], find: (x: T) => boolean, value: T | null, adding: boolean): void {
  // Adding never replaces (two equal rejected suggestions are still two entries).
  const i = adding ? -1 : list.findIndex(find);
  if (value === null) {
    if (i >= 0) list.splice(i, 1);
  } else if (i >= 0) list[i] = value;
  else list.push(value);
}

function pick<T>(before: T | null, after: T | null, reverse: boolean): [T | null, T | null] {
  return reverse ? [after, before] : [before, after];
}

function applyOp(doc: AnnotationDoc, op: Op, reverse: boolean): void {
  switch (op.kind) {
    case 'entity': {
      const [from, to] = pick(op.before, op.after, reverse);
      const id = (from ?? to)!.id;
      replaceIn(doc.entities, (e) => e.id === id, to && structuredClone(to), from === null);
      break;
    }
    case 'claim': {
      const [from, to] = pick(op.before, op.after, reverse);
      const id = (from ?? to)!.id;
      replaceIn(doc.claims, (c) => c.id === id, to && structuredClone(to), from === null);
      break;
    }
    case 'rejected': {
      const [from, to] = pick(op.before, op.after, reverse);
      // The very entry when it is still there unchanged, else one with the same type and span.
      const target = (from ?? to)!;
      const exact = stableJson(target);
      const key = rejectionKey(target);
      const i = doc.rejected.findIndex((r) => rejectionKey(r) === key && stableJson(r) === exact);
      replaceIn(doc.rejected, i >= 0 ? (r) => r === doc.rejected[i] : (r) => rejectionKey(r) === key, to && structuredClone(to), from === null);
      break;
    }
  }
}

/** Applies a change's ops to `doc` in place (forward). */
export function applyChange(doc: AnnotationDoc, change: Change): void {
  for (const op of change.ops) applyOp(doc, op, false);
}

export class History {
  private done: Change[] = [];
  private undone: Change[] = [];

  constructor(private readonly limit = 200) {}

  /** Applies `change` to `doc` (in place) and records it; clears the redo stack. */
  apply(doc: AnnotationDoc, change: Change): void {
    const stored: Change = { label: change.label, ops: structuredClone(change.ops) };
    applyChange(doc, stored);
    this.record(stored);
  }

  /** Records a change already applied to the doc. */
  record(change: Change): void {
    this.done.push(structuredClone(change));
    if (this.done.length > this.limit) this.done.shift();
    this.undone = [];
  }

  canUndo(): boolean {
    return this.done.length > 0;
  }

  canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Label of what undo would revert, for menus and messages. */
  peekUndo(): string | undefined {
    return this.done[this.done.length - 1]?.label;
  }

  peekRedo(): string | undefined {
    return this.undone[this.undone.length - 1]?.label;
  }

  /** Reverts the last change on `doc` (in place); returns it, or undefined when there is none. */
  undo(doc: AnnotationDoc): Change | undefined {
    const c = this.done.pop();
    if (!c) return undefined;
    for (const op of [...c.ops].reverse()) applyOp(doc, op, true);
    this.undone.push(c);
    return c;
  }

  redo(doc: AnnotationDoc): Change | undefined {
    const c = this.undone.pop();
    if (!c) return undefined;
    applyChange(doc, c);
    this.done.push(c);
    return c;
  }

  /** Keeps the anchors stored in the history on the text while the article is edited. */
  shift(change: TextChange): void {
    for (const c of [...this.done, ...this.undone]) {
      for (const op of c.ops) {
        for (const x of [op.before, op.after]) {
          if (!x) continue;
          if (op.kind === 'entity') for (const m of (x as Entity).mentions) shiftAnchor(m, change);
          else shiftAnchor(x as Claim | Rejection, change);
        }
      }
    }
  }

  clear(): void {
    this.done = [];
    this.undone = [];
  }
}
