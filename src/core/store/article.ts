import { promises as fs } from 'node:fs';
import type { Problem } from '../model';
import { formatBytes, LIMITS } from './limits';

export interface ArticleRead {
  /** The text as the editor shows it (UTF-8 decoded, BOM removed); absent when unreadable. */
  text?: string;
  problems: Problem[];
}

function lineColumnOfByte(buf: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) if (buf[i] === 0x0a) { line++; lineStart = i + 1; }
  // Column in characters of the valid prefix of the line.
  const column = new TextDecoder('utf-8').decode(buf.subarray(lineStart, offset)).length + 1;
  return { line, column };
}

/** Index of the first byte that breaks UTF-8, or -1 when the buffer is valid UTF-8. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    let need: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes article bytes: refuses binary files (NUL bytes), text that is not UTF-8, and files over
 * LIMITS.articleBytes, each with a problem pointing at the place (line, column) where it shows.
 */
export function decodeArticle(buf: Uint8Array, file: string): ArticleRead {
  const err = (message: string, line = 1, column = 1): ArticleRead => ({ problems: [{ file, line, column, message, severity: 'error' }] });
  if (buf.length > LIMITS.articleBytes) {
    return err(`article is ${formatBytes(buf.length)}; the limit is ${formatBytes(LIMITS.articleBytes)}`);
  }
  const nul = buf.indexOf(0);
  if (nul >= 0) {
    const p = lineColumnOfByte(buf, nul);
    return err(`article looks binary (NUL byte at byte ${nul}); annotate plain-text articles only`, p.line, p.column);
  }
  const bad = firstInvalidUtf8(buf);
  if (bad >= 0) {
    const p = lineColumnOfByte(buf, bad);
    return err(`article is not valid UTF-8 (byte 0x${buf[bad].toString(16).padStart(2, '0')} at byte ${bad}); convert it to UTF-8`, p.line, p.column);
  }
  let text = new TextDecoder('utf-8').decode(buf);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, problems: [] };
}

/** Reads an article file; a missing file is a problem ("vanished"), not an exception. */
export async function readArticle(file: string, referencedBy?: string): Promise<ArticleRead> {
  let buf: Buffer;
  try {
    const st = await fs.stat(file);
    if (!st.isFile()) return { problems: [{ file: referencedBy ?? file, line: 1, column: 1, message: `article '${file}' is not a file`, severity: 'error' }] };
    if (st.size > LIMITS.articleBytes) {
      return { problems: [{ file, line: 1, column: 1, message: `article is ${formatBytes(st.size)}; the limit is ${formatBytes(LIMITS.articleBytes)}`, severity: 'error' }] };
    }
    buf = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? `article '${file}' not found (moved or deleted?); its annotations are kept but cannot be shown` : `cannot read article '${file}': ${(e as Error).message}`;
    return { problems: [{ file: referencedBy ?? file, line: 1, column: 1, message, severity: 'error' }] };
  }
  return decodeArticle(buf, file);
}
