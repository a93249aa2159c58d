import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TimeWindow, windowStart } from "./time-window.js";

describe("windowStart", () => {
  it("starts exactly n hours, days or weeks before asOf", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.constantFrom(["h", 3_600_000], ["d", 86_400_000], ["w", 604_800_000]),
        (n, [unit, ms]) => {
          const asOf = new Date("2026-07-15T00:00:00Z");
          expect(asOf.getTime() - windowStart(`${n}${unit}`, asOf).getTime()).toBe(
            n * (ms as number),
          );
        },
      ),
    );
  });
});

describe("TimeWindow", () => {
  it("accepts a positive count and one unit, nothing else", () => {
    for (const ok of ["24h", "7d", "4w"]) expect(TimeWindow.safeParse(ok).success).toBe(true);
    for (const bad of ["0d", "7", "7 days", "-1d", "1m", "d7"])
      expect(TimeWindow.safeParse(bad).success).toBe(false);
  });
});
