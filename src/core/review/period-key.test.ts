import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoWeekKey, monthKey, quarterKey } from "./period-key.js";

describe("isoWeekKey", () => {
  it("puts a Monday and the Sunday after it in the same week", () => {
    expect(isoWeekKey("2026-11-23")).toBe("2026-W48");
    expect(isoWeekKey("2026-11-29")).toBe("2026-W48");
    expect(isoWeekKey("2026-11-30")).toBe("2026-W49");
  });

  it("gives the first days of January to the previous year when their Thursday is in December", () => {
    expect(isoWeekKey("2027-01-01")).toBe("2026-W53");
    expect(isoWeekKey("2025-12-29")).toBe("2026-W01");
  });

  it("never gives two days a week apart the same key", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), (offset) => {
        const day = new Date(Date.UTC(2000, 0, 1) + offset * 86_400_000);
        const next = new Date(day.getTime() + 7 * 86_400_000);
        const key = isoWeekKey(day.toISOString().slice(0, 10));
        expect(key).not.toBe(isoWeekKey(next.toISOString().slice(0, 10)));
        expect(key).toMatch(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/);
      }),
    );
  });
});

describe("monthKey and quarterKey", () => {
  it("reads the month and its quarter", () => {
    expect(monthKey("2026-11-23")).toBe("2026-11");
    expect(quarterKey("2026-11-23")).toBe("2026-Q4");
    expect(quarterKey("2026-03-31")).toBe("2026-Q1");
    expect(quarterKey("2026-04-01")).toBe("2026-Q2");
  });
});
