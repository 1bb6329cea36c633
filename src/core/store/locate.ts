import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/** 1-based line and column, as editors show them. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Maps data paths of a sidecar (`['entities', 3, 'mentions', 0, 'end']`) to the line and column of
 * the YAML node that holds them. Built lazily (the full `yaml` parse is slow on big files and only
 * needed when there is something to report).
 */
export class Locator {
  constructor(
    private readonly text: string,
    private doc?: Document,
    private counter?: LineCounter,
  ) {}

  private ensure(): [Document, LineCounter] {
    if (!this.doc || !this.counter) {
      this.counter = new LineCounter();
      this.doc = parseDocument(this.text, { lineCounter: this.counter, uniqueKeys: false });
    }
    return [this.doc, this.counter];
  }

  at(offset: number): Position {
    const [, counter] = this.ensure();
    const p = counter.linePos(offset);
    return { line: p.line, column: p.col };
  }

  /**
   * Position of the node at `path`; with `key`, of that key inside the map at `path` (or of the map
   * when the key is absent). Falls back to the nearest ancestor that exists.
   */
  locate(path: (string | number)[], key?: string): Position {
    const [doc] = this.ensure();
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (!isNode(node)) continue;
      if (n === path.length && key !== undefined && isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
        if (pair && isNode(pair.key)) return this.rangeStart(pair.key as Node);
      }
      if (n < path.length) {
        // The parent exists but not the child: point at the child's key when it is a map key.
        const child = path[n];
        if (isMap(node) && typeof child === 'string') {
          const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === child);
          if (pair && isNode(pair.key)) return this.rangeStart(pair.key as Node);
        }
      }
      return this.rangeStart(node as Node);
    }
    return { line: 1, column: 1 };
  }

  private rangeStart(node: Node): Position {
    return node.range ? this.at(node.range[0]) : { line: 1, column: 1 };
  }
}
