import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  mondayOnOrBefore,
  monthlyDates,
  monthsBetween,
  previousQuarter,
  quarterOf,
  weeklyDates,
} from "./calendar.js";

const day = fc
  .date({
    min: new Date("2000-01-01T00:00:00Z"),
    max: new Date("2099-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe("weeklyDates", () => {
  it("returns the requested number of Mondays, a week apart, the last on or before asOf", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 120 }), (asOf, count) => {
        const dates = weeklyDates(asOf, count);
        expect(dates).toHaveLength(count);
        for (const d of dates) expect(new Date(`${d}T00:00:00Z`).getUTCDay()).toBe(1);
        for (let i = 1; i < dates.length; i++)
          expect(daysBetween(dates[i - 1] as string, dates[i] as string)).toBe(7);
        const last = dates.at(-1) as string;
        expect(last <= asOf && daysBetween(last, asOf) < 7).toBe(true);
      }),
    );
  });
});

describe("monthlyDates", () => {
  it("returns consecutive month ends, the last being the latest month end on or before asOf", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 36 }), (asOf, count) => {
        const dates = monthlyDates(asOf, count);
        expect(dates).toHaveLength(count);
        for (const d of dates) expect(addDays(d, 1).slice(8)).toBe("01");
        for (let i = 1; i < dates.length; i++)
          expect(monthsBetween(dates[i - 1] as string, dates[i] as string)).toBe(1);
        const last = dates.at(-1) as string;
        expect(last <= asOf).toBe(true);
        expect(monthsBetween(last, asOf) <= 1).toBe(true);
      }),
    );
  });

  it("counts asOf's own month when asOf is its last day", () => {
    expect(monthlyDates("2026-10-31", 2)).toEqual(["2026-09-30", "2026-10-31"]);
    expect(monthlyDates("2026-10-30", 2)).toEqual(["2026-08-31", "2026-09-30"]);
  });
});

describe("mondayOnOrBefore", () => {
  it("goes back at most six days to a Monday", () => {
    fc.assert(
      fc.property(day, (d) => {
        const monday = mondayOnOrBefore(d);
        expect(new Date(`${monday}T00:00:00Z`).getUTCDay()).toBe(1);
        expect(daysBetween(monday, d)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(monday, d)).toBeLessThan(7);
      }),
    );
  });
});

describe("quarterOf", () => {
  it("names the calendar quarter and its predecessor across a year boundary", () => {
    expect(quarterOf("2026-11-23")).toBe("2026-Q4");
    expect(quarterOf("2026-01-01")).toBe("2026-Q1");
    expect(previousQuarter("2026-Q4")).toBe("2026-Q3");
    expect(previousQuarter("2026-Q1")).toBe("2025-Q4");
  });
});
