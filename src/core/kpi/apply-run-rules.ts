import {
  RULE_FOUR_OF_FIVE,
  RULE_TWO_OF_THREE,
  RUN_ON_ONE_SIDE,
  RUN_TRENDING,
} from "../thresholds/kpi.js";
import type { SeriesPoint, SignalRule, XmrLimits } from "./kpi-types.js";

/** Rule order for the bit mask: bit 2·r is the rule above (or rising), 2·r + 1 below. */
export const RULES: readonly SignalRule[] = [
  "beyond-limits",
  "two-of-three-beyond-2-sigma",
  "four-of-five-beyond-1-sigma",
  "eight-on-one-side",
  "six-trending",
];

type Side = 1 | -1;

/** Whether `hits` of the `window` points ending at `end` lie beyond `sigmas`·σ on `side`. */
function zoneRule(
  points: readonly SeriesPoint[],
  end: number,
  limits: XmrLimits,
  spec: { hits: number; window: number; sigmas: number },
  side: Side,
): boolean {
  let count = 0;
  for (let j = end - spec.window + 1; j <= end; j++)
    if (((points[j] as SeriesPoint).value - limits.center) * side > spec.sigmas * limits.sigma)
      count++;
  return count >= spec.hits;
}

/** Whether the `length` points ending at `end` all sit on `side` of the centre. */
function runOnSide(
  points: readonly SeriesPoint[],
  end: number,
  length: number,
  centre: number,
  side: Side,
) {
  for (let j = end - length + 1; j <= end; j++)
    if (((points[j] as SeriesPoint).value - centre) * side <= 0) return false;
  return true;
}

/** Whether the `length` points ending at `end` all move the same way (side 1 rising). */
function isMonotone(points: readonly SeriesPoint[], end: number, length: number, side: Side) {
  for (let j = end - length + 2; j <= end; j++)
    if (((points[j] as SeriesPoint).value - (points[j - 1] as SeriesPoint).value) * side <= 0)
      return false;
  return true;
}

/**
 * The Western Electric / Nelson rules that point `i` completes, as a bit mask over
 * `RULES`, looking back no further than `start` (the first point after the last confirmed
 * shift). Zone rules count only when the point itself is in the zone, so a rule fires on
 * the point that completes it. A mask keeps this hot loop free of allocations.
 */
export function applyRunRules(
  points: readonly SeriesPoint[],
  i: number,
  start: number,
  limits: XmrLimits,
): number {
  let mask = 0;
  const value = (points[i] as SeriesPoint).value;
  const available = i - start + 1;
  for (let s = 0; s < 2; s++) {
    const side: Side = s === 0 ? 1 : -1;
    const deviation = (value - limits.center) * side;
    if (side === 1 ? value > limits.upper : value < limits.lower) mask |= 1 << s;
    if (
      available >= RULE_TWO_OF_THREE.window &&
      deviation > RULE_TWO_OF_THREE.sigmas * limits.sigma &&
      zoneRule(points, i, limits, RULE_TWO_OF_THREE, side)
    )
      mask |= 1 << (2 + s);
    if (
      available >= RULE_FOUR_OF_FIVE.window &&
      deviation > RULE_FOUR_OF_FIVE.sigmas * limits.sigma &&
      zoneRule(points, i, limits, RULE_FOUR_OF_FIVE, side)
    )
      mask |= 1 << (4 + s);
    if (
      available >= RUN_ON_ONE_SIDE &&
      deviation > 0 &&
      runOnSide(points, i, RUN_ON_ONE_SIDE, limits.center, side)
    )
      mask |= 1 << (6 + s);
    if (available >= RUN_TRENDING && isMonotone(points, i, RUN_TRENDING, side))
      mask |= 1 << (8 + s);
  }
  return mask;
}
