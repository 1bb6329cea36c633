import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { AnnotationDoc, Problem } from '../model';
import { readArticle } from './article';
import { sha256 } from './hash';
import { formatBytes, LIMITS } from './limits';
import { Locator } from './locate';
import { findingsToProblems, parseSidecar } from './parse';
import { SIDECAR_SUFFIX, sidecarPathFor } from './sidecar';
import { validateAgainstText } from './validate';

export interface FileReport {
  file: string;
  problems: Problem[];
}

export interface LoadedSidecar {
  doc?: AnnotationDoc;
  /** The article text, when it could be read. */
  text?: string;
  articlePath?: string;
  problems: Problem[];
  readOnly: boolean;
}

/**
 * Reads and checks one sidecar and the article it names: everything `parseSidecar` checks, plus
 * the article (exists, not binary, UTF-8, size) and the spans against it. Used by `check` and by
 * the VS Code layer's loader.
 */
export async function loadSidecarFile(sidecarPath: string): Promise<LoadedSidecar> {
  let raw: string;
  try {
    const st = await fs.stat(sidecarPath);
    if (st.size > LIMITS.sidecarBytes) {
      const message = `sidecar is ${formatBytes(st.size)}; the limit is ${formatBytes(LIMITS.sidecarBytes)}`;
      return { problems: [{ file: sidecarPath, line: 1, column: 1, message, severity: 'error' }], readOnly: true };
    }
    raw = await fs.readFile(sidecarPath, 'utf8');
  } catch (e) {
    return { problems: [{ file: sidecarPath, line: 1, column: 1, message: `cannot read sidecar: ${(e as Error).message}`, severity: 'error' }], readOnly: true };
  }
  const parsed = parseSidecar(raw, sidecarPath);
  const problems = [...parsed.problems];
  const doc = parsed.doc;
  if (!doc || problems.some((p) => p.message.includes('points outside'))) return { doc, problems, readOnly: parsed.readOnly };
  const articlePath = path.join(path.dirname(sidecarPath), doc.article.file);
  const article = await readArticle(articlePath);
  if (article.problems.length && !article.text) {
    // A missing article is reported on the sidecar, at article.file; an unreadable one on itself.
    const locator = new Locator(raw);
    for (const p of article.problems) {
      if (p.file === articlePath && /not found|not a file|cannot read/.test(p.message)) {
        const pos = locator.locate(['article', 'file']);
        problems.push({ ...p, file: sidecarPath, line: pos.line, column: pos.column });
      } else problems.push(p);
    }
    return { doc, articlePath, problems, readOnly: true };
  }
  const text = article.text ?? '';
  const locator = new Locator(raw);
  problems.push(...findingsToProblems(validateAgainstText(doc, text, sha256(text)), locator, sidecarPath));
  return { doc, text, articlePath, problems, readOnly: problems.some((p) => p.severity === 'error') };
}

async function listFolder(dir: string, out: string[]): Promise<void> {
  for (const ent of await fs.readdir(dir, { withFileTypes: true })) {
    if (ent.name.startsWith('.') || ent.name === 'node_modules') continue;
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) await listFolder(p, out);
    else if (ent.name.endsWith(SIDECAR_SUFFIX) || ent.name.endsWith('.txt')) out.push(p);
  }
}

/**
 * Checks sidecars, articles and folders (recursively: every `*.annotations.yaml` and `*.txt`).
 * An article is checked for readability and, when it has a sidecar, through it.
 */
export async function checkPaths(paths: string[]): Promise<FileReport[]> {
  const files: string[] = [];
  const reports: FileReport[] = [];
  for (const p of paths) {
    const st = await fs.stat(p).catch(() => undefined);
    if (!st) reports.push({ file: p, problems: [{ file: p, line: 1, column: 1, message: 'no such file or folder', severity: 'error' }] });
    else if (st.isDirectory()) await listFolder(p, files);
    else files.push(p);
  }
  const done = new Set<string>();
  // Sidecars first, so an article is reported once, through its sidecar.
  files.sort((a, b) => Number(!a.endsWith(SIDECAR_SUFFIX)) - Number(!b.endsWith(SIDECAR_SUFFIX)));
  for (const f of files) {
    const sidecar = f.endsWith(SIDECAR_SUFFIX) ? f : sidecarPathFor(f);
    if (f.endsWith(SIDECAR_SUFFIX) || (await fs.stat(sidecar).catch(() => undefined))) {
      if (done.has(path.resolve(sidecar))) continue;
      done.add(path.resolve(sidecar));
      const loaded = await loadSidecarFile(sidecar);
      if (loaded.articlePath) done.add(path.resolve(loaded.articlePath));
      reports.push({ file: sidecar, problems: loaded.problems });
    } else {
      if (done.has(path.resolve(f))) continue;
      done.add(path.resolve(f));
      reports.push({ file: f, problems: (await readArticle(f)).problems });
    }
  }
  return reports;
}
