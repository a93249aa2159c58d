import { readFileSync } from "node:fs";
import type { OkapiDocument } from "../core/model/okapi-file.js";
import { formatFileError } from "../core/okapi-file/file-error.js";
import { parseOkapiFile } from "../core/okapi-file/parse-okapi-file.js";
import { InvalidFileError, UsageError } from "./exit-codes.js";

export function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a folder"
          : String(code ?? error);
    throw new UsageError(`cannot read ${path}: ${reason}`);
  }
}

/** Reads and validates an okapi file; warnings go to stderr, errors throw. */
export function readOkapiFile(path: string): OkapiDocument {
  const result = parseOkapiFile(readText(path), path);
  for (const warning of result.warnings)
    process.stderr.write(`warning: ${formatFileError(warning)}\n`);
  if (!result.ok) throw new InvalidFileError(result.errors);
  return result.document;
}
export { InvalidFileError } from "./exit-codes.js";
