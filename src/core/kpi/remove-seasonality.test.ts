import { describe, expect, it } from "vitest";
import { detectSignals } from "./detect-signals.js";
import { noise, toMonthlySeries, toSeries } from "./fixtures/synthetic-series.js";
import { removeSeasonality } from "./remove-seasonality.js";

/** Three years of months with a dip every August and December, plus noise. */
function seasonalMonths(seed: number): number[] {
  const e = noise(seed, 36, 0, 0.05);
  return e.map((x, m) => 3 + x - ([7, 11].includes(m % 12) ? 1 : 0));
}

describe("removeSeasonality", () => {
  it("subtracts the same month a year earlier and drops the first year", () => {
    const points = toMonthlySeries([...Array(12).fill(10), ...Array(12).fill(12)]);
    const result = removeSeasonality(points, "monthly");
    expect(result).toHaveLength(12);
    expect(result?.every((p) => p.value === 2)).toBe(true);
    expect(result?.[0]?.at).toBe("2025-01-31");
  });

  it("matches a week with the same week 52 weeks earlier", () => {
    const points = toSeries(Array.from({ length: 60 }, (_, i) => i));
    expect(removeSeasonality(points, "weekly")?.map((p) => p.value)).toEqual(Array(8).fill(52));
  });

  it("has no yearly season for a daily KPI", () => {
    expect(removeSeasonality(toSeries([1, 2], 1), "daily")).toBeUndefined();
  });

  it("reveals an unseasonal drop that the yearly swings hide from the raw chart", () => {
    const values = seasonalMonths(7);
    values[33] = (values[33] as number) - 0.5;
    values[34] = (values[34] as number) - 0.5;
    const points = toMonthlySeries(values);
    const raw = detectSignals(points, { name: "Pipeline coverage", cadence: "monthly" });
    const deseasoned = removeSeasonality(points, "monthly") ?? [];
    const seasonal = detectSignals(deseasoned, { name: "Pipeline coverage", cadence: "monthly" });
    expect(raw.signals).toEqual([]);
    expect(seasonal.signals.map((s) => [s.rule, s.at])).toContainEqual([
      "beyond-limits",
      points[33]?.at,
    ]);
  });
});
