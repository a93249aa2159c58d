import type { Cycle } from "../model/cycle.js";
import type { KillCriterion, Objective } from "../model/index.js";

/** The id a carried copy gets: `onboarding` into 2027-Q1 becomes `onboarding-2027-q1`. */
function carriedId(id: string, cycle: Cycle): string {
  return `${id}-${cycle.id.toLowerCase()}`;
}

function middleOf(cycle: Cycle): string {
  const start = Date.parse(`${cycle.start}T00:00:00Z`);
  const end = Date.parse(`${cycle.end}T00:00:00Z`);
  return new Date(start + Math.round((end - start) / 2 / 86_400_000) * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/**
 * An unfinished objective carried into the next cycle, on request: the same outcome and
 * targets measured from the same baselines, with no check-ins yet, its metric tripwires
 * kept and a fresh mid-cycle checkpoint — carrying over is a decision to re-take, not a default.
 * @example carryForwardObjective(objective, parseCycle("2027-Q1")).id // "onboarding-2027-q1"
 */
export function carryForwardObjective(objective: Objective, next: Cycle): Objective {
  const renamed = new Map(
    (objective.keyResults ?? []).map((kr) => [kr.id, carriedId(kr.id, next)]),
  );
  const tripwires: KillCriterion[] = (objective.killCriteria ?? []).flatMap((criterion) => {
    if (criterion.metric === undefined) return [];
    const { by: _by, decision: _decision, ...kept } = criterion;
    return [{ ...kept, metric: renamed.get(criterion.metric) ?? criterion.metric }];
  });
  tripwires.push({
    by: middleOf(next),
    note: `carried forward from ${objective.cycle ?? "the previous cycle"}: decide by mid-cycle whether it is still worth it`,
  });
  const { retro: _retro, status: _status, ...rest } = objective;
  return {
    ...rest,
    id: carriedId(objective.id, next),
    cycle: next.id,
    description: [
      objective.description,
      `Carried forward from ${objective.id} (${objective.cycle ?? "previous cycle"}).`,
    ]
      .filter(Boolean)
      .join(" "),
    keyResults: (objective.keyResults ?? []).map(
      ({ checkins: _checkins, grade: _grade, ...kr }) => ({
        ...kr,
        id: renamed.get(kr.id) ?? kr.id,
      }),
    ),
    killCriteria: tripwires,
  };
}
