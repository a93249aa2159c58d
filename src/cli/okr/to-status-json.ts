import type { OkrStatus } from "../../core/okr/compute-okr-status.js";

const round = (value: number | null): number | null =>
  value === null ? null : Math.round(value * 10_000) / 10_000;

/**
 * The `okapi status --format json` shape of docs/cli-json.md: `objectives[{id, progress, expected,
 * risk, reasons, keyResults[{id, progress, expected, risk, reasons[{code, message}]}]}]`,
 * plus fields the contract allows us to add (health, decisions, projection, grade…).
 */
export function toStatusJson(status: OkrStatus): unknown {
  return {
    asOf: status.asOf,
    objectives: status.objectives.map((objective) => ({
      id: objective.id,
      progress: round(objective.progress),
      expected: round(objective.expected),
      risk: objective.risk,
      reasons: objective.reasons,
      keyResults: objective.keyResults.map((kr) => ({
        id: kr.id,
        progress: round(kr.progress),
        expected: round(kr.expected),
        risk: kr.risk,
        reasons: kr.reasons,
        health: kr.health,
        progressRaw: round(kr.progressRaw),
        current: kr.current,
        target: kr.target,
        confidence: kr.confidence,
        projection: kr.projection && {
          value: round(kr.projection.value),
          progress: round(kr.projection.progress),
        },
        outsideCycleCheckins: kr.outsideCycleCheckins,
      })),
      health: objective.health,
      title: objective.title,
      team: objective.team,
      cycle: objective.cycle,
      parent: objective.parent,
      decisionRequired: objective.decisionRequired,
      decisions: objective.decisions,
      tripwires: objective.tripwires,
      ...(objective.alignment && { alignment: objective.alignment }),
      ...(objective.grade && { grade: objective.grade }),
    })),
    teams: status.teams,
    cycles: status.cycles,
  };
}
