import * as path from 'node:path';
import type { Anchor, AnnotationDoc } from '../model';
import { describePath, type Finding } from './schema';

/** Version numbers this build reads. */
export const KNOWN_VERSIONS = [1] as const;

export function versionFinding(data: Record<string, unknown>): Finding | undefined {
  const v = data.version;
  if (v === undefined) return { path: [], key: 'version', message: `missing 'version'; this build reads version ${KNOWN_VERSIONS.join(', ')}`, severity: 'error' };
  if (!(KNOWN_VERSIONS as readonly unknown[]).includes(v)) {
    return { path: ['version'], message: `unknown version ${JSON.stringify(v)}; this build reads version ${KNOWN_VERSIONS.join(', ')}`, severity: 'error' };
  }
  return undefined;
}

/** `article.file` must name a file in the sidecar's own folder. */
export function articleFileFinding(file: string): Finding | undefined {
  const bad =
    path.isAbsolute(file) || path.win32.isAbsolute(file) || file.includes('/') || file.includes('\\') || file === '.' || file === '..' || file.includes('\0');
  if (!bad) return undefined;
  return { path: ['article', 'file'], message: `article.file '${file}' points outside the sidecar's folder; it must be a file name next to the sidecar`, severity: 'error' };
}

function spanFindings(a: Anchor, at: () => (string | number)[], out: Finding[]): void {
  if (a.end > a.start && (a.orphaned || a.end - a.start === a.quote.length)) return; // the common case, no allocation
  const p = at();
  const where = describePath(p);
  if (a.end < a.start) {
    out.push({ path: [...p, 'end'], message: `${where}: reversed span: end ${a.end} is before start ${a.start}`, severity: 'error' });
  } else if (a.orphaned) {
    // An orphan's offsets are only a hint of where it was (a deletion may have collapsed them).
  } else if (a.end === a.start) {
    out.push({ path: [...p, 'end'], message: `${where}: empty span: end equals start (${a.start})`, severity: 'error' });
  } else {
    out.push({ path: [...p, 'end'], message: `${where}: span [${a.start}, ${a.end}) is ${a.end - a.start} characters but its quote has ${a.quote.length}`, severity: 'error' });
  }
}

/** Checks that need no article text: spans, duplicate ids, article.file. Input is schema-valid. */
export function validateDoc(doc: AnnotationDoc): Finding[] {
  const out: Finding[] = [];
  const fileProblem = articleFileFinding(doc.article.file);
  if (fileProblem) out.push(fileProblem);
  const ids = new Map<string, (string | number)[]>();
  const checkId = (id: string, at: (string | number)[]): void => {
    const first = ids.get(id);
    if (first) out.push({ path: [...at, 'id'], message: `duplicate id '${id}' (also used by ${describePath(first)})`, severity: 'error' });
    else ids.set(id, at);
  };
  doc.entities.forEach((e, i) => {
    checkId(e.id, ['entities', i]);
    const ms = e.mentions;
    for (let j = 0; j < ms.length; j++) spanFindings(ms[j], () => ['entities', i, 'mentions', j], out);
  });
  doc.claims.forEach((c, i) => {
    checkId(c.id, ['claims', i]);
    spanFindings(c, () => ['claims', i], out);
  });
  doc.rejected.forEach((r, i) => spanFindings(r, () => ['rejected', i], out));
  return out;
}

/**
 * Checks against the article text. When the text is the one the offsets refer to (same sha256),
 * every anchored span must lie inside it and hold its quote. When it differs, the article changed
 * since the last save: one warning, and the spans are re-anchored on load.
 */
export function validateAgainstText(doc: AnnotationDoc, text: string, textSha256: string): Finding[] {
  if (textSha256 !== doc.article.sha256) {
    return [{ path: ['article', 'sha256'], message: 'the article changed since these annotations were saved; spans will be re-anchored when it is opened', severity: 'warning' }];
  }
  const out: Finding[] = [];
  const check = (a: Anchor, at: (string | number)[]): void => {
    if (a.orphaned || a.end <= a.start) return;
    const where = describePath(at);
    if (a.end > text.length) {
      out.push({ path: [...at, 'end'], message: `${where}: offset out of range: end ${a.end} is past the end of the article (${text.length} characters)`, severity: 'error' });
    } else if (text.slice(a.start, a.end) !== a.quote) {
      out.push({ path: [...at, 'quote'], message: `${where}: quote ${JSON.stringify(a.quote)} does not match the article at [${a.start}, ${a.end}) (${JSON.stringify(text.slice(a.start, a.end))})`, severity: 'error' });
    }
  };
  doc.entities.forEach((e, i) => e.mentions.forEach((m, j) => check(m, ['entities', i, 'mentions', j])));
  doc.claims.forEach((c, i) => check(c, ['claims', i]));
  doc.rejected.forEach((r, i) => check(r, ['rejected', i]));
  return out;
}
