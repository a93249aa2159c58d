import { describe, expect, it } from "vitest";
import { checkDeclaredLeads } from "./check-declared-leads.js";
import { noise, randomWalk, toSeries } from "./fixtures/synthetic-series.js";

const driver = randomWalk(7, 156);
const own = noise(8, 156, 0, 0.5);
const lagging = toSeries(
  driver.map((_, t) => 3 * (driver[Math.max(0, t - 8)] as number) + (own[t] as number)),
);
const series = new Map([
  ["activation-w2", toSeries(driver)],
  ["unrelated", toSeries(randomWalk(99, 156))],
  ["short", toSeries([1, 2, 3])],
]);

function check(leadWeeks: number, kpi = "activation-w2") {
  return checkDeclaredLeads({ id: "nrr", leading: [{ kpi, leadWeeks }] }, lagging, series)[0];
}

describe("checkDeclaredLeads", () => {
  it("confirms a declared lead the data show", () => {
    expect(check(8)).toMatchObject({ verdict: "confirmed", declaredWeeks: 8, flagged: false });
  });

  it("contradicts a declared lead far from the lag the data show, and says which lag", () => {
    const result = check(2);
    expect(result).toMatchObject({ verdict: "contradicted", flagged: true });
    expect(result?.message).toContain("by 8 weeks");
  });

  it("flags a driver whose changes do not lead at all as unsupported", () => {
    expect(check(8, "unrelated")).toMatchObject({ verdict: "unsupported", flagged: true });
  });

  it("contradicts a driver that moves in the same week", () => {
    const same = new Map([["same", toSeries(driver.map((v, t) => v + (own[t] as number) * 0.1))]]);
    const result = checkDeclaredLeads(
      { id: "nrr", leading: [{ kpi: "same", leadWeeks: 8 }] },
      toSeries(driver),
      same,
    )[0];
    expect(result).toMatchObject({ verdict: "contradicted", flagged: true });
  });

  it("says when there is too little data to judge", () => {
    expect(check(8, "short")?.verdict).toBe("insufficient-data");
  });
});
