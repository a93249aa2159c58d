import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveHorizon } from "./resolve-horizon.js";

const PHRASES = [
  "H1",
  "H2",
  "Q1",
  "Q2",
  "Q3",
  "Q4",
  "Q3 2025",
  "2024-H2",
  "first half",
  "second half of 2025",
  "next quarter",
  "this quarter",
  "next half",
  "next year",
  "this year",
  "by year end",
  "next 6 months",
  "by March",
  "in September",
  "by June 2024",
  "by 2025-05-15",
  "before 2031-02-01",
  "",
];

const asOfDay = fc
  .date({
    min: new Date("2024-01-01T00:00:00Z"),
    max: new Date("2030-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

describe("resolveHorizon", () => {
  it("reads H2 asked in December as next year's second half, and says why", () => {
    const horizon = resolveHorizon("Should we expand into mid-market EMEA in H2?", "2026-12-04");
    expect(horizon.period).toEqual({ id: "2027-H2", start: "2027-07-01", end: "2027-12-31" });
    expect(horizon.text).toBe("H2");
    expect(horizon.reason).toMatch(/2026-H2 ends 2026-12-31.*too little to act on/);
  });

  it("keeps a named half that has not started, or has most of its time left", () => {
    expect(resolveHorizon("expand in H2", "2026-03-10").period.id).toBe("2026-H2");
    expect(resolveHorizon("expand in H2", "2026-07-20").period.id).toBe("2026-H2");
    expect(resolveHorizon("expand in H2", "2026-10-20").period.id).toBe("2027-H2");
  });

  it("moves a named period that is over, even with its year stated, to the coming one", () => {
    expect(resolveHorizon("launch in Q1", "2026-05-20").period.id).toBe("2027-Q1");
    const stated = resolveHorizon("launch in Q3 2025", "2026-05-20");
    expect(stated.period.id).toBe("2026-Q3");
    expect(stated.reason).toMatch(/2025-Q3 is over/);
  });

  it("reads relative horizons from asOf", () => {
    expect(resolveHorizon("raise prices next quarter", "2026-11-02").period.id).toBe("2027-Q1");
    expect(resolveHorizon("cut costs this quarter", "2026-11-02").period.id).toBe("2026-Q4");
    expect(resolveHorizon("cut costs this quarter", "2026-12-20").period.id).toBe("2027-Q1");
    expect(resolveHorizon("launch next year", "2026-12-04").period.id).toBe("2027");
    expect(resolveHorizon("launch next half", "2026-12-04").period.id).toBe("2027-H1");
  });

  it("reads a deadline as the quarter it falls in", () => {
    expect(resolveHorizon("hire 5 AEs by March", "2026-12-04").period.id).toBe("2027-Q1");
    expect(resolveHorizon("ship it by 2027-05-15", "2026-12-04").period.id).toBe("2027-Q2");
  });

  it("defaults to the quarter after asOf, wrapping the year", () => {
    const horizon = resolveHorizon("raise prices", "2026-11-02");
    expect(horizon.period.id).toBe("2027-Q1");
    expect(horizon.text).toBeNull();
    expect(resolveHorizon("raise prices", "2026-05-20").period.id).toBe("2026-Q3");
  });

  it("never resolves to a period that ends before asOf, nor one too short to act on (any asOf 2024–2030, any phrase)", () => {
    fc.assert(
      fc.property(asOfDay, fc.constantFrom(...PHRASES), (asOf, phrase) => {
        const { period } = resolveHorizon(`Should we expand into EMEA ${phrase}?`, asOf);
        const daysLeft = (Date.parse(period.end) - Date.parse(asOf)) / 86_400_000 + 1;
        expect(period.start <= period.end).toBe(true);
        expect(period.end >= asOf).toBe(true);
        expect(daysLeft).toBeGreaterThanOrEqual(28);
      }),
      { numRuns: 500 },
    );
  });
});
