/**
 * The annotation model shared by the store, the detectors, the exporters, the CLI and the
 * VS Code layer. Pure data: no behaviour, no VS Code.
 */

export const BUILTIN_ENTITY_TYPES = ['person', 'organization', 'location', 'date', 'quantity'] as const;
export type BuiltinEntityType = (typeof BUILTIN_ENTITY_TYPES)[number];
/** Built-in types plus any user-defined type name from settings. */
export type EntityType = string;

export const CLAIM_KINDS = ['claim', 'estimate', 'report'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const CLAIM_STATUSES = ['unverified', 'corroborated', 'disputed', 'contradicted'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_TOPICS = [
  'control', 'casualties', 'attacks', 'displacement', 'talks', 'withdrawal', 'governance', 'humanitarian', 'other',
] as const;

/** A half-open range of JavaScript string indices (UTF-16 code units) into the article text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A span as stored: offsets plus the quoted text and some context, so it can be re-found when
 * the article changes. `orphaned` is set when it could not be re-found; the anchor is then kept
 * as it was, never dropped and never attached to other text.
 */
export interface Anchor extends Span {
  quote: string;
  prefix?: string;
  suffix?: string;
  orphaned?: boolean;
}

export type Mention = Anchor;

export interface Entity {
  /** Stable, collision-free across machines (random suffix, never a counter). */
  id: string;
  name: string;
  type: EntityType;
  aliases?: string[];
  mentions: Mention[];
  note?: string;
}

/**
 * A detector suggestion the user rejected; remembered so it stays gone. `type` is the entity type,
 * or CLAIM_REJECTION_TYPE for a rejected proposed claim (the span is then the claimed content).
 */
export interface Rejection extends Anchor {
  type: EntityType;
}

/** The `type` of a Rejection that is a proposed claim, not an entity suggestion (reserved: no entity type may use it). */
export const CLAIM_REJECTION_TYPE = 'claim';

export interface ClaimValue {
  min: number | null;
  max: number | null;
  unit: string;
  /** e.g. "at least", "nearly", "more than", "about"; absent for an exact figure. */
  qualifier?: string;
  /** The words as written, e.g. "one-third to one-half". */
  text: string;
  /** Every figure when the text holds several ("56 insurgents, 20 security forces"); min/max/unit are the first's. */
  parts?: ClaimValue[];
}

export interface Claim extends Anchor {
  id: string;
  /** An entity id of the same sidecar, or a free name ("unspecified estimates"). */
  claimant: string;
  kind: ClaimKind;
  topic: string;
  value?: ClaimValue | null;
  /** ISO date (YYYY-MM-DD); defaults to the article's date. */
  date?: string;
  status: ClaimStatus;
  /** Ids of claims (in any sidecar of the workspace) this one is compared with. */
  compare?: string[];
  note?: string;
}

export interface ArticleMeta {
  file: string;
  title?: string;
  source?: string;
  date?: string;
  /** sha256 (hex) of the article text the offsets refer to. */
  sha256: string;
}

export interface AnnotationDoc {
  version: 1;
  article: ArticleMeta;
  entities: Entity[];
  claims: Claim[];
  rejected: Rejection[];
}

/** What a detector proposes (not yet in the sidecar). */
export interface DetectedEntity extends Span {
  text: string;
  type: EntityType;
  /** Canonical name when the detector linked a short form to a longer one ("Ahmadi" → "Bahir Ahmadi"). */
  canonical?: string;
}

export interface DetectedClaim extends Span {
  text: string;
  claimant: string;
  kind: ClaimKind;
  topic: string;
  value: ClaimValue | null;
}

/** A problem found in a sidecar or article: 1-based line and column, as editors show them. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
}
