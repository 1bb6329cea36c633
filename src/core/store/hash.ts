import { createHash } from 'node:crypto';

/** sha256 (hex) of a text as UTF-8: what `article.sha256` records. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
