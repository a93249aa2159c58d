import type { ParsedKeyResult } from "../language/parsed-key-result.js";
import type { RuleSetting } from "../model/lint-config.js";
import type { OkapiDocument } from "../model/okapi-file.js";
import type { LintThresholds } from "../thresholds/lint.js";
import type { DocumentView } from "./view/document-view.js";

export type Severity = "error" | "warning" | "info";

/** One problem the linter found, with where it is and how to fix it. */
export interface Finding {
  rule: string;
  severity: Severity;
  /** Dotted path into the file, e.g. `objectives[0].keyResults[1]`. */
  path: string;
  message: string;
  fix: string;
  /** For key results: how the linter read the title. */
  parsed?: ParsedKeyResult;
}

export interface LintSummary {
  errors: number;
  warnings: number;
  infos: number;
  total: number;
  /** Findings per rule id. */
  rules: Record<string, number>;
  checked: { objectives: number; keyResults: number; kpis: number };
}

export interface LintResult {
  findings: Finding[];
  summary: LintSummary;
}

/** Per-run settings; they win over the file's `lint:` block. */
export interface LintOptions {
  rules?: Record<string, RuleSetting>;
  thresholds?: Record<string, number>;
}

/** What a rule reports; the engine adds the rule id and the configured severity. */
export interface RuleHit {
  path: string;
  message: string;
  fix: string;
  parsed?: ParsedKeyResult;
  /** Caps the configured severity ("a task that also names an outcome is a warning at most"). */
  atMost?: Severity;
}

interface RuleContext {
  document: OkapiDocument;
  view: DocumentView;
  thresholds: LintThresholds;
}

/** A lint rule: a stable id, a default severity, a one-sentence why and a check. */
export interface LintRule {
  id: string;
  severity: Severity;
  why: string;
  check(context: RuleContext): RuleHit[];
}
