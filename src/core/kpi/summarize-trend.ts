import type { Cadence } from "../model/primitives.js";
import { TREND_PERIODS } from "../thresholds/kpi.js";
import { countOutOfRangePeriods } from "./count-out-of-range-periods.js";
import { estimateTheilSen } from "./estimate-trend.js";
import { dayNumber, periodDays } from "./kpi-dates.js";
import type { KpiRanges, SeriesPoint } from "./kpi-types.js";

export interface TrendSummary {
  /** Theil–Sen slope per period of the KPI's cadence, with its 95% interval. */
  slope: number;
  lower: number;
  upper: number;
  per: Cadence;
  /** rising / falling when the interval excludes zero, else flat. */
  direction: "rising" | "falling" | "flat";
  periods: number;
  from: string;
  to: string;
  /** Review periods in a row, ending now, that closed amber or red. */
  outOfRangePeriods: number;
}

/** The trend over the last N periods (per cadence by default) and the out-of-range streak. */
export function summarizeTrend(
  ranges: KpiRanges,
  points: readonly SeriesPoint[],
  cadence: Cadence,
  periods: number = TREND_PERIODS[cadence],
): TrendSummary | undefined {
  const window = points.slice(-periods);
  if (window.length < 3) return undefined;
  const days = periodDays(cadence);
  const first = dayNumber((window[0] as SeriesPoint).at);
  const xs = window.map((p) => (dayNumber(p.at) - first) / days);
  const fit = estimateTheilSen(
    xs,
    window.map((p) => p.value),
  );
  return {
    slope: fit.slope,
    lower: fit.lower,
    upper: fit.upper,
    per: cadence,
    direction: fit.lower > 0 ? "rising" : fit.upper < 0 ? "falling" : "flat",
    periods: window.length,
    from: (window[0] as SeriesPoint).at,
    to: (window.at(-1) as SeriesPoint).at,
    outOfRangePeriods: countOutOfRangePeriods(ranges, points, cadence),
  };
}
