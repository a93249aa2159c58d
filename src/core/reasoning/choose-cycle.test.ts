import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, chooseCycle, dayAtShare } from "./choose-cycle.js";

describe("chooseCycle", () => {
  it("uses the half the decision names", () => {
    expect(chooseCycle("expand into EMEA in H2", "2026-03-10")).toEqual({
      id: "2026-H2",
      start: "2026-07-01",
      end: "2026-12-31",
    });
  });

  it("moves a named period that has already ended to next year", () => {
    expect(chooseCycle("launch in Q1", "2026-05-20").id).toBe("2027-Q1");
  });

  it("defaults to the quarter after asOf, wrapping the year", () => {
    expect(chooseCycle("raise prices", "2026-05-20").id).toBe("2026-Q3");
    expect(chooseCycle("raise prices", "2026-11-02").id).toBe("2027-Q1");
  });
});

describe("dayAtShare", () => {
  it("stays inside the cycle for any share between 0 and 1", () => {
    const cycle = chooseCycle("x", "2026-05-20");
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
