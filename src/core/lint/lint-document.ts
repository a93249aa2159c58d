import type { ParsedKeyResult } from "../language/parsed-key-result.js";
import type { OkapiDocument } from "../model/okapi-file.js";
import { findingParsed } from "./classify/classify-key-result.js";
import { LINT_RULES } from "./lint-rules.js";
import type { Finding, LintOptions, LintResult, Severity } from "./lint-types.js";
import { resolveSettings } from "./resolve-settings.js";
import { sortFindings } from "./sort-findings.js";
import { summarizeFindings } from "./summarize-findings.js";
import { viewDocument } from "./view/document-view.js";

const KR_PATH = /^objectives\[(\d+)\]\.keyResults\[(\d+)\]$/u;
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
const RULE_ORDER = new Map(LINT_RULES.map((rule, i) => [rule.id, i]));

/** The rule id under which problems with the lint settings themselves are reported. */
export const LINT_CONFIG_RULE = "lint-config";

/**
 * Lints a schema-valid okapi document: every rule, with the file's `lint:` block and
 * the run's options applied. Pure and deterministic; never throws on a valid document.
 * @example lintDocument(document, { rules: { "missing-kill-criteria": "off" } }).summary.errors
 */
export function lintDocument(document: OkapiDocument, options: LintOptions = {}): LintResult {
  const settings = resolveSettings(document, options);
  const view = viewDocument(document);
  const context = { document, view, thresholds: settings.thresholds };
  const findings: Finding[] = settings.problems.map((problem) => ({
    rule: LINT_CONFIG_RULE,
    severity: "error",
    ...problem,
  }));
  // Findings show the KR's concluded kind, which its fields can change (from == to…); the
  // path names the KR's place, so no index of 50,000 paths is built to find it.
  const shown = (path: string, parsed: ParsedKeyResult): ParsedKeyResult => {
    const place = KR_PATH.exec(path);
    const kr = place ? view.objectives[Number(place[1])]?.keyResults[Number(place[2])] : undefined;
    return kr ? findingParsed(kr, settings.thresholds) : parsed;
  };
  for (const rule of LINT_RULES) {
    const setting = settings.severities.get(rule.id) ?? rule.severity;
    if (setting === "off") continue;
    for (const hit of rule.check(context)) {
      const severity = hit.atMost && RANK[hit.atMost] < RANK[setting] ? hit.atMost : setting;
      const finding: Finding = {
        rule: rule.id,
        severity,
        path: hit.path,
        message: hit.message,
        fix: /[.)!?]$/u.test(hit.fix) ? hit.fix : `${hit.fix}.`,
      };
      if (hit.parsed) finding.parsed = shown(hit.path, hit.parsed);
      findings.push(finding);
    }
  }
  const checked = {
    objectives: view.objectives.length,
    keyResults: view.keyResultCount,
    kpis: view.kpis.length,
  };
  const sorted = sortFindings(findings, RULE_ORDER);
  return { findings: sorted, summary: summarizeFindings(sorted, checked) };
}
