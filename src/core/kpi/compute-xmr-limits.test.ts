import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { XMR_LIMIT_FACTOR, XMR_RANGE_FACTOR } from "../thresholds/kpi.js";
import { computeXmrLimits } from "./compute-xmr-limits.js";
import { toSeries } from "./fixtures/synthetic-series.js";

const values = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
  minLength: 2,
  maxLength: 60,
});

describe("computeXmrLimits", () => {
  it("puts the limits at the mean ± 2.66 times the average moving range", () => {
    // mean 12, moving ranges 4, 4, 4 → mR̄ 4
    const limits = computeXmrLimits(toSeries([10, 14, 10, 14]));
    expect(limits.center).toBe(12);
    expect(limits.averageMovingRange).toBe(4);
    expect(limits.upper).toBeCloseTo(12 + XMR_LIMIT_FACTOR * 4, 10);
    expect(limits.lower).toBeCloseTo(12 - XMR_LIMIT_FACTOR * 4, 10);
    expect(limits.upperRangeLimit).toBeCloseTo(XMR_RANGE_FACTOR * 4, 10);
    expect(limits.sigma).toBeCloseTo(4 / 1.128, 10);
  });

  it("uses only the points of the requested window", () => {
    const points = toSeries([100, 10, 14, 10, 14, 100]);
    const limits = computeXmrLimits(points, 1, 5);
    expect(limits.center).toBe(12);
    expect(limits.baselineFrom).toBe(points[1]?.at);
    expect(limits.baselineTo).toBe(points[4]?.at);
  });

  it("refuses fewer than two points", () => {
    expect(() => computeXmrLimits(toSeries([1]))).toThrow(RangeError);
  });

  it("keeps the limits symmetric around a centre inside the data's range", () => {
    fc.assert(
      fc.property(values, (xs) => {
        const limits = computeXmrLimits(toSeries(xs));
        const tolerance = 1e-6 * (1 + Math.abs(limits.center));
        expect(limits.upper - limits.center).toBeCloseTo(limits.center - limits.lower, 3);
        expect(limits.center).toBeGreaterThanOrEqual(Math.min(...xs) - tolerance);
        expect(limits.center).toBeLessThanOrEqual(Math.max(...xs) + tolerance);
        expect(limits.averageMovingRange).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("moves the centre with a constant shift and leaves the width unchanged", () => {
    fc.assert(
      fc.property(values, fc.double({ min: -1000, max: 1000, noNaN: true }), (xs, shift) => {
        const base = computeXmrLimits(toSeries(xs));
        const moved = computeXmrLimits(toSeries(xs.map((x) => x + shift)));
        expect(moved.center).toBeCloseTo(base.center + shift, 3);
        expect(moved.averageMovingRange).toBeCloseTo(base.averageMovingRange, 3);
      }),
    );
  });
});
