import {
  LINT_CONFIG_RULE,
  type LintOptions,
  type LintResult,
  lintDocument,
} from "../../core/lint/index.js";
import type { OkapiDocument } from "../../core/model/okapi-file.js";
import { formatFileError } from "../../core/okapi-file/file-error.js";
import { parseOkapiFile } from "../../core/okapi-file/parse-okapi-file.js";
import { InvalidFileError, UsageError } from "../exit-codes.js";
import { readText } from "../read-okapi-file.js";

/** One linted file, with its text kept for locating findings (SARIF). */
export interface LintedFile {
  file: string;
  text: string;
  document: OkapiDocument;
  result: LintResult;
}

/** Reads, validates and lints each file; invalid files and bad lint settings are usage errors. */
export function lintFiles(files: readonly string[], options: LintOptions): LintedFile[] {
  return files.map((file) => {
    const text = readText(file);
    const parsed = parseOkapiFile(text, file);
    for (const warning of parsed.warnings)
      process.stderr.write(`warning: ${formatFileError(warning)}\n`);
    if (!parsed.ok) throw new InvalidFileError(parsed.errors);
    const result = lintDocument(parsed.document, options);
    const configProblems = result.findings.filter((f) => f.rule === LINT_CONFIG_RULE);
    if (configProblems.length > 0)
      throw new UsageError(
        configProblems.map((p) => `${file}: ${p.path}: ${p.message}`).join("\n"),
      );
    return { file, text, document: parsed.document, result };
  });
}
