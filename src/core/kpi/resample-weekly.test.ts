import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toSeries } from "./fixtures/synthetic-series.js";
import { resampleWeekly } from "./resample-weekly.js";

describe("resampleWeekly", () => {
  it("averages the values that fall in one week", () => {
    const daily = toSeries([1, 2, 3, 4, 5, 6, 7, 8], 1, "2024-01-01");
    expect(resampleWeekly(daily).values).toEqual([4, 8]);
  });

  it("draws a straight line across weeks without a value", () => {
    const points = [
      { at: "2024-01-01", value: 10 },
      { at: "2024-01-29", value: 30 },
    ];
    expect(resampleWeekly(points).values).toEqual([10, 15, 20, 25, 30]);
  });

  it("has one value per week from the first to the last measured week", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: 0, max: 2000 }),
            value: fc.integer({ min: -100, max: 100 }),
          }),
          {
            minLength: 1,
            maxLength: 40,
          },
        ),
        (rows) => {
          const points = rows.map((r) => ({
            at: new Date(Date.UTC(2020, 0, 1 + r.day)).toISOString().slice(0, 10),
            value: r.value,
          }));
          const { values } = resampleWeekly(points);
          const days = rows.map((r) => r.day);
          const span = Math.max(...days) - Math.min(...days);
          expect(values.length).toBeGreaterThanOrEqual(Math.floor(span / 7));
          expect(values.length).toBeLessThanOrEqual(Math.floor(span / 7) + 2);
          for (const v of values) {
            expect(v).toBeGreaterThanOrEqual(Math.min(...rows.map((r) => r.value)) - 1e-9);
            expect(v).toBeLessThanOrEqual(Math.max(...rows.map((r) => r.value)) + 1e-9);
          }
        },
      ),
    );
  });
});
