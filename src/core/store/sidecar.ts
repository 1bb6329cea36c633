import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { parseDocument, Document } from 'yaml';
import type { AnnotationDoc, Problem } from '../model';

// Minimal sidecar store (foundation issue). The store issue hardens it behind the same API.

export function sidecarPathFor(articlePath: string): string {
  const ext = path.extname(articlePath);
  return articlePath.slice(0, articlePath.length - ext.length) + '.annotations.yaml';
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function newDoc(articleFile: string, text: string): AnnotationDoc {
  return { version: 1, article: { file: articleFile, sha256: sha256(text) }, entities: [], claims: [], rejected: [] };
}

export interface ParseResult {
  doc?: AnnotationDoc;
  problems: Problem[];
}

export function parseSidecar(text: string, file: string): ParseResult {
  const d = parseDocument(text);
  if (d.errors.length) {
    const e = d.errors[0];
    const [line, column] = e.linePos?.[0] ? [e.linePos[0].line, e.linePos[0].col] : [1, 1];
    return { problems: [{ file, line, column, message: e.message, severity: 'error' }] };
  }
  const doc = d.toJS() as AnnotationDoc;
  doc.entities ??= [];
  doc.claims ??= [];
  doc.rejected ??= [];
  return { doc, problems: [] };
}

export function serializeSidecar(doc: AnnotationDoc): string {
  const d = new Document(doc);
  return `# annotations for ${doc.article.file}\n` + d.toString({ lineWidth: 0 });
}
