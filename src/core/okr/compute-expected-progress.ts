import type { Cycle } from "../model/cycle.js";
import type { PacingCurve } from "../model/key-result.js";
import { STEPPED_PACING_STEPS } from "../thresholds/okr.js";
import { daysBetween } from "./measure-days.js";

/**
 * Share of the cycle elapsed at `asOf`, in [0, 1]: 0 on the first day, 1 on the last
 * day (`cycle.end` is the last day included) and after.
 */
export function elapsedShare(cycle: Cycle, asOf: string): number {
  const length = daysBetween(cycle.start, cycle.end);
  const elapsed = daysBetween(cycle.start, asOf.slice(0, 10));
  if (length <= 0) return elapsed >= 0 ? 1 : 0;
  return Math.min(1, Math.max(0, elapsed / length));
}

/**
 * Expected progress for an elapsed share `t` under a pacing curve.
 * - linear: t — the default (docs/okr-tracking.md), the same amount of progress each week.
 * - back-loaded: t² — outcomes lag the work that drives them (a lagging metric moves
 *   after its leading indicators, docs/kpi-health.md); the classic "hockey stick" plan:
 *   half the cycle gone, a quarter of the progress expected.
 * - front-loaded: 1 − (1 − t)² — the mirror image: quick wins first, then diminishing
 *   returns; half the cycle gone, three quarters expected.
 * - stepped: ⌊t·3⌋ / 3 — value ships in monthly releases (a quarter has three), so the
 *   expectation jumps at each month boundary and stays flat in between.
 */
export function applyPacingCurve(t: number, curve: PacingCurve = "linear"): number {
  switch (curve) {
    case "linear":
      return t;
    case "back-loaded":
      return t * t;
    case "front-loaded":
      return 1 - (1 - t) * (1 - t);
    case "stepped":
      return Math.floor(t * STEPPED_PACING_STEPS) / STEPPED_PACING_STEPS;
  }
}

/** Expected progress of a KR at `asOf`: the elapsed share of its cycle through its curve. */
export function computeExpectedProgress(cycle: Cycle, asOf: string, curve?: PacingCurve): number {
  return applyPacingCurve(elapsedShare(cycle, asOf), curve);
}
