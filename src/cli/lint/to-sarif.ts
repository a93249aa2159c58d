import { LINT_RULES, type Severity } from "../../core/lint/index.js";
import { createLocator } from "../../core/okapi-file/locate.js";
import type { LintedFile } from "./lint-files.js";
import { pathSegments } from "./path-segments.js";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = {
  error: "error",
  warning: "warning",
  info: "note",
};

function artifactUri(file: string): string {
  return file.replaceAll("\\", "/").replace(/^\.\//, "");
}

/** The key result a fix proposes, as written in it: its first quoted sentence that leads with a verb. */
function rewriteOf(fix: string): string | undefined {
  return /"((?:Raise|Reduce|Increase|Cut|Grow|Lift) [^"]+)"/u.exec(fix)?.[1];
}

/** SARIF 2.1.0, so code hosts annotate goal files in pull requests at the right line. */
export function toSarif(linted: readonly LintedFile[], version: string): unknown {
  const ruleIndex = new Map(LINT_RULES.map((rule, i) => [rule.id, i]));
  const results = linted.flatMap(({ file, text, result }) => {
    if (result.findings.length === 0) return [];
    const locate = createLocator(text);
    return result.findings.map((finding) => {
      const { line, column } = locate(pathSegments(finding.path));
      return {
        ruleId: finding.rule,
        ...(ruleIndex.has(finding.rule) && { ruleIndex: ruleIndex.get(finding.rule) }),
        level: LEVEL[finding.severity],
        message: { text: `${finding.message}. Fix: ${finding.fix}` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: artifactUri(file) },
              region: { startLine: line, startColumn: column },
            },
            logicalLocations: [{ fullyQualifiedName: finding.path, kind: "member" }],
          },
        ],
        properties: {
          fix: finding.fix,
          ...(rewriteOf(finding.fix) && { rewrite: rewriteOf(finding.fix) }),
          ...(finding.parsed && { parsed: finding.parsed }),
        },
      };
    });
  });
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "okapi",
            version,
            rules: LINT_RULES.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.why },
              defaultConfiguration: { level: LEVEL[rule.severity] },
            })),
          },
        },
        artifacts: linted.map(({ file }) => ({ location: { uri: artifactUri(file) } })),
        results,
      },
    ],
  };
}
