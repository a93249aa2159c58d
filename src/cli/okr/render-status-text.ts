import { createColors } from "picocolors";
import type { KeyResultStatus } from "../../core/okr/assess-key-result.js";
import type { ObjectiveTrackingStatus } from "../../core/okr/assess-objective.js";
import type { OkrStatus } from "../../core/okr/compute-okr-status.js";
import type { Health, Reason } from "../../core/okr/okr-types.js";
import type { Alignment } from "../../core/okr/roll-up-alignment.js";

// Colour only on a terminal: picocolors would also colour piped output whenever CI is set.
const pc = createColors(process.stdout.isTTY === true && !process.env.NO_COLOR);

const BAR_WIDTH = 20;

/** A bar filled to `progress` with a `|` where progress is expected by now. */
export function progressBar(progress: number | null, expected: number): string {
  const filled = Math.round((progress ?? 0) * BAR_WIDTH);
  const marker = Math.min(BAR_WIDTH - 1, Math.round(expected * BAR_WIDTH));
  let bar = "";
  for (let i = 0; i < BAR_WIDTH; i++) bar += i === marker ? "|" : i < filled ? "█" : "░";
  return `[${bar}]`;
}

const BADGE: Record<Health, (text: string) => string> = {
  "on-track": pc.green,
  "at-risk": pc.yellow,
  "off-track": pc.red,
  stale: pc.yellow,
  pending: pc.dim,
  achieved: pc.green,
  missed: pc.red,
  stopped: pc.dim,
};

const badge = (health: Health): string => BADGE[health](health.toUpperCase());
const pct = (value: number | null): string =>
  value === null ? "  —" : `${String(Math.round(value * 100)).padStart(3)}%`;
const reasonLine = (indent: string, reason: Reason): string =>
  `${indent}- ${reason.code}: ${reason.message}`;

function renderKeyResult(kr: KeyResultStatus, idWidth: number): string[] {
  const head = `    ${kr.id.padEnd(idWidth)} ${progressBar(kr.progress, kr.expected)} ${pct(kr.progress)} / ${pct(kr.expected).trim()} expected  ${badge(kr.health)}`;
  const lines = [head, ...kr.reasons.map((reason) => reasonLine("        ", reason))];
  if (kr.outsideCycleCheckins > 0)
    lines.push(
      pc.dim(
        `        (${kr.outsideCycleCheckins} check-in(s) dated outside the cycle, not counted)`,
      ),
    );
  return lines;
}

function renderAlignment(alignment: Alignment): string {
  const children = alignment.children.map(
    (child) =>
      `${child.id} ${pct(child.progress).trim()} (+${Math.round(child.contribution * 100)} pts)`,
  );
  return `  aligned children ${pct(alignment.progress).trim()}: ${children.join(", ")}`;
}

function renderObjective(objective: ObjectiveTrackingStatus & { alignment?: Alignment }): string[] {
  const where = [objective.team, objective.cycle.id].filter(Boolean).join(" · ");
  const lines = [
    `${pc.bold(objective.id)}  ${objective.title}  (${where})`,
    `  ${progressBar(objective.progress, objective.expected)} ${pct(objective.progress)} / ${pct(objective.expected).trim()} expected  ${badge(objective.health)}${objective.decisionRequired ? pc.red("  DECISION REQUIRED") : ""}`,
    ...objective.reasons.filter((r) => r.keyResult === undefined).map((r) => reasonLine("    ", r)),
  ];
  if (objective.alignment) lines.push(renderAlignment(objective.alignment));
  const idWidth = Math.max(0, ...objective.keyResults.map((kr) => kr.id.length));
  for (const kr of objective.keyResults) lines.push(...renderKeyResult(kr, idWidth));
  if (objective.grade) {
    const g = objective.grade;
    lines.push(`  grade ${g.score.toFixed(2)} (${g.type}, ${g.success ? "success" : "not met"})`);
    for (const kr of g.keyResults.filter((k) => k.promotionCandidate))
      lines.push(`    - ${kr.id} succeeded on a metric that is not a KPI: consider promoting it`);
  }
  return lines;
}

/** The human view of `okapi status`: one block per objective, bars with the expected marker. */
export function renderStatusText(status: OkrStatus): string {
  const blocks = status.objectives.map((objective) => renderObjective(objective).join("\n"));
  const notes = status.cycles.flatMap((cycle) =>
    cycle.grade?.note ? [`${cycle.id}: ${cycle.grade.note}`] : [],
  );
  const header = `OKR status as of ${status.asOf} (| marks expected progress)`;
  if (blocks.length === 0) return `${header}\n\nno objectives to track`;
  return [header, ...blocks, ...notes].join("\n\n");
}
