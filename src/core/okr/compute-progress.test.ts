import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeProgress } from "./compute-progress.js";

const increase = { kind: "line", from: 20, to: 30 } as const;
const decrease = { kind: "line", from: 14, to: 5 } as const;
const band = { kind: "band", from: 10, min: 20, max: 30 } as const;

describe("computeProgress", () => {
  it("measures an increase KR as the share of the way from baseline to target", () => {
    expect(computeProgress(increase, 20)).toEqual({ raw: 0, clamped: 0 });
    expect(computeProgress(increase, 25)).toEqual({ raw: 0.5, clamped: 0.5 });
    expect(computeProgress(increase, 30)).toEqual({ raw: 1, clamped: 1 });
  });

  it("measures a decrease KR the same way because to < from flips the sign", () => {
    // 14 → 8 is 6 of the 9 days to cut.
    expect(computeProgress(decrease, 8).raw).toBeCloseTo(6 / 9, 12);
    expect(computeProgress(decrease, 5).raw).toBe(1);
  });

  it("keeps the raw value past the target and below the baseline, and clamps the display value", () => {
    expect(computeProgress(increase, 35)).toEqual({ raw: 1.5, clamped: 1 });
    expect(computeProgress(increase, 15)).toEqual({ raw: -0.5, clamped: 0 });
    expect(computeProgress(decrease, 17)).toEqual({ raw: -1 / 3, clamped: 0 });
  });

  it("measures a band KR by the shrinking distance to the band, and counts the band as done", () => {
    expect(computeProgress(band, 15).raw).toBe(0.5);
    expect(computeProgress(band, 20).raw).toBe(1);
    expect(computeProgress(band, 27).raw).toBe(1);
    // Overshooting by 5 past the far edge is as far from done as being 5 short of it.
    expect(computeProgress(band, 35).raw).toBe(0.5);
    expect(computeProgress(band, 0)).toEqual({ raw: -1, clamped: 0 });
  });

  it("approaches a band from above when the baseline is above it", () => {
    expect(computeProgress({ kind: "band", from: 50, min: 20, max: 30 }, 40).raw).toBe(0.5);
  });

  const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const line = fc
    .tuple(finite, finite)
    .filter(([from, to]) => Math.abs(from - to) > 1e-3)
    .map(([from, to]) => ({ kind: "line" as const, from, to }));

  it("always clamps progress into [0, 1]", () => {
    fc.assert(
      fc.property(line, finite, (target, value) => {
        const { clamped } = computeProgress(target, value);
        return clamped >= 0 && clamped <= 1;
      }),
    );
  });

  it("never decreases as the value rises on an increase KR, and never increases on a decrease KR", () => {
    fc.assert(
      fc.property(line, finite, finite, (target, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const pLow = computeProgress(target, low).raw;
        const pHigh = computeProgress(target, high).raw;
        return target.to > target.from ? pLow <= pHigh : pLow >= pHigh;
      }),
    );
  });

  it("gives 0 at the baseline and 1 at the target for any line KR", () => {
    fc.assert(
      fc.property(line, (target) => {
        expect(computeProgress(target, target.from).raw).toBe(0);
        expect(computeProgress(target, target.to).raw).toBeCloseTo(1, 9);
      }),
    );
  });
});
