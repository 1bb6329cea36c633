/**
 * A random-session simulator for the store: text edits in the editor (shifted from change events),
 * annotation adds/removes through the undo history, undo/redo, saves (canonical and over
 * hand-edited YAML), reloads, the article rewritten while closed (re-anchored), and the sidecar
 * changed on disk while unsaved changes are held (merged). Used by the property test and by
 * scripts/soak-store.ts. Each anchor carries an extra `tok` key (kept through the YAML like any
 * unknown key) so the checker can tell whether an annotation disappeared.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { makeAnchor } from '../../../src/core/anchor/context';
import { anchorsOf, reanchorDoc, shiftAnchors } from '../../../src/core/anchor/doc';
import type { Anchor, AnnotationDoc, Claim, Entity, Rejection } from '../../../src/core/model';
import { History, type Change } from '../../../src/core/store/history';
import { mergeDocs } from '../../../src/core/store/merge';
import { newDoc, parseSidecar, serializeSidecar } from '../../../src/core/store/sidecar';

const WORDS = ['Taliban', 'Kabul', 'Kandahar', 'said', 'the', 'officials', '85', 'percent', 'of', 'Afghanistan', 'on', 'Friday', 'é', '😀', '"', ':', '#'];
const SEPS = [' ', ' ', ' ', ', ', '.\n', '\n\n', ' - '];

export type Op =
  | { t: 'type'; at: number; del: number; words: number[] }
  | { t: 'add'; at: number; len: number; kind: number; target: number }
  | { t: 'remove'; which: number }
  | { t: 'undo' }
  | { t: 'redo' }
  | { t: 'save'; hand: boolean }
  | { t: 'reload' }
  | { t: 'rewrite'; edits: { at: number; del: number; words: number[] }[] }
  | { t: 'external'; at: number; len: number };

const frac = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const words = fc.array(fc.nat(WORDS.length * SEPS.length - 1), { maxLength: 4 });

export const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ t: fc.constant('type' as const), at: frac, del: fc.nat(12), words }) },
  { weight: 5, arbitrary: fc.record({ t: fc.constant('add' as const), at: frac, len: fc.integer({ min: 1, max: 24 }), kind: fc.nat(5), target: frac }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('remove' as const), which: frac }) },
  { weight: 1, arbitrary: fc.constant({ t: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ t: 'redo' as const }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('save' as const), hand: fc.boolean() }) },
  { weight: 1, arbitrary: fc.constant({ t: 'reload' as const }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('rewrite' as const), edits: fc.array(fc.record({ at: frac, del: fc.nat(40), words }), { minLength: 1, maxLength: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('external' as const), at: frac, len: fc.integer({ min: 1, max: 16 }) }) },
);

export const sessionArb = fc.record({
  seedWords: fc.array(fc.nat(WORDS.length * SEPS.length - 1), { minLength: 20, maxLength: 120 }),
  ops: fc.array(opArb, { minLength: 5, maxLength: 40 }),
});

export interface Stats {
  steps: number;
  orphansArisen: number;
  revived: number;
  lost: number;
}

function render(ws: number[]): string {
  return ws.map((w) => WORDS[w % WORDS.length] + SEPS[Math.floor(w / WORDS.length) % SEPS.length]).join('');
}

type Tok = Anchor & { tok?: string };

/** Mutable session state. `expected` holds the token of every annotation that must exist. */
class Session {
  text: string;
  doc: AnnotationDoc;
  disk: string;
  /** The doc as last saved/loaded (base for merges). */
  saved: AnnotationDoc;
  history = new History(50);
  expected = new Set<string>();
  /** Token sets per history entry, to keep `expected` in step with undo/redo. */
  done: { add: string[]; del: string[] }[] = [];
  undone: { add: string[]; del: string[] }[] = [];
  next = 0;
  stats: Stats;

  constructor(text: string, stats: Stats) {
    this.text = text;
    this.stats = stats;
    this.doc = newDoc('a.txt', text);
    this.disk = serializeSidecar(this.doc);
    this.saved = structuredClone(this.doc);
  }

  tok(): string {
    return `t${this.next++}`;
  }

  anchor(s: number, e: number): Tok {
    return { ...makeAnchor(this.text, s, e), tok: this.tok() };
  }

  record(change: Change, add: string[], del: string[]): void {
    this.history.apply(this.doc, change);
    add.forEach((t) => this.expected.add(t));
    del.forEach((t) => this.expected.delete(t));
    this.done.push({ add, del });
    if (this.done.length > 50) this.done.shift();
    this.undone = [];
  }
}

function tokensOf(x: Entity | Claim | Rejection): string[] {
  const anchors: Tok[] = 'mentions' in x ? x.mentions : [x as Tok];
  return anchors.map((a) => a.tok).filter((t): t is string => !!t);
}

function orphanCount(doc: AnnotationDoc): number {
  return anchorsOf(doc).filter((o) => o.anchor.orphaned).length;
}

/** The invariant: every expected annotation exists exactly once, and sits on its quote or is orphaned. */
export function check(s: Session, where: string): void {
  const seen = new Map<string, number>();
  for (const { anchor } of anchorsOf(s.doc)) {
    const tok = (anchor as Tok).tok;
    if (tok) seen.set(tok, (seen.get(tok) ?? 0) + 1);
    if (!anchor.orphaned) {
      assert.ok(anchor.start >= 0 && anchor.start < anchor.end && anchor.end <= s.text.length, `${where}: bad span ${JSON.stringify(anchor)} in text of ${s.text.length}`);
      assert.equal(s.text.slice(anchor.start, anchor.end), anchor.quote, `${where}: anchored on different text`);
    }
  }
  for (const t of s.expected) {
    if (!seen.has(t)) {
      s.stats.lost++;
      assert.fail(`${where}: annotation ${t} disappeared`);
    }
  }
}

function clampSpan(text: string, at: number, len: number): [number, number] | undefined {
  if (!text.length) return undefined;
  const s = Math.min(Math.floor(at * text.length), text.length - 1);
  const e = Math.min(text.length, s + len);
  return e > s ? [s, e] : undefined;
}

function step(s: Session, op: Op): void {
  const orphansBefore = orphanCount(s.doc);
  switch (op.t) {
    case 'type': {
      const start = Math.floor(op.at * (s.text.length + 1));
      const end = Math.min(s.text.length, start + op.del);
      const ins = render(op.words);
      const change = { start, end, text: ins };
      s.text = s.text.slice(0, start) + ins + s.text.slice(end);
      shiftAnchors(s.doc, change);
      s.history.shift(change);
      break;
    }
    case 'add': {
      const span = clampSpan(s.text, op.at, op.len);
      if (!span) break;
      const a = s.anchor(...span);
      const entities = s.doc.entities;
      if (op.kind <= 1 && entities.length) {
        const e = entities[Math.floor(op.target * entities.length)];
        const after = { ...structuredClone(e), mentions: [...structuredClone(e.mentions), a] };
        s.record({ label: 'add mention', ops: [{ kind: 'entity', before: structuredClone(e), after }] }, [a.tok!], []);
      } else if (op.kind <= 3) {
        const e: Entity = { id: `e-${s.tok()}`, name: a.quote.trim() || 'x', type: 'person', mentions: [a] };
        s.record({ label: 'add entity', ops: [{ kind: 'entity', before: null, after: e }] }, [a.tok!], []);
      } else if (op.kind === 4) {
        const c: Claim = { ...a, id: `c-${s.tok()}`, claimant: 'x', kind: 'claim', topic: 'control', status: 'unverified' };
        s.record({ label: 'add claim', ops: [{ kind: 'claim', before: null, after: c }] }, [a.tok!], []);
      } else {
        s.record({ label: 'reject', ops: [{ kind: 'rejected', before: null, after: { ...a, type: 'person' } }] }, [a.tok!], []);
      }
      break;
    }
    case 'remove': {
      const all: (Entity | Claim)[] = [...s.doc.entities, ...s.doc.claims];
      if (!all.length) break;
      const x = all[Math.floor(op.which * all.length)];
      const kind = 'mentions' in x ? 'entity' : 'claim';
      const change = kind === 'entity'
        ? { label: 'remove', ops: [{ kind: 'entity' as const, before: structuredClone(x as Entity), after: null }] }
        : { label: 'remove', ops: [{ kind: 'claim' as const, before: structuredClone(x as Claim), after: null }] };
      s.record(change, [], tokensOf(x));
      break;
    }
    case 'undo': {
      if (!s.history.undo(s.doc)) break;
      const t = s.done.pop()!;
      t.add.forEach((k) => s.expected.delete(k));
      t.del.forEach((k) => s.expected.add(k));
      s.undone.push(t);
      reanchorDoc(s.doc, s.text); // restored entries may hold stale anchors: re-find them
      break;
    }
    case 'redo': {
      if (!s.history.redo(s.doc)) break;
      const t = s.undone.pop()!;
      t.add.forEach((k) => s.expected.add(k));
      t.del.forEach((k) => s.expected.delete(k));
      s.done.push(t);
      reanchorDoc(s.doc, s.text);
      break;
    }
    case 'save': {
      reanchorDoc(s.doc, s.text);
      let prev = s.disk;
      if (op.hand) prev = prev.replace(/^(entities|claims):/m, '# a person wrote this\n$1: # and this');
      s.disk = serializeSidecar(s.doc, prev);
      const back = parseSidecar(s.disk, 'a.annotations.yaml');
      assert.equal(back.readOnly, false, JSON.stringify(back.problems));
      assert.deepEqual(normal(back.doc!), normal(s.doc), 'what is saved reads back the same');
      if (op.hand) assert.ok(s.disk.includes('# a person wrote this') || !/^(entities|claims):/m.test(prev), 'comment kept');
      s.saved = structuredClone(s.doc);
      break;
    }
    case 'reload': {
      // Unsaved changes are saved first (as the extension does before closing).
      step(s, { t: 'save', hand: false });
      const r = parseSidecar(s.disk, 'a.annotations.yaml');
      s.doc = r.doc!;
      reanchorDoc(s.doc, s.text);
      break;
    }
    case 'rewrite': {
      step(s, { t: 'save', hand: false });
      for (const e of op.edits) {
        const start = Math.floor(e.at * (s.text.length + 1));
        s.text = s.text.slice(0, start) + render(e.words) + s.text.slice(Math.min(s.text.length, start + e.del));
      }
      s.doc = parseSidecar(s.disk, 'a.annotations.yaml').doc!;
      reanchorDoc(s.doc, s.text);
      s.history.clear();
      s.done = [];
      s.undone = [];
      break;
    }
    case 'external': {
      // Someone else adds an annotation to the sidecar on disk while we hold unsaved changes.
      const theirs = parseSidecar(s.disk, 'a.annotations.yaml').doc!;
      const span = clampSpan(s.text, op.at, op.len);
      if (!span) break;
      const a = s.anchor(...span);
      theirs.entities.push({ id: `x-${s.tok()}`, name: 'x', type: 'location', mentions: [a] });
      s.disk = serializeSidecar(theirs, s.disk);
      const merged = mergeDocs(s.saved, s.doc, parseSidecar(s.disk, 'a.annotations.yaml').doc!);
      s.doc = merged.doc;
      s.expected.add(a.tok!);
      s.saved = structuredClone(theirs);
      reanchorDoc(s.doc, s.text);
      s.history.clear();
      s.done = [];
      s.undone = [];
      break;
    }
  }
  const orphansAfter = orphanCount(s.doc);
  if (orphansAfter > orphansBefore) s.stats.orphansArisen += orphansAfter - orphansBefore;
}

/** Order-insensitive view of a doc (the writer sorts entries). */
function normal(d: AnnotationDoc): unknown {
  const j = (x: unknown) => JSON.stringify(x, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v);
  return {
    article: j(d.article),
    entities: d.entities.map((e) => j({ ...e, mentions: e.mentions.map(j).sort() })).sort(),
    claims: d.claims.map(j).sort(),
    rejected: d.rejected.map(j).sort(),
  };
}

export function newStats(): Stats {
  return { steps: 0, orphansArisen: 0, revived: 0, lost: 0 };
}

/** Runs one random session, checking the invariant after every step. */
export function runSession(session: { seedWords: number[]; ops: Op[] }, stats: Stats): void {
  const s = new Session(render(session.seedWords), stats);
  session.ops.forEach((op, i) => {
    step(s, op);
    stats.steps++;
    check(s, `step ${i} (${op.t})`);
  });
  step(s, { t: 'reload' });
  check(s, 'final reload');
}
