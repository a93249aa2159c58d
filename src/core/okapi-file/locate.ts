import { isMap, isNode, isScalar, LineCounter, parseDocument } from "yaml";
import type { PathSegments } from "./file-error.js";

export interface Position {
  line: number;
  column: number;
}

/**
 * Finds source positions for document paths. Only used once something is wrong:
 * the position-keeping parser is an order of magnitude slower than the fast one.
 */
export function createLocator(text: string): (path: PathSegments, atKey?: boolean) => Position {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  return (path, atKey = false) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const prefix = path.slice(0, depth);
      if (atKey && depth === path.length && depth > 0) {
        const parent = doc.getIn(prefix.slice(0, -1), true);
        const key = prefix[prefix.length - 1];
        if (isMap(parent)) {
          const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
          if (pair && isNode(pair.key) && pair.key.range) return toPosition(pair.key.range[0]);
        }
        continue;
      }
      const node = prefix.length === 0 ? doc.contents : doc.getIn(prefix, true);
      if (isNode(node) && node.range) return toPosition(node.range[0]);
    }
    return { line: 1, column: 1 };
  };
}
