import type { AnnotationDoc, Claim, Entity, Rejection } from '../model';
import type { Change, Op } from './history';
import { stableJson } from './stableJson';

/**
 * The History change that turns `before` into `after`: one op per entity or claim (by id) that was
 * added, removed or changed, and one per rejected suggestion added or removed. Lets any edit of a
 * doc (tag, remove, accept, reject, change type, edit a claim…) be undone without each operation
 * describing itself. `label` defaults to a description of the ops ("Tag Entity 'Taliban'").
 */
export function diffDocs(before: AnnotationDoc, after: AnnotationDoc, label?: string): Change {
  const ops: Op[] = [];
  byId(before.entities, after.entities, (b, a) => ops.push({ kind: 'entity', before: b, after: a }));
  byId(before.claims, after.claims, (b, a) => ops.push({ kind: 'claim', before: b, after: a }));
  // Rejected suggestions have no id: compare them as multisets of their JSON.
  const left = new Map<string, Rejection[]>();
  for (const r of before.rejected) {
    const k = stableJson(r);
    left.set(k, [...(left.get(k) ?? []), r]);
  }
  for (const r of after.rejected) {
    const same = left.get(stableJson(r));
    if (same?.length) same.pop();
    else ops.push({ kind: 'rejected', before: null, after: structuredClone(r) });
  }
  for (const rs of left.values()) for (const r of rs) ops.push({ kind: 'rejected', before: structuredClone(r), after: null });
  return { label: label ?? describe(ops), ops };
}

function byId<T extends Entity | Claim>(before: T[], after: T[], emit: (b: T | null, a: T | null) => void): void {
  const old = new Map(before.map((x) => [x.id, x]));
  for (const a of after) {
    const b = old.get(a.id);
    old.delete(a.id);
    if (!b) emit(null, structuredClone(a));
    else if (b !== a && stableJson(b) !== stableJson(a)) emit(structuredClone(b), structuredClone(a));
  }
  for (const b of old.values()) emit(structuredClone(b), null);
}

const nameOf = (op: Op): string => {
  const x = op.after ?? op.before;
  if (!x) return '';
  if (op.kind === 'entity') return (x as Entity).name;
  return (x as Claim | Rejection).quote;
};

const short = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/** A label for undo menus and messages, from what the ops do. */
export function describe(ops: Op[]): string {
  if (!ops.length) return 'No Change';
  const kinds = new Set(ops.map((o) => o.kind));
  const verb = (o: Op) => (o.before === null ? 'add' : o.after === null ? 'remove' : 'change');
  if (ops.length === 1 || (kinds.size === 1 && new Set(ops.map(verb)).size === 1 && kinds.has('rejected'))) {
    const o = ops[0];
    const n = ops.length > 1 ? `${ops.length} suggestions` : `'${short(nameOf(o))}'`;
    const v = verb(o);
    if (o.kind === 'rejected') return v === 'add' ? `Reject ${n}` : `Restore Suggestion ${n}`;
    const what = o.kind === 'entity' ? 'Entity' : 'Claim';
    return v === 'add' ? (o.kind === 'entity' ? `Tag Entity ${n}` : `Tag Claim ${n}`) : v === 'remove' ? `Remove ${what} ${n}` : `Change ${what} ${n}`;
  }
  return `${ops.length} Annotation Changes`;
}
