import { type Finding, type LintSummary, summarizeFindings } from "../../core/lint/index.js";
import type { LintedFile } from "./lint-files.js";

interface JsonFinding extends Finding {
  file?: string;
}

/** The lint JSON of docs/cli-json.md: findings (with `file` when several files) and one summary. */
export function toLintJson(linted: readonly LintedFile[]): {
  findings: JsonFinding[];
  summary: LintSummary & { files: number };
} {
  const several = linted.length > 1;
  const findings: JsonFinding[] = [];
  const checked = { objectives: 0, keyResults: 0, kpis: 0 };
  for (const { file, result } of linted) {
    checked.objectives += result.summary.checked.objectives;
    checked.keyResults += result.summary.checked.keyResults;
    checked.kpis += result.summary.checked.kpis;
    for (const f of result.findings)
      findings.push({
        rule: f.rule,
        severity: f.severity,
        path: f.path,
        message: f.message,
        fix: f.fix,
        ...(several && { file }),
        ...(f.parsed && { parsed: f.parsed }),
      });
  }
  return { findings, summary: { ...summarizeFindings(findings, checked), files: linted.length } };
}
