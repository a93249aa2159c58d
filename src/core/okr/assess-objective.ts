import type { CycleDefinition } from "../model/cycle.js";
import type { KillCriterion, TripwireDecision } from "../model/kill-criterion.js";
import type { Kpi } from "../model/kpi.js";
import type { Objective } from "../model/objective.js";
import { assessKeyResult, type KeyResultStatus } from "./assess-key-result.js";
import { combineKeyResultRisks } from "./combine-key-result-risks.js";
import { applyPacingCurve, elapsedShare } from "./compute-expected-progress.js";
import { describeTripwireReasons } from "./describe-tripwire-reasons.js";
import { detectLeadingIndicatorReasons } from "./detect-leading-indicator-reasons.js";
import { detectBehindPace } from "./detect-pace-reasons.js";
import { evaluateTripwire, type TripwireResult } from "./evaluate-tripwire.js";
import { gradeObjective, type ObjectiveGrade } from "./grade-objective.js";
import { lookupMetricValue } from "./lookup-metric-value.js";
import type { Health, Reason, Risk } from "./okr-types.js";
import { worstRisk } from "./okr-types.js";
import { resolveObjectiveCycle } from "./resolve-objective-cycle.js";
import { weightedMean } from "./weighted-mean.js";

export interface ObjectiveTrackingStatus {
  id: string;
  title: string;
  team: string | null;
  cycle: { id: string; start: string; end: string };
  parent: string | null;
  progress: number | null;
  expected: number;
  risk: Risk;
  health: Health;
  /** The objective's own reasons, then every KR reason tagged with its `keyResult`. */
  reasons: Reason[];
  /** A tripwire fired and nobody has recorded stop, continue or change yet. */
  decisionRequired: boolean;
  decisions: TripwireDecision[];
  tripwires: TripwireResult[];
  keyResults: KeyResultStatus[];
  /** Present once the cycle is over (asOf on or after its last day). */
  grade?: ObjectiveGrade;
}

export interface ObjectiveContext {
  asOf: string;
  staleDays: number;
  kpis: ReadonlyMap<string, Kpi>;
  cycles: readonly CycleDefinition[];
}

const CLOSED_RISK: Partial<Record<string, Risk>> = {
  achieved: "on-track",
  missed: "off-track",
  stopped: "off-track",
};

function healthOf(
  objective: Objective,
  keyResults: readonly KeyResultStatus[],
  risk: Risk,
): Health {
  if (
    objective.status === "achieved" ||
    objective.status === "missed" ||
    objective.status === "stopped"
  )
    return objective.status;
  if (keyResults.some((kr) => kr.health === "stale")) return "stale";
  if (keyResults.length > 0 && keyResults.every((kr) => kr.health === "pending")) return "pending";
  return risk;
}

/** Progress, pacing, risk, tripwires and (after the cycle) the grade of one objective. */
export function assessObjective(
  objective: Objective,
  context: ObjectiveContext,
): ObjectiveTrackingStatus {
  const { asOf } = context;
  const cycle = resolveObjectiveCycle(objective.cycle, context.cycles, asOf);
  const lookup = lookupMetricValue(objective, context.kpis, cycle);
  const criteria: KillCriterion[] = objective.killCriteria ?? [];
  const tripwires = criteria.map((criterion) => evaluateTripwire(criterion, lookup, asOf));
  const fired = tripwires.filter((wire) => wire.state === "fired");
  const keyResults = (objective.keyResults ?? []).map((keyResult) =>
    assessKeyResult(keyResult, {
      cycle,
      asOf,
      staleDays: context.staleDays,
      kpi: keyResult.kpi ? context.kpis.get(keyResult.kpi) : undefined,
      objectiveStatus: objective.status,
      since: objective.since,
      firedTripwires: fired.filter((wire) => wire.metric === keyResult.id),
    }),
  );
  const progress = weightedMean(
    keyResults
      .filter((kr) => kr.progress !== null)
      .map((kr) => ({ value: kr.progress as number, weight: kr.weight })),
  );
  const expected =
    weightedMean(keyResults.map((kr) => ({ value: kr.expected, weight: kr.weight }))) ??
    applyPacingCurve(elapsedShare(cycle, asOf));
  const closedRisk = objective.status ? CLOSED_RISK[objective.status] : undefined;
  const pace = progress === null || closedRisk ? null : detectBehindPace(progress, expected);
  // A closed objective keeps its tripwire record; pace and KPI alarms no longer apply.
  const own: Reason[] = [
    ...(pace ? [pace] : []),
    ...describeTripwireReasons(tripwires),
    ...(closedRisk
      ? []
      : detectLeadingIndicatorReasons(objective.leadingIndicators ?? [], context.kpis, asOf)),
  ];
  const reasons = [
    ...own,
    ...keyResults.flatMap((kr) =>
      kr.reasons.map((reason) => ({ ...reason, keyResult: kr.id, keyResultTitle: kr.title })),
    ),
  ];
  const risk =
    closedRisk ?? worstRisk([...own.map((r) => r.risk), combineKeyResultRisks(keyResults)]);
  const kpiIds = new Set(context.kpis.keys());
  const graded = asOf.slice(0, 10) >= cycle.end;
  return {
    id: objective.id,
    title: objective.title,
    team: objective.team ?? null,
    cycle,
    parent: objective.parent ?? null,
    progress,
    expected,
    risk,
    health: healthOf(objective, keyResults, risk),
    reasons,
    decisionRequired: fired.some((wire) => wire.decision === undefined),
    decisions: fired.flatMap((wire) => (wire.decision ? [wire.decision] : [])),
    tripwires,
    keyResults,
    ...(graded && {
      grade: gradeObjective(
        objective,
        (objective.keyResults ?? []).map((keyResult, i) => ({
          keyResult,
          progress: keyResults[i]?.progress ?? null,
        })),
        kpiIds,
      ),
    }),
  };
}
