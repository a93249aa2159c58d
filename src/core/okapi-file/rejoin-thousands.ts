import type { PathIssue } from "./describe-issue.js";
import type { PathSegments } from "./file-error.js";

const SPLIT_THOUSANDS = /^\d{3}(?:\D|$)/;

/**
 * In a YAML flow mapping `{ title: 1,000 users }` the comma ends the entry, leaving a
 * key "000 users" with no value. That is never what the author meant, so the text is
 * joined back and a warning tells them to quote the title.
 */
export function rejoinThousands(value: unknown, path: PathSegments = []): PathIssue[] {
  if (value === null || typeof value !== "object") return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => rejoinThousands(item, [...path, i]));
  const record = value as Record<string, unknown>;
  const warnings: PathIssue[] = [];
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
      warnings.push({
        path: [...path, previousKey],
        code: "syntax",
        message: `YAML split "${previous},${key}" at the comma`,
        fix: `quote the text: ${previousKey}: "${previous},${key}"`,
      });
      continue;
    }
    previousKey = key;
    warnings.push(...rejoinThousands(record[key], [...path, key]));
  }
  return warnings;
}
