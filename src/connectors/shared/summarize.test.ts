import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { summarize } from "./summarize.js";

const values = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
  minLength: 1,
  maxLength: 50,
});

describe("summarize", () => {
  it("puts the median, mean and p90 between the smallest and largest value", () => {
    fc.assert(
      fc.property(values, (list) => {
        const min = Math.min(...list);
        const max = Math.max(...list);
        for (const statistic of ["median", "mean", "p90"] as const) {
          const value = summarize(list, statistic) as number;
          expect(value).toBeGreaterThanOrEqual(min - 1e-9);
          expect(value).toBeLessThanOrEqual(max + 1e-9);
        }
        expect(summarize(list, "min")).toBe(min);
        expect(summarize(list, "max")).toBe(max);
      }),
    );
  });

  it("takes p90 as one of the values (nearest rank), at or above the median", () => {
    fc.assert(
      fc.property(values, (list) => {
        const p90 = summarize(list, "p90") as number;
        expect(list).toContain(p90);
        expect(p90).toBeGreaterThanOrEqual(summarize(list, "median") as number);
      }),
    );
  });

  it("averages the two middle values of an even-length list for the median", () => {
    expect(summarize([4, 1, 3, 2], "median")).toBe(2.5);
    expect(summarize([5, 1, 3], "median")).toBe(3);
  });

  it("has no median, mean or extreme of nothing, so an empty window never reads as 0", () => {
    for (const statistic of ["median", "mean", "p90", "min", "max"] as const)
      expect(summarize([], statistic)).toBeUndefined();
    expect(summarize([], "count")).toBe(0);
    expect(summarize([], "sum")).toBe(0);
  });
});
