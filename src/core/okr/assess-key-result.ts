import type { Cycle } from "../model/cycle.js";
import type { KeyResult } from "../model/key-result.js";
import type { Kpi } from "../model/kpi.js";
import type { ObjectiveStatus } from "../model/objective.js";
import { computeExpectedProgress } from "./compute-expected-progress.js";
import { computeProgress } from "./compute-progress.js";
import {
  confidenceSeries,
  detectConfidenceFalling,
  detectLowConfidence,
  reportsOnTrack,
} from "./detect-confidence-reasons.js";
import { detectRedKpi, detectTargetProblem } from "./detect-kr-alarms.js";
import { detectBehindPace, detectFlatValue, detectProjectionMiss } from "./detect-pace-reasons.js";
import { detectStaleCheckin, trackingStart } from "./detect-stale-checkin.js";
import type { TripwireResult } from "./evaluate-tripwire.js";
import { addDays } from "./measure-days.js";
import type { Health, Reason, Risk } from "./okr-types.js";
import { worstRisk } from "./okr-types.js";
import { projectEndValue } from "./project-end-value.js";
import { resolveKrTarget, targetValue } from "./resolve-kr-target.js";
import { type CurrentValue, selectObservations } from "./select-observations.js";

export interface KeyResultStatus {
  id: string;
  title: string;
  /** Clamped to [0, 1]; null when the KR has no value yet or no computable target. */
  progress: number | null;
  progressRaw: number | null;
  expected: number;
  risk: Risk;
  health: Health;
  reasons: Reason[];
  weight: number;
  current: CurrentValue | null;
  target: number | null;
  confidence: number | null;
  projection: { value: number; progress: number | null; slopePerDay: number } | null;
  outsideCycleCheckins: number;
}

export interface KeyResultContext {
  cycle: Cycle;
  asOf: string;
  staleDays: number;
  kpi?: Kpi | undefined;
  objectiveStatus?: ObjectiveStatus | undefined;
  /** The day its objective was set, when added mid-cycle (`Objective.since`). */
  since?: string | undefined;
  /** Fired tripwires whose metric is this KR. */
  firedTripwires: readonly TripwireResult[];
}

const CLOSED: Partial<Record<ObjectiveStatus, { health: Health; risk: Risk }>> = {
  achieved: { health: "achieved", risk: "on-track" },
  missed: { health: "missed", risk: "off-track" },
  stopped: { health: "stopped", risk: "off-track" },
};

/** The last day whose check-ins count: asOf, or the cycle's last day once it is over. */
const lastCountedDay = (cycle: Cycle, asOf: string): string =>
  asOf.slice(0, 10) < cycle.end ? asOf.slice(0, 10) : cycle.end;

const present = (reasons: readonly (Reason | null)[]): Reason[] =>
  reasons.filter((reason): reason is Reason => reason !== null);

/** Progress, pacing, projection and risk of one key result at `asOf`. */
export function assessKeyResult(keyResult: KeyResult, context: KeyResultContext): KeyResultStatus {
  const { cycle, asOf } = context;
  const observed = selectObservations(
    keyResult.checkins ?? [],
    context.kpi?.measurements ?? [],
    cycle,
    asOf,
  );
  const resolved = resolveKrTarget(keyResult);
  const expected = computeExpectedProgress(cycle, asOf, keyResult.curve);
  const confidences = confidenceSeries(observed.checkins);
  const progress =
    resolved.ok && observed.current
      ? computeProgress(resolved.target, observed.current.value)
      : null;
  const trendPoints = [...observed.checkins];
  if (observed.current?.source === "kpi")
    trendPoints.push({ at: observed.current.at, value: observed.current.value });
  const line = projectEndValue(trendPoints, cycle);
  const projection = line && {
    ...line,
    progress: resolved.ok ? computeProgress(resolved.target, line.value).raw : null,
  };
  const onTrackClaim = reportsOnTrack(confidences);
  const stale = detectStaleCheckin(
    observed.current?.at,
    cycle,
    asOf,
    context.staleDays,
    context.since,
  );
  let reasons = present([
    detectTargetProblem(resolved),
    progress ? detectBehindPace(progress.clamped, expected) : null,
    detectLowConfidence(confidences),
    detectConfidenceFalling(confidences),
    stale,
    detectRedKpi(context.kpi, asOf),
    ...context.firedTripwires.map(
      (wire): Reason => ({
        code: "tripwire-hit",
        risk: "off-track",
        message: wire.message,
      }),
    ),
    onTrackClaim ? detectFlatValue(observed.checkins, lastCountedDay(cycle, asOf)) : null,
    // A straight line through a back-loaded plan always falls short early: the owner
    // declared the hockey stick, so only pace against the curve judges it.
    onTrackClaim && keyResult.curve !== "back-loaded" && projection?.progress != null
      ? detectProjectionMiss(projection.progress, projection.value)
      : null,
  ]);
  const closed = context.objectiveStatus ? CLOSED[context.objectiveStatus] : undefined;
  let health: Health;
  let risk = worstRisk(reasons.map((reason) => reason.risk));
  if (closed) {
    ({ health, risk } = closed);
    // Once closed, pace and staleness are history; only the tripwire record stays.
    reasons = reasons.filter((reason) => reason.code === "tripwire-hit");
  } else if (stale) health = "stale";
  else if (observed.current) health = risk;
  else {
    health = "pending";
    reasons.push({
      code: "no-checkin",
      risk: "at-risk",
      message:
        asOf.slice(0, 10) < cycle.start
          ? `the cycle starts on ${cycle.start}; no check-in yet`
          : `no check-in yet: silence is never green (the first is due by ${addDays(trackingStart(cycle, context.since), context.staleDays)})`,
    });
    risk = worstRisk([risk, "at-risk"]);
  }
  return {
    id: keyResult.id,
    title: keyResult.title,
    progress: progress?.clamped ?? null,
    progressRaw: progress?.raw ?? null,
    expected,
    risk,
    health,
    reasons,
    weight: keyResult.weight ?? 1,
    current: observed.current,
    target: resolved.ok ? targetValue(resolved.target) : null,
    confidence: confidences.at(-1) ?? null,
    projection,
    outsideCycleCheckins: observed.outsideCycle,
  };
}
