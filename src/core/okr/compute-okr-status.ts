import type { OkapiDocument } from "../model/okapi-file.js";
import { STALE_AFTER_DAYS } from "../thresholds/okr.js";
import { assessObjective, type ObjectiveTrackingStatus } from "./assess-objective.js";
import { gradePortfolio, type PortfolioGrade } from "./grade-portfolio.js";
import { type Alignment, rollUpAlignment } from "./roll-up-alignment.js";
import { type ProgressRollUp, rollUpProgress } from "./roll-up-progress.js";

export interface OkrStatusOptions {
  /** The day the status is computed for (YYYY-MM-DD); nothing after it counts. */
  asOf: string;
  /** Days without a check-in before a KR is stale; 7 by default. */
  staleDays?: number;
  /** Only the objectives of this team. */
  team?: string;
}

export interface OkrStatus {
  asOf: string;
  objectives: (ObjectiveTrackingStatus & { alignment?: Alignment })[];
  teams: ProgressRollUp[];
  cycles: (ProgressRollUp & { grade?: PortfolioGrade })[];
}

const NO_TEAM = "(no team)";

/**
 * The tracking status of every objective in a document at `asOf`, with team and cycle
 * roll-ups, alignment to parents and, for cycles that are over, grades. Drafts are not
 * tracked: nobody has committed to them yet.
 * @example computeOkrStatus(document, { asOf: "2026-08-14" }).objectives[0].risk // "at-risk"
 */
export function computeOkrStatus(document: OkapiDocument, options: OkrStatusOptions): OkrStatus {
  const kpis = new Map((document.kpis ?? []).map((kpi) => [kpi.id, kpi]));
  const context = {
    asOf: options.asOf,
    staleDays: options.staleDays ?? STALE_AFTER_DAYS,
    kpis,
    cycles: document.cycles ?? [],
  };
  const all = (document.objectives ?? [])
    .filter((objective) => objective.status !== "draft")
    .map((objective) => assessObjective(objective, context));
  const alignment = rollUpAlignment(all);
  const objectives = all
    .filter((objective) => options.team === undefined || objective.team === options.team)
    .map((objective) => {
      const aligned = alignment.get(objective.id);
      return aligned ? { ...objective, alignment: aligned } : objective;
    });
  const cycles = rollUpProgress(objectives, (objective) => objective.cycle.id).map((rollUp) => {
    const grades = objectives.flatMap((o) =>
      o.cycle.id === rollUp.id && o.grade ? [o.grade] : [],
    );
    return grades.length > 0 ? { ...rollUp, grade: gradePortfolio(grades) } : rollUp;
  });
  return {
    asOf: options.asOf,
    objectives,
    teams: rollUpProgress(objectives, (objective) => objective.team ?? NO_TEAM),
    cycles,
  };
}
