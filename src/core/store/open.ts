import type { AnnotationDoc, Problem } from '../model';
import { anchorsOf, reanchorDoc, type OwnedAnchor, type ReanchorReport } from '../anchor/doc';
import { sha256 } from './hash';
import { Locator } from './locate';
import { findingsToProblems, parseSidecar } from './parse';
import { describePath, type Finding } from './schema';
import { validateAgainstText } from './validate';

export interface OpenedSidecar {
  doc?: AnnotationDoc;
  problems: Problem[];
  /** Errors: show, accept no change, never write over the file. */
  readOnly: boolean;
  /** Set when the article changed since the last save and the spans were re-found. */
  reanchored?: ReanchorReport;
  /** True when `doc` differs from the file (re-anchored): save it when convenient (not if readOnly). */
  dirty: boolean;
}

function pathOf(doc: AnnotationDoc, o: OwnedAnchor): (string | number)[] {
  const owner = o.owner;
  if (owner.kind === 'mention') return ['entities', doc.entities.findIndex((e) => e.id === owner.entityId), 'mentions', owner.index];
  if (owner.kind === 'claim') return ['claims', doc.claims.findIndex((c) => c.id === owner.claimId)];
  return ['rejected', owner.index];
}

/** One warning per orphaned span, at its node in the sidecar (for the Problems panel). */
export function orphanProblems(doc: AnnotationDoc, raw: string, sidecarPath: string): Problem[] {
  const findings: Finding[] = [];
  for (const o of anchorsOf(doc)) {
    if (!o.anchor.orphaned) continue;
    const p = pathOf(doc, o);
    findings.push({ path: p, message: `${describePath(p)}: orphaned: ${JSON.stringify(o.anchor.quote)} was not found in the article; kept, not shown`, severity: 'warning' });
  }
  return findings.length ? findingsToProblems(findings, new Locator(raw), sidecarPath) : [];
}

/**
 * What the editor needs when an article is opened: the sidecar's text parsed and validated, the
 * spans checked against the article text as the editor has it, and re-anchored when the article
 * changed since the last save (sha256 differs). Orphans are listed as warnings at their YAML nodes.
 */
export function openSidecar(raw: string, sidecarPath: string, text: string): OpenedSidecar {
  const parsed = parseSidecar(raw, sidecarPath);
  const problems = [...parsed.problems];
  const doc = parsed.doc;
  if (!doc || parsed.readOnly) return { doc, problems, readOnly: true, dirty: false };
  const textSha = sha256(text);
  let reanchored: ReanchorReport | undefined;
  if (textSha === doc.article.sha256) {
    problems.push(...findingsToProblems(validateAgainstText(doc, text, textSha), new Locator(raw), sidecarPath));
  } else {
    reanchored = reanchorDoc(doc, text);
  }
  problems.push(...orphanProblems(doc, raw, sidecarPath));
  const readOnly = problems.some((p) => p.severity === 'error');
  // Re-anchored: offsets and article.sha256 now refer to the current text; the file does not.
  return { doc, problems, readOnly, reanchored, dirty: reanchored !== undefined };
}
