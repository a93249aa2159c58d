import type { PathSegments } from "../../core/okapi-file/file-error.js";

/** `objectives[0].keyResults[1]` → `["objectives", 0, "keyResults", 1]`. */
export function pathSegments(path: string): PathSegments {
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[1] !== undefined) segments.push(match[1]);
  }
  return segments;
}
