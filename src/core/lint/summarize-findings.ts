import type { Finding, LintSummary } from "./lint-types.js";

/** Counts by severity and by rule. */
export function summarizeFindings(
  findings: readonly Finding[],
  checked: LintSummary["checked"],
): LintSummary {
  const summary: LintSummary = {
    errors: 0,
    warnings: 0,
    infos: 0,
    total: findings.length,
    rules: {},
    checked,
  };
  for (const finding of findings) {
    if (finding.severity === "error") summary.errors++;
    else if (finding.severity === "warning") summary.warnings++;
    else summary.infos++;
    summary.rules[finding.rule] = (summary.rules[finding.rule] ?? 0) + 1;
  }
  return summary;
}
