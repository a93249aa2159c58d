import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCycle } from "../model/cycle.js";
import { addDays, dayAtShare } from "./cycle-days.js";

describe("dayAtShare", () => {
  it("stays inside the cycle for any share between 0 and 1", () => {
    const cycle = parseCycle("2026-Q3");
    if (!cycle) throw new Error("2026-Q3 is a cycle");
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (share) => {
        const day = dayAtShare(cycle, share);
        return day >= cycle.start && day <= cycle.end;
      }),
    );
  });

  it("adds days across month ends", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});
