import type {
  Cycle,
  KeyResult,
  KillCriterion,
  MeasurementPoint,
  Objective,
} from "../core/model/index.js";
import { buildCheckins, valueOn } from "./build-checkins.js";
import { addDays } from "./calendar.js";
import type { KeyResultSpec, KillCriterionSpec, ObjectiveSpec } from "./objective-spec.js";
import { createRandom, roundTo, seedFromText } from "./random.js";

type History = Readonly<Record<string, readonly MeasurementPoint[]>>;

function buildKeyResult(
  spec: KeyResultSpec,
  cycle: Cycle,
  asOf: string,
  history: History,
): KeyResult {
  const series = spec.kpi === undefined ? undefined : history[spec.kpi];
  // A KPI-linked KR starts where the KPI stood when the cycle began.
  const baseline = series ? valueOn(series, cycle.start) : undefined;
  const from = roundTo(baseline ?? spec.from ?? 0, spec.decimals);
  const random = createRandom(seedFromText(`${asOf}:${spec.id}`));
  return {
    id: spec.id,
    title: typeof spec.title === "string" ? spec.title : spec.title(from),
    from,
    to: spec.to,
    unit: spec.unit,
    ...(spec.kpi !== undefined && { kpi: spec.kpi }),
    ...(spec.metric !== undefined && { metric: spec.metric }),
    owner: spec.owner,
    checkins: buildCheckins(spec, { cycle, asOf, from, series, random }),
  };
}

function buildKillCriterion(spec: KillCriterionSpec, cycle: Cycle): KillCriterion {
  const by = spec.day === undefined ? undefined : addDays(cycle.start, spec.day);
  return {
    ...(spec.metric !== undefined && { metric: spec.metric }),
    ...(spec.below !== undefined && { below: spec.below }),
    ...(spec.above !== undefined && { above: spec.above }),
    ...(by !== undefined && { by }),
    ...(spec.note !== undefined && { note: spec.note }),
    // Key order as the store exports it, so apply then export gives the same text.
    ...(spec.decision !== undefined &&
      by !== undefined && {
        decision: {
          outcome: spec.decision.outcome,
          by: spec.decision.by,
          at: by,
          reason: spec.decision.reason,
        },
      }),
  };
}

/** Turns objective specs into okapi-file objectives of one cycle, with check-ins up to asOf. */
export function buildObjectives(
  specs: readonly ObjectiveSpec[],
  cycle: Cycle,
  asOf: string,
  history: History,
): Objective[] {
  return specs.map((spec) => ({
    id: spec.id,
    title: spec.title,
    owner: spec.owner,
    ...(spec.team !== undefined && { team: spec.team }),
    cycle: cycle.id,
    type: spec.type,
    ...(spec.parent !== undefined && { parent: spec.parent }),
    status: spec.status ?? "active",
    keyResults: spec.keyResults.map((kr) => buildKeyResult(kr, cycle, asOf, history)),
    ...(spec.leadingIndicators !== undefined && { leadingIndicators: spec.leadingIndicators }),
    killCriteria: spec.killCriteria.map((kill) => buildKillCriterion(kill, cycle)),
    ...(spec.retro !== undefined && { retro: spec.retro }),
  }));
}
