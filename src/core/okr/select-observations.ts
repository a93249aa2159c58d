import type { Checkin } from "../model/checkin.js";
import type { Cycle } from "../model/cycle.js";
import type { MeasurementPoint } from "../model/measurement.js";
import { endOfDayMs, toEpochMs } from "./measure-days.js";

/** The value a KR stands at, and where it came from. */
export interface CurrentValue {
  value: number;
  at: string;
  source: "checkin" | "kpi";
}

export interface Observations {
  /** Check-ins inside the cycle and on or before asOf, oldest first. */
  checkins: Checkin[];
  current: CurrentValue | null;
  /** Check-ins dated before the cycle starts or after it ends; they count for nothing. */
  outsideCycle: number;
}

function windowOf(cycle: Cycle, asOf: string): { start: number; end: number } {
  const asOfEnd = endOfDayMs(asOf);
  const cycleEnd = endOfDayMs(cycle.end);
  return { start: toEpochMs(cycle.start), end: Math.min(asOfEnd, cycleEnd) };
}

function inWindow(at: string, window: { start: number; end: number }): boolean {
  const ms = toEpochMs(at);
  return ms >= window.start && ms < window.end;
}

function latest<T extends { at: string }>(points: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const point of points) if (!best || toEpochMs(point.at) >= toEpochMs(best.at)) best = point;
  return best;
}

/**
 * What a KR's tracking rests on at `asOf`. Only check-ins inside the cycle count: one
 * dated before the start belongs to the previous time box (the baseline is `from`), one
 * after the end was written once the goal was over, and one after `asOf` has not happened
 * yet. The current value is the latest counted check-in, or the linked KPI's latest
 * measurement in the same window when that is newer.
 */
export function selectObservations(
  checkins: readonly Checkin[],
  kpiMeasurements: readonly MeasurementPoint[],
  cycle: Cycle,
  asOf: string,
): Observations {
  const window = windowOf(cycle, asOf);
  const cycleStart = toEpochMs(cycle.start);
  const cycleEnd = endOfDayMs(cycle.end);
  const counted = checkins
    .filter((checkin) => inWindow(checkin.at, window))
    .sort((a, b) => toEpochMs(a.at) - toEpochMs(b.at));
  const outsideCycle = checkins.filter((checkin) => {
    const ms = toEpochMs(checkin.at);
    return ms < cycleStart || ms >= cycleEnd;
  }).length;
  const lastCheckin = counted.at(-1);
  const lastMeasurement = latest(kpiMeasurements.filter((point) => inWindow(point.at, window)));
  let current: CurrentValue | null = null;
  if (lastCheckin) current = { value: lastCheckin.value, at: lastCheckin.at, source: "checkin" };
  if (lastMeasurement && (!current || toEpochMs(lastMeasurement.at) > toEpochMs(current.at)))
    current = { value: lastMeasurement.value, at: lastMeasurement.at, source: "kpi" };
  return { checkins: counted, current, outsideCycle };
}
