import type { KrTarget } from "./resolve-kr-target.js";

export interface Progress {
  /** Unclamped: below 0 when the value moved the wrong way, above 1 past the target. */
  raw: number;
  /** Clamped to [0, 1] for display and roll-ups. */
  clamped: number;
}

function distanceToBand(value: number, min: number, max: number): number {
  if (value < min) return min - value;
  if (value > max) return value - max;
  return 0;
}

/**
 * Progress of a value toward a KR target: (current − from) / (to − from), which is
 * direction-aware by construction (a "reduce" KR has to < from). For a band the
 * distance to the band shrinks from the baseline's to zero: 1 − d(current) / d(from),
 * equal to the line formula while the value approaches the nearest edge, and falling
 * again when it overshoots past the far edge.
 * @example computeProgress({ kind: "line", from: 14, to: 5 }, 8) // { raw: 0.667, clamped: 0.667 }
 */
export function computeProgress(target: KrTarget, current: number): Progress {
  const raw =
    target.kind === "line"
      ? (current - target.from) / (target.to - target.from)
      : 1 -
        distanceToBand(current, target.min, target.max) /
          distanceToBand(target.from, target.min, target.max);
  // `+ 0` turns the −0 a decrease KR yields at its baseline into 0.
  return { raw: raw + 0, clamped: Math.min(1, Math.max(0, raw)) + 0 };
}
