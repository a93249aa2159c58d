import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PacingCurve } from "../model/key-result.js";
import {
  applyPacingCurve,
  computeExpectedProgress,
  elapsedShare,
} from "./compute-expected-progress.js";

// Ten days from the first to the last day, so the middle (Jan 6) is exactly half.
const tenDays = { id: "c", start: "2026-01-01", end: "2026-01-11" };
const q3 = { id: "2026-Q3", start: "2026-07-01", end: "2026-09-30" };
const CURVES: PacingCurve[] = ["linear", "back-loaded", "front-loaded", "stepped"];

describe("elapsedShare", () => {
  it("is 0 on the first day, the fraction of days in between, and 1 on the last day", () => {
    expect(elapsedShare(tenDays, "2026-01-01")).toBe(0);
    expect(elapsedShare(tenDays, "2026-01-06")).toBe(0.5);
    expect(elapsedShare(tenDays, "2026-01-11")).toBe(1);
    // Q3 has 91 days between Jul 1 and Sep 30; Aug 15 is day 45.
    expect(elapsedShare(q3, "2026-08-15")).toBeCloseTo(45 / 91, 12);
  });

  it("stays at 0 before the cycle and at 1 after it", () => {
    expect(elapsedShare(tenDays, "2025-12-01")).toBe(0);
    expect(elapsedShare(tenDays, "2026-03-01")).toBe(1);
  });
});

describe("computeExpectedProgress", () => {
  it("follows each curve at the start, middle and end of the cycle", () => {
    const at = (day: string, curve: PacingCurve) => computeExpectedProgress(tenDays, day, curve);
    expect([
      at("2026-01-01", "linear"),
      at("2026-01-06", "linear"),
      at("2026-01-11", "linear"),
    ]).toEqual([0, 0.5, 1]);
    expect([
      at("2026-01-01", "back-loaded"),
      at("2026-01-06", "back-loaded"),
      at("2026-01-11", "back-loaded"),
    ]).toEqual([0, 0.25, 1]);
    expect([
      at("2026-01-01", "front-loaded"),
      at("2026-01-06", "front-loaded"),
      at("2026-01-11", "front-loaded"),
    ]).toEqual([0, 0.75, 1]);
    expect([
      at("2026-01-01", "stepped"),
      at("2026-01-06", "stepped"),
      at("2026-01-11", "stepped"),
    ]).toEqual([0, 1 / 3, 1]);
  });

  it("uses the linear curve when a KR declares none", () => {
    expect(computeExpectedProgress(tenDays, "2026-01-03")).toBeCloseTo(0.2, 12);
  });
});

describe("applyPacingCurve", () => {
  it("starts at 0, ends at 1, stays in [0, 1] and never falls as time passes, for every curve", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CURVES),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (curve, a, b) => {
          const [early, late] = a <= b ? [a, b] : [b, a];
          const e = applyPacingCurve(early, curve);
          const l = applyPacingCurve(late, curve);
          return (
            e >= 0 &&
            l <= 1 &&
            e <= l &&
            applyPacingCurve(0, curve) === 0 &&
            applyPacingCurve(1, curve) === 1
          );
        },
      ),
    );
  });

  it("expects less than linear when back-loaded and more when front-loaded", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.99, noNaN: true }), (t) => {
        return applyPacingCurve(t, "back-loaded") < t && applyPacingCurve(t, "front-loaded") > t;
      }),
    );
  });
});
