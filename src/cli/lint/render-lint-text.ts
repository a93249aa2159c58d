import { createColors } from "picocolors";
import { describeReading, type Finding, lintRule } from "../../core/lint/index.js";
import type { LintedFile } from "./lint-files.js";
import { toLintJson } from "./to-lint-json.js";

type Colors = ReturnType<typeof createColors>;

function groupOf(finding: Finding): string {
  const match = /^(objectives\[\d+\]|kpis)/.exec(finding.path);
  return match?.[1]?.startsWith("kpis") ? "kpis" : (match?.[1] ?? "file");
}

function heading(group: string, linted: LintedFile, c: Colors): string {
  if (group === "kpis") return c.bold("KPIs");
  if (group === "file") return c.bold("Settings");
  const objective = linted.document.objectives?.[Number(/\d+/.exec(group)?.[0])];
  return `${c.bold(`Objective ${objective?.id ?? group}`)} ${c.dim("—")} ${objective?.title ?? ""}`;
}

function renderFinding(finding: Finding, c: Colors): string[] {
  const badge =
    finding.severity === "error"
      ? c.red("error  ")
      : finding.severity === "warning"
        ? c.yellow("warning")
        : c.blue("info   ");
  const why = lintRule(finding.rule)?.why;
  return [
    `  ${badge} ${c.dim(finding.path)}  ${finding.message}  ${c.dim(`[${finding.rule}]`)}`,
    ...(finding.parsed ? [`           ${c.dim("read:")} ${describeReading(finding.parsed)}`] : []),
    ...(why ? [`           ${c.dim("why:")} ${why}`] : []),
    `           ${c.green("fix:")} ${finding.fix}`,
  ];
}

/** Human output: findings grouped by objective (then KPIs), each with its why and fix. */
export function renderLintText(linted: readonly LintedFile[], colored: boolean): string {
  const c = createColors(colored);
  const lines: string[] = [];
  for (const file of linted) {
    lines.push(c.underline(file.file));
    if (file.result.findings.length === 0) lines.push(`  ${c.green("no findings")}`);
    const groups = new Map<string, Finding[]>();
    for (const finding of file.result.findings) {
      const key = groupOf(finding);
      groups.set(key, [...(groups.get(key) ?? []), finding]);
    }
    for (const [group, findings] of groups) {
      lines.push(heading(group, file, c));
      for (const finding of findings) lines.push(...renderFinding(finding, c));
    }
    lines.push("");
  }
  const { summary } = toLintJson(linted);
  const counts = `${summary.errors} error${summary.errors === 1 ? "" : "s"}, ${summary.warnings} warning${summary.warnings === 1 ? "" : "s"}, ${summary.infos} info`;
  lines.push(
    summary.errors > 0 ? c.red(counts) : summary.warnings > 0 ? c.yellow(counts) : c.green(counts),
  );
  return lines.join("\n");
}
