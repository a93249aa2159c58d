import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "./measure-days.js";
import { projectEndValue } from "./project-end-value.js";

const tenDays = { id: "c", start: "2026-01-01", end: "2026-01-11" };

describe("projectEndValue", () => {
  it("extends a straight-line trend to the cycle's last day", () => {
    // 10 on day 0, 14 on day 2: +2 a day, so 30 on day 10.
    const projection = projectEndValue(
      [
        { at: "2026-01-01", value: 10 },
        { at: "2026-01-03", value: 14 },
      ],
      tenDays,
    );
    expect(projection?.slopePerDay).toBeCloseTo(2, 12);
    expect(projection?.value).toBeCloseTo(30, 12);
  });

  it("fits the least-squares line through scattered check-ins", () => {
    // x = 0, 2, 4; y = 10, 16, 14: slope = Σdxdy/Σdx² = (−2·−3.33 + 0 + 2·0.67)/8 = 1, mean (2, 13.33), end = 13.33 + 8 = 21.33.
    const projection = projectEndValue(
      [
        { at: "2026-01-01", value: 10 },
        { at: "2026-01-03", value: 16 },
        { at: "2026-01-05", value: 14 },
      ],
      tenDays,
    );
    expect(projection?.slopePerDay).toBeCloseTo(1, 12);
    expect(projection?.value).toBeCloseTo(64 / 3, 12);
  });

  it("has no projection from fewer than two check-ins or from check-ins on one instant", () => {
    expect(projectEndValue([{ at: "2026-01-02", value: 1 }], tenDays)).toBeNull();
    expect(
      projectEndValue(
        [
          { at: "2026-01-02", value: 1 },
          { at: "2026-01-02", value: 3 },
        ],
        tenDays,
      ),
    ).toBeNull();
  });

  it("reproduces any line exactly when the check-ins lie on it", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.uniqueArray(fc.integer({ min: 0, max: 10 }), { minLength: 2, maxLength: 8 }),
        (intercept, slope, days) => {
          const points = days.map((d) => ({
            at: addDays("2026-01-01", d),
            value: intercept + slope * d,
          }));
          const projection = projectEndValue(points, tenDays);
          expect(projection?.value).toBeCloseTo(intercept + slope * 10, 6);
        },
      ),
    );
  });
});
