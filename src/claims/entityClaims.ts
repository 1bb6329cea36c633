/**
 * The claims an entity makes in an article, for its hover (pure: no `vscode`): the sidecar claims
 * whose claimant is the entity's id or one of its names, and the open proposals whose claimant is
 * one of its names (or names it, as in "Taliban officials" for Taliban).
 */
import type { AnnotationDoc, Claim, DetectedClaim } from '../core/model';
import { claimantName } from '../workspace/claimEdits';

export interface EntityRef {
  /** Sidecar entity id of an accepted entity. */
  id?: string;
  /** Canonical name first, then aliases. */
  names: string[];
}

export interface EntityClaims {
  tagged: Claim[];
  proposed: DetectedClaim[];
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function claimsOfEntity(doc: AnnotationDoc | undefined, proposals: readonly DetectedClaim[], who: EntityRef): EntityClaims {
  const names = new Set(who.names.map(norm).filter(Boolean));
  const tagged = (doc?.claims ?? []).filter((c) => !c.orphaned && ((who.id && c.claimant === who.id) || names.has(norm(claimantName(doc, c.claimant)))));
  const words = [...names].filter((n) => n.length >= 3).map((n) => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(n)}($|[^\\p{L}\\p{N}])`, 'u'));
  const proposed = proposals.filter((p) => {
    const c = norm(p.claimant);
    return names.has(c) || words.some((w) => w.test(c));
  });
  return { tagged, proposed };
}

/** A quote cut to about `max` characters at a word boundary. */
export function shortQuote(s: string, max = 80): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const sp = cut.lastIndexOf(' ');
  return `${(sp > max / 2 ? cut.slice(0, sp) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
