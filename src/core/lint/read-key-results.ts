import type { ParsedKeyResult } from "../language/parsed-key-result.js";
import type { OkapiDocument } from "../model/okapi-file.js";
import { findingParsed } from "./classify/classify-key-result.js";
import type { LintOptions } from "./lint-types.js";
import { resolveSettings } from "./resolve-settings.js";
import { viewDocument } from "./view/document-view.js";

/** How the linter reads one key result: its path and `parsed` with kind, prefix and evidence. */
export interface KeyResultReading {
  path: string;
  parsed: ParsedKeyResult;
}

/**
 * Every key result of a document as the linter reads it, whether or not a rule fires on
 * it: what the evaluation on published key results and the dashboard's live view compare.
 */
export function readKeyResults(
  document: OkapiDocument,
  options: LintOptions = {},
): KeyResultReading[] {
  const { thresholds } = resolveSettings(document, options);
  const view = viewDocument(document);
  return view.objectives.flatMap((objective) =>
    objective.keyResults.map((kr) => ({ path: kr.path, parsed: findingParsed(kr, thresholds) })),
  );
}
