/**
 * What is shown for one article: accepted entity mentions (from the sidecar) that sit on their
 * quote, orphaned ones, and detector suggestions that are neither accepted nor rejected.
 * Pure: used by the decorations, the side panel and the test hook.
 */
import type { AnnotationDoc, DetectedEntity } from '../core/model';
import { isAnchoredOn } from './orphans';

export interface ShownMention {
  entityId: string;
  name: string;
  type: string;
  start: number;
  end: number;
}

export interface ShownSuggestion {
  /** Canonical name (or the text) the suggestion would be tagged as. */
  name: string;
  text: string;
  type: string;
  start: number;
  end: number;
}

export interface OrphanedMention extends ShownMention {
  quote: string;
}

export interface ArticleView {
  accepted: ShownMention[];
  orphaned: OrphanedMention[];
  suggestions: ShownSuggestion[];
}

export function buildArticleView(text: string, doc: AnnotationDoc | undefined, detected: readonly DetectedEntity[]): ArticleView {
  const accepted: ShownMention[] = [];
  const orphaned: OrphanedMention[] = [];
  for (const e of doc?.entities ?? []) {
    for (const m of e.mentions) {
      const shown = { entityId: e.id, name: e.name, type: e.type, start: m.start, end: m.end };
      if (isAnchoredOn(m, text)) accepted.push(shown);
      else orphaned.push({ ...shown, quote: m.quote });
    }
  }
  accepted.sort((a, b) => a.start - b.start || a.end - b.end);

  const rejected = new Set((doc?.rejected ?? []).map((r) => `${r.start}:${r.end}:${r.type}`));
  const suggestions: ShownSuggestion[] = [];
  let i = 0; // accepted is sorted: walk it alongside the (sorted) suggestions
  // (detectors report in text order: sorting is skipped then, it runs on every keystroke)
  for (const d of isSorted(detected) ? detected : [...detected].sort(byPosition)) {
    if (rejected.size && rejected.has(`${d.start}:${d.end}:${d.type}`)) continue;
    while (i < accepted.length && accepted[i].end <= d.start) i++;
    let overlaps = false;
    for (let j = i; j < accepted.length && accepted[j].start < d.end; j++) {
      if (accepted[j].end > d.start) { overlaps = true; break; }
    }
    if (overlaps) continue;
    suggestions.push({ name: d.canonical ?? d.text, text: d.text, type: d.type, start: d.start, end: d.end });
  }
  return { accepted, orphaned, suggestions };
}

const byPosition = (a: DetectedEntity, b: DetectedEntity) => a.start - b.start || a.end - b.end;

function isSorted(xs: readonly DetectedEntity[]): boolean {
  for (let k = 1; k < xs.length; k++) if (byPosition(xs[k - 1], xs[k]) > 0) return false;
  return true;
}

/** The shown item (accepted mention first, else suggestion) containing `offset`, innermost first. */
export function itemAt(view: ArticleView, offset: number): { accepted?: ShownMention; suggestion?: ShownSuggestion } {
  const inside = <T extends { start: number; end: number }>(xs: T[]) =>
    xs.filter((x) => x.start <= offset && offset <= x.end).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  const accepted = inside(view.accepted);
  return accepted ? { accepted } : { suggestion: inside(view.suggestions) };
}
