import { isAlias, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { AnnotationDoc, Problem } from '../model';
import { fastRead } from './fastRead';
import { formatBytes, LIMITS } from './limits';
import { Locator } from './locate';
import { validateSchema, type Finding } from './schema';
import { validateDoc, versionFinding } from './validate';

export interface ParseResult {
  /** The annotations, when the file parsed and matched the schema (possibly with problems). */
  doc?: AnnotationDoc;
  problems: Problem[];
  /**
   * True when the file has errors: show what can be shown, accept no changes, and NEVER write
   * over the file until it is fixed (the person's data is in it).
   */
  readOnly: boolean;
}

function problemAt(file: string, pos: { line: number; column: number }, message: string, severity: Problem['severity'] = 'error'): Problem {
  return { file, line: pos.line, column: pos.column, message, severity };
}

export function findingsToProblems(findings: Finding[], locator: Locator, file: string): Problem[] {
  const out = findings.slice(0, LIMITS.maxProblems).map((f) => problemAt(file, locator.locate(f.path, f.key), f.message, f.severity));
  if (findings.length > LIMITS.maxProblems) {
    out.push(problemAt(file, { line: 1, column: 1 }, `${findings.length - LIMITS.maxProblems} more problems not shown`, 'error'));
  }
  return out;
}

function firstAliasOffset(d: Document): number {
  let offset = 0;
  visit(d, {
    Alias(_, node) {
      if (isAlias(node) && node.range) {
        offset = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return offset;
}

/** Data of the file through the full `yaml` parser, or problems. */
function slowRead(text: string, file: string, locatorOut: { locator?: Locator }): { data?: unknown; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const d = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const locator = new Locator(text, d, lineCounter);
  locatorOut.locator = locator;
  const pos = (offset: number) => locator.at(offset);
  const problems: Problem[] = [];
  for (const e of d.errors.slice(0, LIMITS.maxProblems)) problems.push(problemAt(file, pos(e.pos[0]), `invalid YAML: ${e.message.split('\n')[0]}`));
  if (problems.length) return { problems };
  for (const w of d.warnings) problems.push(problemAt(file, pos(w.pos[0]), w.message.split('\n')[0], 'warning'));
  try {
    return { data: d.toJS({ maxAliasCount: LIMITS.maxAliasCount }), problems };
  } catch (e) {
    const msg = (e as Error).message;
    const why = /alias/i.test(msg) ? `too many YAML aliases (limit ${LIMITS.maxAliasCount}): looks like an alias bomb; refusing to expand it` : `cannot read YAML: ${msg}`;
    return { problems: [...problems, problemAt(file, pos(firstAliasOffset(d)), why)] };
  }
}

/**
 * Parses and validates a sidecar's text. Canonical files (as this build writes them) take a fast
 * path; anything else goes through the full `yaml` parser. Reports, with line and column: invalid
 * YAML, alias bombs, oversized files, unknown versions, schema violations, reversed or empty
 * spans, quote/offset length mismatches, duplicate ids and an `article.file` outside the folder.
 * Checks that need the article text are in `validateAgainstText` / `checkSidecarFile`.
 */
export function parseSidecar(text: string, file: string): ParseResult {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > LIMITS.sidecarBytes) {
    return { problems: [problemAt(file, { line: 1, column: 1 }, `sidecar is ${formatBytes(bytes)}; the limit is ${formatBytes(LIMITS.sidecarBytes)}`)], readOnly: true };
  }
  const holder: { locator?: Locator } = {};
  let data: unknown = fastRead(text);
  const problems: Problem[] = [];
  if (data === undefined) {
    const slow = slowRead(text, file, holder);
    problems.push(...slow.problems);
    if (slow.data === undefined) return { problems, readOnly: true };
    data = slow.data;
  }
  const locator = holder.locator ?? new Locator(text);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push(problemAt(file, { line: 1, column: 1 }, 'a sidecar must be a YAML map with version, article, entities, claims and rejected'));
    return { problems, readOnly: true };
  }
  const version = versionFinding(data as Record<string, unknown>);
  if (version) return { problems: [...problems, ...findingsToProblems([version], locator, file)], readOnly: true };
  const schemaFindings = validateSchema(data);
  problems.push(...findingsToProblems(schemaFindings, locator, file));
  if (schemaFindings.some((f) => f.severity === 'error')) return { problems, readOnly: true };
  const doc = data as AnnotationDoc;
  doc.entities ??= [];
  doc.claims ??= [];
  doc.rejected ??= [];
  problems.push(...findingsToProblems(validateDoc(doc), locator, file));
  return { doc, problems, readOnly: problems.some((p) => p.severity === 'error') };
}
