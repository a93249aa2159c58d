/** A problem with an okapi file, located for a person to fix. */
export interface FileError {
  file: string;
  line: number;
  column: number;
  /** Dotted path into the document, e.g. `objectives[0].keyResults[1].owner`. */
  path: string;
  code: FileErrorCode;
  message: string;
  fix: string;
}

export type FileErrorCode =
  | "syntax"
  | "unknown-key"
  | "wrong-type"
  | "missing-key"
  | "bad-value"
  | "duplicate-id"
  | "dangling-reference"
  | "contradiction";

/** A path segment list as zod reports it. */
export type PathSegments = readonly (string | number)[];

/** `["objectives", 0, "keyResults", 1]` → `objectives[0].keyResults[1]`. */
export function formatPath(path: PathSegments): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text === "" ? segment : `.${segment}`;
  }
  return text;
}

/** `1:1 … file:line:column: message (fix)` — the one-line form used by the CLI. */
export function formatFileError(error: FileError): string {
  const where = error.path ? ` at ${error.path}` : "";
  return `${error.file}:${error.line}:${error.column}: ${error.message}${where}. Fix: ${error.fix}`;
}
