export { describeReading } from "./fixes/explain-kind.js";
export { LINT_CONFIG_RULE, lintDocument } from "./lint-document.js";
export { LINT_RULES, lintRule } from "./lint-rules.js";
export type { Finding, LintOptions, LintResult, LintSummary, Severity } from "./lint-types.js";
export { checkRuleId } from "./resolve-settings.js";
export { summarizeFindings } from "./summarize-findings.js";
