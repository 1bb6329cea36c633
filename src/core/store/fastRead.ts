import { isSafePlain } from './emit';

/**
 * A strict reader for the layout `emitSidecar` writes (block maps and sequences indented by two,
 * values on one line as scalars or flow collections, an optional comment on the first line).
 * It returns undefined on anything else — comments, anchors, multi-line scalars, other
 * indentation, duplicate keys — and the caller falls back to the full `yaml` parser. Whatever it
 * does return equals what `yaml` reads from the same text (property-tested). It exists because
 * `yaml` needs seconds for a 10,000-mention sidecar and this needs milliseconds.
 */

class Bail extends Error {}

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

function plainValue(token: string): unknown {
  if (token === 'null') return null;
  if (token === 'true') return true;
  if (token === 'false') return false;
  if (NUMBER.test(token)) return Number(token);
  if (isSafePlain(token)) return token;
  throw new Bail();
}

const goodKeys = new Set<string>();

/** Sets a key that must be a plain identifier and new in `obj` (`keys` lists the keys set so far). */
function setKey(obj: Record<string, unknown>, keys: string[], key: string, value: unknown): void {
  if (!goodKeys.has(key)) {
    if (!KEY.test(key) || key === '__proto__' || key === 'constructor' || key === 'prototype') throw new Bail();
    if (goodKeys.size < 1000) goodKeys.add(key);
  }
  if (keys.includes(key)) throw new Bail();
  keys.push(key);
  obj[key] = value;
}

/** Index after the value `flowValue` parsed last (a module variable: no tuple per value). */
let END = 0;

/** Parses one flow value of `line` starting at `i`; returns it and sets END to the index after it. */
function flowValue(line: string, i: number, inFlow: boolean): unknown {
  const c = line.charCodeAt(i);
  if (inFlow && c >= 48 && c <= 57) {
    // Integer fast path (offsets): digits then `,` `}` `]`.
    let j = i;
    let n = 0;
    while (j < line.length) {
      const d = line.charCodeAt(j);
      if (d < 48 || d > 57) break;
      n = n * 10 + (d - 48);
      j++;
    }
    const next = line.charCodeAt(j);
    if ((next === 44 || next === 32) && !(c === 48 && j > i + 1) && j - i < 16) {
      END = j;
      return n;
    }
  }
  if (c === 34) {
    // The closing quote: the next '"' preceded by an even number of backslashes.
    let j = line.indexOf('"', i + 1);
    let escaped = false;
    while (j >= 0) {
      let b = 0;
      while (line.charCodeAt(j - 1 - b) === 92) b++;
      if (b % 2 === 0) break;
      escaped = true;
      j = line.indexOf('"', j + 1);
    }
    if (j < 0) throw new Bail();
    const raw = line.slice(i + 1, j);
    END = j + 1;
    if (!escaped && raw.indexOf('\\') < 0) {
      // No escapes: the content is the string, unless it holds characters JSON would refuse raw.
      for (let k = 0; k < raw.length; k++) if (raw.charCodeAt(k) < 0x20) throw new Bail();
      return raw;
    }
    try {
      return JSON.parse(line.slice(i, j + 1)) as string;
    } catch {
      throw new Bail();
    }
  }
  if (c === 91) {
    const arr: unknown[] = [];
    let j = i + 1;
    if (line.charCodeAt(j) === 93) {
      END = j + 1;
      return arr;
    }
    for (;;) {
      arr.push(flowValue(line, j, true));
      const k = END;
      if (line.startsWith(', ', k)) j = k + 2;
      else if (line.charCodeAt(k) === 93) {
        END = k + 1;
        return arr;
      } else throw new Bail();
    }
  }
  if (c === 123) {
    const obj: Record<string, unknown> = {};
    const keys: string[] = [];
    if (line.startsWith('{}', i)) {
      END = i + 2;
      return obj;
    }
    if (line.charCodeAt(i + 1) !== 32) throw new Bail();
    let j = i + 2;
    for (;;) {
      const colon = line.indexOf(': ', j);
      if (colon < 0) throw new Bail();
      const v = flowValue(line, colon + 2, true);
      const k = END;
      setKey(obj, keys, line.slice(j, colon), v);
      if (line.startsWith(', ', k)) j = k + 2;
      else if (line.startsWith(' }', k)) {
        END = k + 2;
        return obj;
      } else throw new Bail();
    }
  }
  if (!inFlow) {
    END = line.length;
    return plainValue(line.slice(i));
  }
  let j = i;
  for (; j < line.length; j++) {
    const d = line.charCodeAt(j);
    if (d === 44 || d === 125 || d === 93) break;
  }
  const token = line.slice(i, j);
  if (token.endsWith(' ')) {
    // `{ k: v }`: the space before the closing brace is layout, not part of the scalar.
    if (line.charCodeAt(j) !== 125 || token.endsWith('  ')) throw new Bail();
    END = j - 1;
    return plainValue(token.slice(0, -1));
  }
  END = j;
  return plainValue(token);
}

/** The whole line as one value (after `key: ` or `- `). */
function lineValue(line: string, i: number): unknown {
  const v = flowValue(line, i, false);
  if (END !== line.length) throw new Bail();
  return v;
}

class Reader {
  i = 0;
  constructor(readonly lines: string[]) {}

  /** A block collection whose lines start with exactly `indent` spaces. */
  block(indent: number): unknown {
    const line = this.lines[this.i];
    if (line === undefined || !line.startsWith(' '.repeat(indent)) || line[indent] === ' ') throw new Bail();
    return line.startsWith('- ', indent) ? this.seq(indent) : this.map(indent, indent);
  }

  seq(indent: number): unknown[] {
    const out: unknown[] = [];
    const pad = ' '.repeat(indent) + '- ';
    while (this.i < this.lines.length && this.lines[this.i].startsWith(pad)) {
      const line = this.lines[this.i];
      const rest = indent + 2;
      if (line[rest] === '{' || line[rest] === '[' || line[rest] === '"' || !/^[A-Za-z_][A-Za-z0-9_]*:(?: |$)/.test(line.slice(rest))) {
        out.push(lineValue(line, rest));
        this.i++;
      } else {
        out.push(this.map(rest, indent));
      }
    }
    return out;
  }

  /** A block map at `indent`; its first line may start at `firstIndent` behind a `- `. */
  map(indent: number, firstIndent: number): Record<string, unknown> {
    const obj: Record<string, unknown> = {};
    const keys: string[] = [];
    const pad = ' '.repeat(indent);
    let first = true;
    while (this.i < this.lines.length) {
      const line = this.lines[this.i];
      if (!first && (!line.startsWith(pad) || line[indent] === ' ' || line[indent] === '-')) break;
      if (first && firstIndent !== indent && !line.startsWith(' '.repeat(firstIndent) + '- ')) throw new Bail();
      first = false;
      const colon = line.indexOf(':', indent);
      if (colon < 0) throw new Bail();
      const key = line.slice(indent, colon);
      this.i++;
      if (colon === line.length - 1) {
        setKey(obj, keys, key, this.block(indent + 2));
      } else {
        if (line[colon + 1] !== ' ') throw new Bail();
        setKey(obj, keys, key, lineValue(line, colon + 2));
      }
    }
    return obj;
  }
}

/** The data of a sidecar in canonical layout, or undefined when the text needs the full parser. */
export function fastRead(text: string): Record<string, unknown> | undefined {
  if (text.includes('\r') || text.includes('\t') || !text.endsWith('\n')) return undefined;
  const lines = text.slice(0, -1).split('\n');
  let start = 0;
  if (lines[0]?.startsWith('#')) start = 1;
  for (let k = start; k < lines.length; k++) {
    const l = lines[k];
    if (!l || l.trimStart().startsWith('#') || l.endsWith(' ')) return undefined;
  }
  const r = new Reader(lines);
  r.i = start;
  try {
    const v = r.map(0, 0);
    if (r.i !== lines.length) return undefined;
    return v;
  } catch (e) {
    if (e instanceof Bail) return undefined;
    throw e;
  }
}
