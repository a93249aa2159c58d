import type { z } from "zod";
import { didYouMean } from "./did-you-mean.js";
import type { FileErrorCode, PathSegments } from "./file-error.js";
import { knownKeysAt, valueAt } from "./schema-walk.js";

/** A located-later problem: what is wrong at which path, and how to fix it. */
export interface PathIssue {
  path: PathSegments;
  code: FileErrorCode;
  message: string;
  fix: string;
  /** Point at the key itself rather than its value (unknown keys). */
  atKey?: boolean;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string")
    return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${String(value)}`;
}

const EXPECTED_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  array: "a list",
  object: "a mapping (key: value)",
  boolean: "true or false",
};

function lastKey(path: PathSegments): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === "string") return segment;
  }
  return "value";
}

/** Turns zod's issues into plain-language problems with a fix each. */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  root: z.ZodType,
  document: unknown,
): PathIssue[] {
  const described: PathIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((s): s is string | number => typeof s !== "symbol");
    switch (issue.code) {
      case "unrecognized_keys": {
        const known = knownKeysAt(root, path);
        for (const key of issue.keys) {
          const guess = didYouMean(key, known);
          described.push({
            path: [...path, key],
            code: "unknown-key",
            atKey: true,
            message: `unknown key "${key}"`,
            fix: guess
              ? `did you mean "${guess}"?`
              : `remove it; the keys allowed here are ${known.join(", ")}`,
          });
        }
        break;
      }
      case "invalid_type": {
        const actual = valueAt(document, path);
        const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
        if (actual === undefined) {
          described.push({
            path,
            code: "missing-key",
            message: `"${lastKey(path)}" is required`,
            fix: `add ${lastKey(path)}: <${expected}>`,
          });
        } else {
          described.push({
            path,
            code: "wrong-type",
            message: `expected ${expected}, got ${describeValue(actual)}`,
            fix:
              issue.expected === "number" && typeof actual === "string"
                ? `write the number without quotes or units (put the unit under "unit")`
                : `write ${lastKey(path)} as ${expected}`,
          });
        }
        break;
      }
      case "invalid_union": {
        const actual = valueAt(document, path);
        described.push({
          path,
          code: "wrong-type",
          message: `${lastKey(path)} cannot be ${describeValue(actual)}`,
          fix:
            lastKey(path) === "owner"
              ? "name one person by id, e.g. owner: maria"
              : `check the form of ${lastKey(path)} against the okapi file reference`,
        });
        break;
      }
      case "invalid_value": {
        const actual = valueAt(document, path);
        const allowed = issue.values.map(String);
        const guess = typeof actual === "string" ? didYouMean(actual, allowed) : undefined;
        described.push({
          path,
          code: "bad-value",
          message: `${describeValue(actual)} is not allowed for ${lastKey(path)}`,
          fix: guess ? `did you mean "${guess}"?` : `use one of: ${allowed.join(", ")}`,
        });
        break;
      }
      default: {
        described.push({ path, code: "bad-value", ...splitFix(issue.message) });
      }
    }
  }
  return described;
}

/** Our own messages carry their fix after a colon ("not a valid day: write it as …"). */
function splitFix(text: string): { message: string; fix: string } {
  const colon = text.indexOf(": ");
  if (colon < 0) return { message: text, fix: "correct the value as the message says" };
  return { message: text.slice(0, colon), fix: text.slice(colon + 2) };
}
