import type { Command } from "commander";
import { type CycleGrades, gradeCycle } from "../../core/okr/grade-cycle.js";
import { UsageError } from "../exit-codes.js";
import { formatOption, printJson, printLine } from "../output.js";
import { loadDocument } from "../workspace/load-document.js";

function renderGrades(grades: CycleGrades): string[] {
  const lines = [`Grades for ${grades.cycle.id} (${grades.cycle.start} … ${grades.cycle.end})`, ""];
  for (const objective of grades.objectives) {
    const { grade } = objective;
    lines.push(
      `${objective.id}  ${grade.score.toFixed(2)}  ${grade.type}, ${grade.success ? "success" : "missed"}  ${objective.title}`,
    );
    for (const kr of grade.keyResults) {
      const how = kr.source === "manual" ? ` (manual: ${kr.comment ?? ""})` : "";
      const promote = kr.promotionCandidate ? "  → propose as a KPI" : "";
      lines.push(`    ${kr.id}  ${kr.score.toFixed(2)}${how}${promote}`);
    }
    if (grade.retro) lines.push(`    retro: ${grade.retro}`);
  }
  lines.push("");
  for (const team of grades.teams) {
    lines.push(
      `team ${team.id}: ${team.grade.score?.toFixed(2) ?? "—"} (${team.grade.succeeded}/${team.grade.objectives} succeeded)`,
    );
  }
  const { portfolio } = grades;
  lines.push(
    `company: ${portfolio.score?.toFixed(2) ?? "—"} (${portfolio.succeeded}/${portfolio.objectives} succeeded)`,
  );
  if (portfolio.note) lines.push(portfolio.note);
  return lines;
}

/** `okapi grade CYCLE [FILE]`: 0.0–1.0 per key result and objective as the cycle ended. */
export function registerGradeCommand(program: Command): void {
  program
    .command("grade")
    .description("grade a cycle's objectives (0.0–1.0) as they stood on its last day")
    .argument("<cycle>", "cycle, e.g. 2026-Q3")
    .argument("[file]", "okapi file; without it, the workspace in the store")
    .addOption(formatOption())
    .action(async (cycleRef: string, file: string | undefined, options: { format: string }) => {
      const document = await loadDocument(file);
      const grades = gradeCycle(document, cycleRef);
      if (!grades)
        throw new UsageError(
          `"${cycleRef}" is not a cycle: write a quarter (2026-Q3), a half (2026-H2) or a year`,
        );
      if (options.format === "json") printJson(grades);
      else for (const line of renderGrades(grades)) printLine(line);
    });
}
