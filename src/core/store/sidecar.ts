/**
 * The sidecar store's entry points (the VS Code layer and the CLI use these): where a sidecar
 * lives, parsing with validation, and writing that keeps what a person wrote.
 */
import * as path from 'node:path';
import type { AnnotationDoc } from '../model';
import { emitSidecar } from './emit';
import { fastRead } from './fastRead';
import { sha256 } from './hash';
import { updateDocumentText } from './preserve';

export { sha256 } from './hash';
export { parseSidecar, type ParseResult } from './parse';

export const SIDECAR_SUFFIX = '.annotations.yaml';

/** `NAME.txt` → `NAME.annotations.yaml`, in the same folder. */
export function sidecarPathFor(articlePath: string): string {
  const ext = path.extname(articlePath);
  return articlePath.slice(0, articlePath.length - ext.length) + SIDECAR_SUFFIX;
}

export function newDoc(articleFile: string, text: string): AnnotationDoc {
  return { version: 1, article: { file: articleFile, sha256: sha256(text) }, entities: [], claims: [], rejected: [] };
}

/** sha256 of the texts this process wrote canonically lately: saving over them needs no check. */
const recentlyEmitted: string[] = [];

function remember(text: string): string {
  recentlyEmitted.push(sha256(text));
  if (recentlyEmitted.length > 32) recentlyEmitted.shift();
  return text;
}

/** True when `text` is exactly what the canonical writer makes of its own data (nothing hand-made to keep). */
export function isCanonical(text: string): boolean {
  if (recentlyEmitted.includes(sha256(text))) return true;
  const data = fastRead(text);
  if (!data || !Array.isArray(data.entities) || !Array.isArray(data.claims) || !Array.isArray(data.rejected) || typeof data.article !== 'object') return false;
  try {
    return emitSidecar(data as unknown as AnnotationDoc) === text;
  } catch {
    return false;
  }
}

/**
 * The text to write for `doc`. Without `previousText` (a new sidecar), or when the previous text is
 * in canonical layout, the canonical writer (fast). Otherwise the previous text is updated in place
 * with the `yaml` Document API so comments, key order and formatting survive. Never call this with
 * the text of a sidecar that failed to parse to overwrite it: such files are read-only.
 */
export function serializeSidecar(doc: AnnotationDoc, previousText?: string): string {
  if (previousText !== undefined && previousText.trim() !== '' && !isCanonical(previousText)) {
    const kept = updateDocumentText(previousText, doc);
    if (kept !== undefined) return kept;
  }
  return remember(emitSidecar(doc));
}
