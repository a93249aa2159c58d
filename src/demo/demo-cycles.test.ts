import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween } from "./calendar.js";
import { demoCycles } from "./demo-cycles.js";

const day = fc
  .date({
    min: new Date("2024-01-01T00:00:00Z"),
    max: new Date("2030-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe("demoCycles", () => {
  it("names 13-week quarters after the calendar quarter holding their middle", () => {
    expect(demoCycles("2026-12-04")).toEqual({
      previous: { id: "q3-2026", name: "Q3 2026", start: "2026-07-06", end: "2026-10-04" },
      live: { id: "q4-2026", name: "Q4 2026", start: "2026-10-05", end: "2027-01-03" },
      next: { id: "q1-2027", name: "Q1 2027", start: "2027-01-04", end: "2027-04-04" },
    });
  });

  it("puts asOf in the live quarter's ninth week and the three quarters end to end, whatever the day", () => {
    fc.assert(
      fc.property(day, (asOf) => {
        const { previous, live, next } = demoCycles(asOf);
        const elapsed = daysBetween(live.start, asOf);
        expect(elapsed >= 56 && elapsed <= 62).toBe(true);
        for (const cycle of [previous, live, next]) {
          expect(daysBetween(cycle.start, cycle.end)).toBe(90);
          expect(new Date(`${cycle.start}T00:00:00Z`).getUTCDay()).toBe(1);
        }
        expect(addDays(previous.end, 1)).toBe(live.start);
        expect(addDays(live.end, 1)).toBe(next.start);
        expect(new Set([previous.id, live.id, next.id]).size).toBe(3);
      }),
    );
  });
});
