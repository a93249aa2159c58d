import { load } from "js-yaml";
import { type OkapiDocument, OkapiFileInput } from "../model/okapi-file.js";
import { checkReferences } from "./check-references.js";
import { describeIssues, type PathIssue } from "./describe-issue.js";
import { type FileError, formatPath } from "./file-error.js";
import { findSelfReference } from "./find-self-reference.js";
import { createLocator } from "./locate.js";
import { rejoinThousands } from "./rejoin-thousands.js";

export type ParseResult =
  | { ok: true; document: OkapiDocument; warnings: FileError[] }
  | { ok: false; errors: FileError[]; warnings: FileError[] };

// An alias (`*name`) opens a node: after a line start, a space or a flow indicator. Only
// a file with one can hold a cycle, so most files skip the walk over every node.
const ALIAS = /(?:^|[\s,[{])\*[^\s,[\]{}]/m;

interface SyntaxFailure {
  message: string;
  line: number;
  column: number;
}

function readText(text: string): { value: unknown; yaml: boolean } | { failure: SyntaxFailure } {
  const trimmed = text.trimStart();
  if (trimmed.startsWith("{")) {
    try {
      return { value: JSON.parse(text), yaml: false };
    } catch {
      // Not strict JSON; YAML is a superset and reports the exact position.
    }
  }
  let value: unknown;
  try {
    value = load(text);
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return {
      failure: { message: reason, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 },
    };
  }
  const cycle = ALIAS.test(text) ? findSelfReference(value) : undefined;
  if (cycle) {
    const at = createLocator(text)(cycle);
    return {
      failure: {
        message: `the alias at ${formatPath(cycle)} refers to its own anchor, which never ends`,
        line: at.line,
        column: at.column,
      },
    };
  }
  return { value, yaml: true };
}

/**
 * Reference problems are worth reporting in the same pass as shape problems, so a
 * person fixes everything at once; a document too malformed to walk reports none.
 */
function referencesOfInvalid(value: unknown): PathIssue[] {
  try {
    return checkReferences(value as OkapiDocument);
  } catch {
    return [];
  }
}

/**
 * Parses and validates an okapi file (YAML or JSON). Every problem is reported at
 * once with file, line, column and a fix; positions are computed only when needed.
 */
export function parseOkapiFile(text: string, file = "okapi.yaml"): ParseResult {
  const read = readText(text);
  if ("failure" in read) {
    const { failure } = read;
    return {
      ok: false,
      warnings: [],
      errors: [
        {
          file,
          line: failure.line,
          column: failure.column,
          path: "",
          code: "syntax",
          message: `not valid YAML or JSON: ${failure.message}`,
          fix: "check indentation, colons and brackets on this line or the one before",
        },
      ],
    };
  }
  // Only YAML splits a title at a thousands comma; JSON text is taken as written.
  const repairs = read.yaml ? rejoinThousands(read.value) : [];
  const parsed = OkapiFileInput.safeParse(read.value ?? {});
  const issues: PathIssue[] = parsed.success
    ? checkReferences(parsed.data)
    : [
        ...describeIssues(parsed.error.issues, OkapiFileInput, read.value),
        ...referencesOfInvalid(read.value),
      ];
  if (parsed.success && issues.length === 0 && repairs.length === 0) {
    return { ok: true, document: parsed.data, warnings: [] };
  }

  const locate = createLocator(text);
  const toFileErrors = (list: PathIssue[]): FileError[] => {
    const seen = new Set<string>();
    const located: FileError[] = [];
    for (const issue of list) {
      const path = formatPath(issue.path);
      if (seen.has(`${path}\0${issue.message}`)) continue;
      seen.add(`${path}\0${issue.message}`);
      const position = locate(issue.path, issue.atKey);
      located.push({
        file,
        ...position,
        path,
        code: issue.code,
        message: issue.message,
        fix: issue.fix,
      });
    }
    return located.sort((a, b) => a.line - b.line || a.column - b.column);
  };
  const warnings = toFileErrors(repairs);
  if (parsed.success && issues.length === 0) return { ok: true, document: parsed.data, warnings };
  return { ok: false, errors: toFileErrors(issues), warnings };
}
