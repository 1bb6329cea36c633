import type { AnnotationDoc } from '../model';
import { canonicalOrder, KEY_ORDER, orderedKeys } from './order';

/**
 * The canonical writer of version-1 sidecars: fixed layout, one mention (and one rejected
 * suggestion) per line as a flow map, entries sorted by position. Hand-written string building,
 * ~50x faster than the `yaml` Document API on big files; `fastRead` reads exactly this layout and
 * everything it writes is plain YAML 1.2 (tests check `yaml` reads it back to the same data).
 */

const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;
const SAFE_PLAIN = /^[A-Za-z_](?:[A-Za-z0-9_ ./-]*[A-Za-z0-9_.])?$/;

/** True when `s` can be written unquoted and reads back as the same string, in block and flow context. */
export function isSafePlain(s: string): boolean {
  return SAFE_PLAIN.test(s) && !(s.length <= 5 && RESERVED.test(s)) && !s.includes('  ');
}

// JSON escapes are valid YAML double-quoted escapes with the same meaning; escape also what YAML
// forbids raw (DEL, C1 controls, BOM) and the Unicode line/paragraph separators.
const EXTRA_ESCAPES = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;
const HAS_EXTRA = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;

export function scalar(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return v > 0 ? '.inf' : v < 0 ? '-.inf' : '.nan';
    return Object.is(v, -0) ? '0' : String(v);
  }
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  const s = String(v);
  if (isSafePlain(s)) return s;
  const json = JSON.stringify(s);
  return HAS_EXTRA.test(json) ? json.replace(EXTRA_ESCAPES, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')) : json;
}

/** A value on one line: scalar, `[a, b]` or `{ k: v }` (nested as needed). */
export function flow(v: unknown, order: readonly string[] = []): string {
  if (typeof v === 'string' || typeof v === 'number') return scalar(v);
  if (Array.isArray(v)) return `[${v.map((x) => flow(x, order)).join(', ')}]`;
  if (v !== null && typeof v === 'object') {
    const keys = orderedKeys(v, order);
    if (!keys.length) return '{}';
    let out = '{ ';
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      out += (i ? ', ' : '') + (KNOWN_KEYS.has(k) ? k : scalar(k)) + ': ' + flow((v as Record<string, unknown>)[k], order);
    }
    return out + ' }';
  }
  return scalar(v);
}

/** Keys of the format: plain identifiers, written as they are. */
const KNOWN_KEYS = new Set<string>(Object.values(KEY_ORDER).flat());

function blockMap(obj: object, order: readonly string[], indent: string, firstPrefix: string, out: string[], flowKeys: Record<string, readonly string[]>): void {
  let prefix = firstPrefix;
  for (const k of orderedKeys(obj, order)) {
    const v = (obj as Record<string, unknown>)[k];
    const key = scalar(k);
    if (k in flowKeys && Array.isArray(v) && v.length) {
      out.push(`${prefix}${key}:`);
      for (const item of v) out.push(`${indent}  - ${flow(item, flowKeys[k])}`);
    } else {
      out.push(`${prefix}${key}: ${flow(v, k === 'value' ? KEY_ORDER.value : [])}`);
    }
    prefix = indent;
  }
}

function blockSeq(key: string, items: object[], order: readonly string[], flowKeys: Record<string, readonly string[]>, out: string[]): void {
  if (!items.length) {
    out.push(`${key}: []`);
    return;
  }
  out.push(`${key}:`);
  for (const item of items) blockMap(item, order, '    ', '  - ', out, flowKeys);
}

export const HEADER_PREFIX = '# annotations for ';

/** The canonical text of `doc` (entries sorted by position; `doc` itself is not changed). */
export function emitSidecar(doc: AnnotationDoc): string {
  const d = canonicalOrder(doc);
  const out: string[] = [`${HEADER_PREFIX}${d.article.file.replace(/[\r\n]/g, ' ')}`];
  for (const k of orderedKeys(d, KEY_ORDER.top)) {
    const v = (d as unknown as Record<string, unknown>)[k];
    if (k === 'article') {
      out.push('article:');
      blockMap(d.article, KEY_ORDER.article, '  ', '  ', out, {});
    } else if (k === 'entities') {
      blockSeq('entities', d.entities, KEY_ORDER.entity, { mentions: KEY_ORDER.anchor }, out);
    } else if (k === 'claims') {
      blockSeq('claims', d.claims, KEY_ORDER.claim, {}, out);
    } else if (k === 'rejected') {
      if (!d.rejected.length) out.push('rejected: []');
      else {
        out.push('rejected:');
        for (const r of d.rejected) out.push(`  - ${flow(r, KEY_ORDER.rejection)}`);
      }
    } else if (Array.isArray(v) || (v !== null && typeof v === 'object')) {
      out.push(`${scalar(k)}: ${flow(v)}`);
    } else {
      out.push(`${scalar(k)}: ${scalar(v)}`);
    }
  }
  return out.join('\n') + '\n';
}
