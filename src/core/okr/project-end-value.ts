import type { Cycle } from "../model/cycle.js";
import { daysBetween } from "./measure-days.js";

export interface Projection {
  /** Value the least-squares line reaches on the cycle's last day. */
  value: number;
  /** Change per day along that line. */
  slopePerDay: number;
}

/**
 * Projects a KR's value at the cycle end by ordinary least squares over its check-ins
 * (x = days since the cycle start, y = value). Needs two check-ins on different days;
 * otherwise there is no trend and the answer is null.
 * @example projectEndValue([{ at: "2026-07-01", value: 10 }, { at: "2026-07-11", value: 20 }], q3)
 */
export function projectEndValue(
  points: readonly { at: string; value: number }[],
  cycle: Cycle,
): Projection | null {
  if (points.length < 2) return null;
  const xs = points.map((point) => daysBetween(cycle.start, point.at));
  const ys = points.map((point) => point.value);
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < xs.length; i++) {
    const dx = (xs[i] as number) - meanX;
    sxy += dx * ((ys[i] as number) - meanY);
    sxx += dx * dx;
  }
  if (sxx === 0) return null;
  const slopePerDay = sxy / sxx;
  const endX = daysBetween(cycle.start, cycle.end);
  return { value: meanY + slopePerDay * (endX - meanX), slopePerDay };
}
