import { type FileError, formatFileError } from "../core/okapi-file/file-error.js";

/** The command-line contract's exit codes (docs/cli-json.md). */
export const EXIT_OK = 0;
/** The command ran and found problems (lint errors, failed checks). */
export const EXIT_FOUND_PROBLEMS = 1;
/** Bad usage or unreadable input. */
export const EXIT_USAGE = 2;

/** A failure the user caused; printed as one line on stderr, exit 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Thrown when a file does not validate; carries every located error. */
export class InvalidFileError extends UsageError {
  constructor(readonly errors: FileError[]) {
    super(errors.map(formatFileError).join("\n"));
  }
}
