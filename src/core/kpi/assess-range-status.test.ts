import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessRangeStatus, classifyValue, gapToHealthy } from "./assess-range-status.js";
import { toSeries } from "./fixtures/synthetic-series.js";
import type { KpiRanges } from "./kpi-types.js";

const higher: KpiRanges = {
  direction: "higher-is-better",
  healthy: { min: 40 },
  alert: { below: 35 },
};
const lower: KpiRanges = { direction: "lower-is-better", healthy: { max: 2 }, alert: { above: 3 } };
const within: KpiRanges = {
  direction: "within-range",
  healthy: { min: 3, max: 5 },
  alert: { below: 2, above: 6 },
};

describe("classifyValue", () => {
  it.each([
    [higher, 45, "green"],
    [higher, 40, "green"],
    [higher, 38, "amber"],
    [higher, 34.9, "red"],
    [lower, 1.5, "green"],
    [lower, 2.5, "amber"],
    [lower, 3.5, "red"],
    [within, 4, "green"],
    [within, 2.5, "amber"],
    [within, 5.5, "amber"],
    [within, 1, "red"],
    [within, 7, "red"],
  ] as const)("reads %o at %d as %s", (ranges, value, light) => {
    expect(classifyValue(ranges, value)).toBe(light);
  });

  it("ignores the healthy edge a direction does not watch", () => {
    expect(classifyValue({ direction: "higher-is-better", healthy: { min: 1, max: 2 } }, 9)).toBe(
      "green",
    );
    expect(classifyValue({ direction: "lower-is-better", healthy: { min: 1, max: 2 } }, 0)).toBe(
      "green",
    );
  });

  it("says unknown when the KPI has no range at all", () => {
    expect(classifyValue({}, 5)).toBe("unknown");
  });
});

describe("gapToHealthy", () => {
  it("is zero exactly when the value is green, for any band", () => {
    fc.assert(
      fc.property(
        // Whole numbers keep value + gap exact, so the property is about logic, not rounding.
        fc.integer({ min: -100, max: 100 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: -200, max: 200 }),
        (min, width, value) => {
          const ranges: KpiRanges = { healthy: { min, max: min + width } };
          const gap = gapToHealthy(ranges, value);
          expect(gap === 0).toBe(classifyValue(ranges, value) === "green");
          if (gap !== 0) expect(classifyValue(ranges, value + gap)).toBe("green");
        },
      ),
    );
  });
});

describe("assessRangeStatus", () => {
  it("reports the latest value, how far it is from the band and since when it is in that state", () => {
    const points = toSeries([45, 38, 41, 36, 34, 33]);
    const status = assessRangeStatus(higher, points);
    expect(status).toMatchObject({ status: "red", value: 33, distance: 7, toward: "up" });
    expect(status.since).toBe(points[4]?.at);
  });

  it("reads a lower-is-better KPI back down toward its maximum", () => {
    const status = assessRangeStatus(lower, toSeries([1, 2.6]));
    expect(status).toMatchObject({ status: "amber", toward: "down" });
    expect(status.distance).toBeCloseTo(0.6, 10);
  });

  it("says unknown without any point", () => {
    expect(assessRangeStatus(higher, []).status).toBe("unknown");
  });
});
