import { describe, expect, it } from "vitest";
import { countOutOfRangePeriods } from "./count-out-of-range-periods.js";
import { toMonthlySeries, toSeries } from "./fixtures/synthetic-series.js";
import type { KpiRanges } from "./kpi-types.js";

const ranges: KpiRanges = {
  direction: "higher-is-better",
  healthy: { min: 40 },
  alert: { below: 35 },
};

describe("countOutOfRangePeriods", () => {
  it("counts the latest weeks in a row that closed amber or red", () => {
    expect(countOutOfRangePeriods(ranges, toSeries([45, 41, 39, 34]), "weekly")).toBe(2);
  });

  it("is zero when the latest period is green", () => {
    expect(countOutOfRangePeriods(ranges, toSeries([30, 30, 41]), "weekly")).toBe(0);
  });

  it("reads a period by its last value, so a daily KPI that recovered by Sunday is not counted", () => {
    // Two Monday-to-Sunday weeks of daily values: the first ends green, the second red.
    const days = [30, 30, 30, 30, 30, 30, 45, 30, 30, 30, 30, 30, 30, 30];
    expect(countOutOfRangePeriods(ranges, toSeries(days, 1, "2024-01-01"), "daily")).toBe(1);
  });

  it("stops at a period without a value", () => {
    const points = [
      { at: "2024-01-31", value: 30 },
      { at: "2024-03-31", value: 30 },
    ];
    expect(countOutOfRangePeriods(ranges, points, "monthly")).toBe(1);
  });

  it("counts months for a monthly KPI", () => {
    expect(countOutOfRangePeriods(ranges, toMonthlySeries([41, 38, 37, 36]), "monthly")).toBe(3);
  });
});
