import { MOVING_RANGE_D2, XMR_LIMIT_FACTOR, XMR_RANGE_FACTOR } from "../thresholds/kpi.js";
import type { SeriesPoint, XmrLimits } from "./kpi-types.js";

/**
 * XmR limits over `points[from, to)`: centre = mean, limits = mean ± 2.66 × mR̄, upper
 * range limit = 3.268 × mR̄ (Wheeler). Needs at least two points.
 */
export function computeXmrLimits(
  points: readonly SeriesPoint[],
  from = 0,
  to = points.length,
): XmrLimits {
  const count = to - from;
  if (count < 2) throw new RangeError("XmR limits need at least two points");
  let sum = 0;
  let rangeSum = 0;
  let previous = (points[from] as SeriesPoint).value;
  for (let i = from; i < to; i++) {
    const value = (points[i] as SeriesPoint).value;
    sum += value;
    if (i > from) rangeSum += Math.abs(value - previous);
    previous = value;
  }
  return xmrLimitsFromSums(
    sum,
    rangeSum,
    count,
    (points[from] as SeriesPoint).at,
    (points[to - 1] as SeriesPoint).at,
  );
}

/** XmR limits from running totals, so a growing baseline costs O(1) per point. */
export function xmrLimitsFromSums(
  sum: number,
  rangeSum: number,
  count: number,
  baselineFrom: string,
  baselineTo: string,
): XmrLimits {
  const center = sum / count;
  const averageMovingRange = rangeSum / (count - 1);
  return {
    center,
    lower: center - XMR_LIMIT_FACTOR * averageMovingRange,
    upper: center + XMR_LIMIT_FACTOR * averageMovingRange,
    averageMovingRange,
    upperRangeLimit: XMR_RANGE_FACTOR * averageMovingRange,
    sigma: averageMovingRange / MOVING_RANGE_D2,
    baselineFrom,
    baselineTo,
  };
}
