import type { Cadence } from "../model/primitives.js";
import { classifyValue } from "./assess-range-status.js";
import { periodIndex } from "./kpi-dates.js";
import type { KpiRanges, SeriesPoint } from "./kpi-types.js";

/**
 * How many review periods in a row, ending with the latest, closed amber or red. A
 * period is read by its last value; a period with no value breaks the run, because
 * nobody can review what was not measured. Daily KPIs are reviewed weekly.
 */
export function countOutOfRangePeriods(
  ranges: KpiRanges,
  points: readonly SeriesPoint[],
  cadence: Cadence,
): number {
  let count = 0;
  let period: number | undefined;
  for (let i = points.length - 1; i >= 0; i--) {
    const point = points[i] as SeriesPoint;
    const index = periodIndex(point.at, cadence);
    if (index === period) continue;
    if (period !== undefined && index !== period - 1) break;
    period = index;
    const light = classifyValue(ranges, point.value);
    if (light !== "amber" && light !== "red") break;
    count++;
  }
  return count;
}
