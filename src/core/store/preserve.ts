import { isMap, isScalar, isSeq, parseDocument, visit, YAMLMap, YAMLSeq, type Document, type Node, type Pair } from 'yaml';
import { isSafePlain } from './emit';
import type { AnnotationDoc } from '../model';
import { canonicalOrder, KEY_ORDER, orderedKeys } from './order';

/**
 * Writes `doc` over the previous text of its sidecar with the `yaml` Document API, so what a person
 * wrote survives: comments (on entries, keys and values), key order, quoting and other formatting of
 * entries that still exist. Entries are matched by id (entities, claims), by span (mentions) and by
 * type and span (rejected suggestions); lists are put in canonical order (by position); new entries
 * are written like the canonical writer writes them (mentions and rejected suggestions one per line).
 * Returns undefined when the previous text is not a YAML map (the caller writes canonically).
 */
export function updateDocumentText(previousText: string, doc: AnnotationDoc): string | undefined {
  const ydoc = parseDocument(previousText, { uniqueKeys: false });
  if (ydoc.errors.length || !isMap(ydoc.contents)) return undefined;
  const root = ydoc.contents;
  const d = canonicalOrder(doc);
  const flows: Record<string, readonly string[]> = { mentions: KEY_ORDER.anchor };
  updateMap(ydoc, root, d as unknown as Record<string, unknown>, KEY_ORDER.top, {
    article: { order: KEY_ORDER.article },
    entities: { order: KEY_ORDER.entity, key: (o) => `id:${String(o.id)}`, flowItems: false, children: flows },
    claims: { order: KEY_ORDER.claim, key: (o) => `id:${String(o.id)}`, flowItems: false },
    rejected: { order: KEY_ORDER.rejection, key: spanKey, flowItems: true },
  });
  // JSON-style double quotes: one line, and `yaml` folds multi-line double-quoted strings wrongly
  // (a space after a newline comes back as a backslash; found by the soak test).
  return ydoc.toString({ lineWidth: 0, doubleQuotedAsJSON: true });
}

type Obj = Record<string, unknown>;

interface ListSpec {
  order: readonly string[];
  /** Identity of an entry, to find its node in the previous text. */
  key?: (o: Obj) => string;
  /** Write new entries as one-line flow maps. */
  flowItems?: boolean;
  /** Nested lists of flow maps, by key, with their key order. */
  children?: Record<string, readonly string[]>;
}

function spanKey(o: Obj): string {
  return `${String(o.type ?? '')}:${String(o.start)}:${String(o.end)}:${String(o.quote)}`;
}

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function nodeKey(n: unknown): string | undefined {
  return isScalar(n) ? String(n.value) : undefined;
}

/** Plain data of a node (for matching entries by identity). */
function plain(node: unknown): unknown {
  return node && typeof node === 'object' && 'toJSON' in node ? (node as { toJSON(): unknown }).toJSON() : node;
}

function newNode(ydoc: Document, value: unknown, flow: boolean, order: readonly string[]): Node {
  const ordered = isObj(value) ? Object.fromEntries(orderedKeys(value, order).map((k) => [k, value[k]])) : value;
  const node = ydoc.createNode(ordered) as Node;
  if (flow && (isMap(node) || isSeq(node))) node.flow = true;
  quoteLikeCanonical(node);
  if (isMap(node)) {
    for (const p of node.items) {
      const k = nodeKey(p.key);
      // Small nested values (claim value, aliases, compare) stay on one line.
      if ((isMap(p.value) || isSeq(p.value)) && k !== 'mentions' && k !== 'entities' && k !== 'claims') p.value.flow = true;
    }
  }
  return node;
}

/** Strings the canonical writer would quote get double quotes (escapes, one line), others stay plain. */
function quoteLikeCanonical(node: unknown): void {
  visit(node as Node, {
    Scalar(_, s) {
      if (typeof s.value === 'string' && !isSafePlain(s.value)) s.type = 'QUOTE_DOUBLE';
    },
  });
}

function updateValue(ydoc: Document, pair: Pair, value: unknown, spec: ListSpec | undefined, childOrder: readonly string[] | undefined): void {
  const cur = pair.value;
  if (Array.isArray(value)) {
    if (spec?.key || childOrder) {
      const seq = isSeq(cur) ? cur : new YAMLSeq(ydoc.schema);
      updateList(ydoc, seq, value as Obj[], spec ?? { order: childOrder ?? [], key: spanKey, flowItems: true });
      pair.value = seq;
      return;
    }
    if (isSeq(cur) && JSON.stringify(plain(cur)) === JSON.stringify(value)) return;
    pair.value = newNode(ydoc, value, !isSeq(cur) || cur.flow === true, []);
    return;
  }
  if (isObj(value)) {
    if (isMap(cur)) {
      updateMap(ydoc, cur, value, spec?.order ?? KEY_ORDER.value, spec?.children ? Object.fromEntries(Object.entries(spec.children).map(([k, o]) => [k, { order: o, key: spanKey, flowItems: true }])) : {});
    } else {
      pair.value = newNode(ydoc, value, true, spec?.order ?? KEY_ORDER.value);
    }
    return;
  }
  if (isScalar(cur)) {
    if (cur.value !== value) {
      cur.value = value;
      if (typeof value === 'string' && !isSafePlain(value)) cur.type = 'QUOTE_DOUBLE';
    }
  } else {
    const node = ydoc.createNode(value) as Node;
    quoteLikeCanonical(node);
    pair.value = node;
  }
}

function updateMap(ydoc: Document, map: YAMLMap, obj: Obj, order: readonly string[], lists: Record<string, ListSpec>): void {
  const keys = orderedKeys(obj, order);
  map.items = map.items.filter((p) => {
    const k = nodeKey(p.key);
    return k !== undefined && keys.includes(k);
  });
  for (const k of keys) {
    let pair = map.items.find((p) => nodeKey(p.key) === k);
    if (!pair) {
      const spec = lists[k];
      const v = obj[k];
      const node = Array.isArray(v) && spec
        ? (() => { const s = new YAMLSeq(ydoc.schema); updateList(ydoc, s, v as Obj[], spec); return s; })()
        : newNode(ydoc, v, isObj(v) && k !== 'article', k === 'article' ? KEY_ORDER.article : KEY_ORDER.value);
      map.add(ydoc.createPair(k, null));
      pair = map.items[map.items.length - 1];
      pair.value = node;
      continue;
    }
    updateValue(ydoc, pair, obj[k], lists[k], undefined);
  }
}

function updateList(ydoc: Document, seq: YAMLSeq, items: Obj[], spec: ListSpec): void {
  const byKey = new Map<string, YAMLMap>();
  if (spec.key) {
    for (const n of seq.items) {
      if (!isMap(n)) continue;
      const data = plain(n);
      if (isObj(data)) byKey.set(spec.key(data), n);
    }
  }
  // A comment above the first entry is parsed as the list's; it belongs to that entry, so it
  // moves with it when entries are re-sorted.
  const first = seq.items[0];
  if (seq.commentBefore && isMap(first) && !first.commentBefore) {
    first.commentBefore = seq.commentBefore;
    seq.commentBefore = undefined;
  }
  // Entries whose identity changed (a mention moved) keep their node, matched by quote in order.
  const byQuote = (quote: unknown): YAMLMap | undefined => {
    for (const [k, n] of byKey) {
      const data = plain(n);
      if (isObj(data) && data.quote === quote) {
        byKey.delete(k);
        return n;
      }
    }
    return undefined;
  };
  const children = spec.children ?? {};
  const childLists = Object.fromEntries(Object.entries(children).map(([k, o]) => [k, { order: o, key: spanKey, flowItems: true } as ListSpec]));
  const found: (YAMLMap | undefined)[] = items.map((item) => {
    const k = spec.key?.(item);
    const n = k === undefined ? undefined : byKey.get(k);
    if (n) byKey.delete(k!);
    return n;
  });
  seq.items = items.map((item, i) => {
    const existing = found[i] ?? (spec.key === spanKey ? byQuote(item.quote) : undefined);
    if (existing) {
      updateMap(ydoc, existing, item, spec.order, childLists);
      return existing;
    }
    if (!spec.flowItems && Object.keys(children).length) {
      const m = new YAMLMap(ydoc.schema);
      updateMap(ydoc, m, item, spec.order, childLists);
      return m;
    }
    return newNode(ydoc, item, spec.flowItems === true, spec.order);
  });
  if (items.length) seq.flow = false;
}
