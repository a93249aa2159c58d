import type { KillCriterion, TripwireDecision } from "../model/kill-criterion.js";

type TripwireKind = "metric" | "date" | "metric-and-date";
type TripwireState = "fired" | "armed" | "unknown";

export interface TripwireResult {
  kind: TripwireKind;
  state: TripwireState;
  metric?: string;
  by?: string;
  /** The metric value the threshold was checked against. */
  value?: number;
  message: string;
  decision?: TripwireDecision;
}

/** The value of a KR or KPI as it stood at the end of a day; undefined when never measured. */
export type MetricLookup = (metric: string, day: string) => number | undefined;

function thresholdText(criterion: KillCriterion): string {
  const parts: string[] = [];
  if (criterion.below !== undefined) parts.push(`below ${criterion.below}`);
  if (criterion.above !== undefined) parts.push(`above ${criterion.above}`);
  return parts.join(" or ");
}

function crosses(criterion: KillCriterion, value: number): boolean {
  return (
    (criterion.below !== undefined && value < criterion.below) ||
    (criterion.above !== undefined && value > criterion.above)
  );
}

function withDecision(result: TripwireResult, criterion: KillCriterion): TripwireResult {
  return criterion.decision ? { ...result, decision: criterion.decision } : result;
}

/**
 * Evaluates one kill criterion at `asOf`. A date alone fires once the day is reached (the
 * stop-or-continue checkpoint). A threshold alone fires while the latest value crosses
 * it. Both together read "still below 40 by Aug 15": armed until the day, then judged on
 * the value standing on that day, so a later recovery does not hide that the wire was hit.
 */
export function evaluateTripwire(
  criterion: KillCriterion,
  lookup: MetricLookup,
  asOf: string,
): TripwireResult {
  const { metric, by } = criterion;
  const base = { ...(metric !== undefined && { metric }), ...(by !== undefined && { by }) };
  if (metric === undefined) {
    const kind = "date" as const;
    if (by !== undefined && asOf.slice(0, 10) >= by)
      return withDecision(
        { ...base, kind, state: "fired", message: `checkpoint ${by} reached` },
        criterion,
      );
    return withDecision(
      { ...base, kind, state: "armed", message: `checkpoint on ${by}` },
      criterion,
    );
  }
  const kind = by === undefined ? "metric" : "metric-and-date";
  if (by !== undefined && asOf.slice(0, 10) < by)
    return withDecision(
      {
        ...base,
        kind,
        state: "armed",
        message: `${metric} ${thresholdText(criterion)} is checked on ${by}`,
      },
      criterion,
    );
  const value = lookup(metric, by ?? asOf);
  if (value === undefined)
    return withDecision(
      {
        ...base,
        kind,
        state: "unknown",
        message: `${metric} has no value to check against ${thresholdText(criterion)}`,
      },
      criterion,
    );
  const when = by === undefined ? "" : ` on ${by}`;
  const state = crosses(criterion, value) ? "fired" : "armed";
  const message =
    state === "fired"
      ? `${metric} was ${value}${when}, ${thresholdText(criterion)}`
      : `${metric} is ${value}${when}, not ${thresholdText(criterion)}`;
  return withDecision({ ...base, kind, state, value, message }, criterion);
}
