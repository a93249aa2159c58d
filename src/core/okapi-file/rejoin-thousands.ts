import type { PathIssue } from "./describe-issue.js";
import type { PathSegments } from "./file-error.js";

const SPLIT_THOUSANDS = /^\d{3}(?:\D|$)/;

/**
 * In a YAML flow mapping `{ title: 1,000 users }` the comma ends the entry, leaving a
 * key "000 users" with no value. That is never what the author meant, so the text is
 * joined back and a warning tells them to quote the title.
 */
export function rejoinThousands(value: unknown): PathIssue[] {
  const warnings: PathIssue[] = [];
  // One path stack for the whole walk, copied only for a warning: a large file has
  // hundreds of thousands of nodes and almost never a split title.
  walk(value, [], warnings);
  return warnings;
}

function walk(value: unknown, path: (string | number)[], warnings: PathIssue[]): void {
  if (value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walk(value[i], path, warnings);
      path.pop();
    }
    return;
  }
  const record = value as Record<string, unknown>;
  let previousKey: string | undefined;
  for (const key of Object.keys(record)) {
    const previous = previousKey === undefined ? undefined : record[previousKey];
    if (
      previousKey !== undefined &&
      record[key] === null &&
      SPLIT_THOUSANDS.test(key) &&
      typeof previous === "string" &&
      /\d$/.test(previous)
    ) {
      record[previousKey] = `${previous},${key}`;
      delete record[key];
      const where: PathSegments = [...path, previousKey];
      warnings.push({
        path: where,
        code: "syntax",
        message: `YAML split "${previous},${key}" at the comma`,
        fix: `quote the text: ${previousKey}: "${previous},${key}"`,
      });
      continue;
    }
    previousKey = key;
    path.push(key);
    walk(record[key], path, warnings);
    path.pop();
  }
}
