/** Documented limits of the store. Bigger inputs are refused with a clear message, never truncated. */
export const LIMITS = {
  /** A sidecar above this many bytes is not parsed (20 MB: ~130,000 mentions). */
  sidecarBytes: 20 * 1024 * 1024,
  /** An article above this many bytes is not annotated (50 MB). */
  articleBytes: 50 * 1024 * 1024,
  /** YAML aliases allowed in one sidecar (our writer uses none; defeats "billion laughs"). */
  maxAliasCount: 100,
  /** Problems reported per file at most (the rest are summarised). */
  maxProblems: 200,
} as const;

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`;
}
