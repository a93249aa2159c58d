import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateTheilSen } from "./estimate-trend.js";
import { noise } from "./fixtures/synthetic-series.js";

const index = (n: number) => Array.from({ length: n }, (_, i) => i);

describe("estimateTheilSen", () => {
  it("recovers the slope and intercept of an exact line", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 3, max: 40 }),
        (slope, intercept, n) => {
          const xs = index(n);
          const fit = estimateTheilSen(
            xs,
            xs.map((x) => intercept + slope * x),
          );
          expect(fit.slope).toBe(slope);
          expect(fit.intercept).toBe(intercept);
          expect(fit.lower).toBe(slope);
          expect(fit.upper).toBe(slope);
        },
      ),
    );
  });

  it("keeps the slope inside its own confidence interval", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 3, maxLength: 30 }),
        (ys) => {
          const fit = estimateTheilSen(index(ys.length), ys);
          expect(fit.lower).toBeLessThanOrEqual(fit.slope);
          expect(fit.slope).toBeLessThanOrEqual(fit.upper);
        },
      ),
    );
  });

  it("ignores a few wild outliers", () => {
    const xs = index(20);
    const ys = xs.map((x) => 3 * x);
    ys[4] = 500;
    ys[15] = -500;
    expect(estimateTheilSen(xs, ys).slope).toBe(3);
  });

  it("covers the true slope about 95% of the time on noisy lines", () => {
    let covered = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const e = noise(seed, 13);
      const fit = estimateTheilSen(
        index(13),
        index(13).map((x) => 0.5 * x + (e[x] as number)),
      );
      if (fit.lower <= 0.5 && 0.5 <= fit.upper) covered++;
    }
    expect(covered / 400).toBeGreaterThan(0.9);
    expect(covered / 400).toBeLessThan(0.995);
  });

  it("returns a flat zero slope when every x is the same", () => {
    expect(estimateTheilSen([1, 1, 1], [1, 2, 3]).slope).toBe(0);
  });
});
