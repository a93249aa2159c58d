import { describe, expect, it } from "vitest";
import { noise, toMonthlySeries, toSeries } from "./fixtures/synthetic-series.js";
import { summarizeTrend } from "./summarize-trend.js";

const ranges = { direction: "higher-is-better", healthy: { min: 40 } } as const;

describe("summarizeTrend", () => {
  it("gives the slope per week over the last 13 weeks of a weekly KPI", () => {
    const values = Array.from({ length: 30 }, (_, i) => 50 - 0.5 * i);
    const trend = summarizeTrend(ranges, toSeries(values), "weekly");
    expect(trend).toMatchObject({ slope: -0.5, direction: "falling", periods: 13, per: "weekly" });
  });

  it("gives the slope per month for a monthly KPI despite months of unequal length", () => {
    const trend = summarizeTrend(
      ranges,
      toMonthlySeries(Array.from({ length: 12 }, (_, i) => 40 + 2 * i)),
      "monthly",
    );
    expect(trend?.slope).toBeCloseTo(2, 1);
    expect(trend?.direction).toBe("rising");
  });

  it("calls pure noise flat", () => {
    const trend = summarizeTrend(ranges, toSeries(noise(2, 13, 45, 1)), "weekly");
    expect(trend?.direction).toBe("flat");
  });

  it("counts the review periods in a row out of range", () => {
    const trend = summarizeTrend(ranges, toSeries([45, 44, 39, 38]), "weekly");
    expect(trend?.outOfRangePeriods).toBe(2);
  });

  it("needs three points", () => {
    expect(summarizeTrend(ranges, toSeries([1, 2]), "weekly")).toBeUndefined();
  });
});
