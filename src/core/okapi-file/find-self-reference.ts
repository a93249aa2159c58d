import type { PathSegments } from "./file-error.js";

/**
 * The path of the first node that contains itself, or undefined. YAML lets an alias
 * point into its own anchor (`a: &x [*x]`); the loader then builds a cyclic value that
 * every later walk would follow forever. No okapi file needs one.
 */
export function findSelfReference(value: unknown): PathSegments | undefined {
  const ancestors = new Set<object>();
  const path: (string | number)[] = [];
  const visit = (node: unknown): boolean => {
    if (node === null || typeof node !== "object") return false;
    if (ancestors.has(node)) return true;
    ancestors.add(node);
    const entries: [string | number, unknown][] = Array.isArray(node)
      ? node.map((child, i) => [i, child])
      : Object.entries(node);
    for (const [key, child] of entries) {
      path.push(key);
      if (visit(child)) return true;
      path.pop();
    }
    ancestors.delete(node);
    return false;
  };
  return visit(value) ? [...path] : undefined;
}
