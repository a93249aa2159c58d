import { type Cycle, parseCycle } from "../model/cycle.js";
import type { OkapiDocument } from "../model/okapi-file.js";
import { STALE_AFTER_DAYS } from "../thresholds/okr.js";
import { assessObjective } from "./assess-objective.js";
import type { ObjectiveGrade } from "./grade-objective.js";
import { gradePortfolio, type PortfolioGrade } from "./grade-portfolio.js";

export interface CycleGrades {
  cycle: Cycle;
  objectives: { id: string; title: string; team: string | null; grade: ObjectiveGrade }[];
  teams: { id: string; grade: PortfolioGrade }[];
  portfolio: PortfolioGrade;
}

/**
 * Grades every objective of a cycle as it stood on the cycle's last day (later check-ins
 * do not count), per team and for the whole cycle. Null when the cycle does not resolve.
 * @example gradeCycle(document, "2026-Q3")?.portfolio.score // 0.72
 */
export function gradeCycle(document: OkapiDocument, cycleRef: string): CycleGrades | null {
  const cycles = document.cycles ?? [];
  const cycle = parseCycle(cycleRef, cycles);
  if (!cycle) return null;
  const context = {
    asOf: cycle.end,
    staleDays: STALE_AFTER_DAYS,
    kpis: new Map((document.kpis ?? []).map((kpi) => [kpi.id, kpi])),
    cycles,
  };
  const objectives = (document.objectives ?? [])
    .filter((objective) => objective.status !== "draft")
    .filter(
      (objective) =>
        objective.cycle !== undefined && parseCycle(objective.cycle, cycles)?.id === cycle.id,
    )
    .flatMap((objective) => {
      const { grade } = assessObjective(objective, context);
      return grade
        ? [{ id: objective.id, title: objective.title, team: objective.team ?? null, grade }]
        : [];
    });
  const teamIds = [...new Set(objectives.map((o) => o.team ?? "(no team)"))];
  return {
    cycle,
    objectives,
    teams: teamIds.map((id) => ({
      id,
      grade: gradePortfolio(
        objectives.filter((o) => (o.team ?? "(no team)") === id).map((o) => o.grade),
      ),
    })),
    portfolio: gradePortfolio(objectives.map((o) => o.grade)),
  };
}
