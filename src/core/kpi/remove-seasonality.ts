import type { Cadence } from "../model/primitives.js";
import { WEEKS_PER_YEAR } from "../thresholds/kpi.js";
import { periodIndex } from "./kpi-dates.js";
import type { SeriesPoint } from "./kpi-types.js";

const PERIODS_PER_YEAR: Partial<Record<Cadence, number>> = {
  weekly: WEEKS_PER_YEAR,
  monthly: 12,
  quarterly: 4,
};

/**
 * The seasonal baseline: each value minus the value of the same period a year earlier
 * (same week 52 weeks back, same month, same quarter). Points without a value a year
 * earlier are dropped; undefined for cadences without a yearly season (daily).
 */
export function removeSeasonality(
  points: readonly SeriesPoint[],
  cadence: Cadence,
): SeriesPoint[] | undefined {
  const perYear = PERIODS_PER_YEAR[cadence];
  if (perYear === undefined) return undefined;
  const byPeriod = new Map<number, number>();
  for (const point of points) byPeriod.set(periodIndex(point.at, cadence), point.value);
  const result: SeriesPoint[] = [];
  for (const point of points) {
    const lastYear = byPeriod.get(periodIndex(point.at, cadence) - perYear);
    if (lastYear !== undefined) result.push({ at: point.at, value: point.value - lastYear });
  }
  return result;
}
