import { describe, expect, it } from "vitest";
import { proposeKpiPromotion } from "./propose-kpi-promotion.js";

const kr = {
  id: "adoption",
  title: "Increase 90-day adoption from 34% to 60%",
  from: 34,
  to: 60,
  metric: "adoption-90d",
  checkins: [
    { at: "2026-08-04", value: 55 },
    { at: "2026-08-11", value: 58 },
    { at: "2026-08-18", value: 57 },
    { at: "2026-08-25", value: 59 },
  ],
};

describe("proposeKpiPromotion", () => {
  it("proposes a KR graded 0.7 or more whose metric is not a KPI", () => {
    const proposal = proposeKpiPromotion(kr, 0.9, new Set(["nrr"]));
    expect(proposal).toMatchObject({
      kind: "promote-to-kpi",
      metric: "adoption-90d",
      direction: "higher-is-better",
    });
    // Mean 57.25, mR̄ = (3 + 1 + 2) / 3 = 2 → lower natural limit 57.25 − 5.32.
    expect(proposal?.healthy.min).toBeCloseTo(51.93, 2);
  });

  it("skips a KR below the success grade", () => {
    expect(proposeKpiPromotion(kr, 0.69, new Set())).toBeUndefined();
  });

  it("skips a KR already tied to a KPI or whose metric is one", () => {
    expect(proposeKpiPromotion({ ...kr, kpi: "adoption-90d" }, 1, new Set())).toBeUndefined();
    expect(proposeKpiPromotion(kr, 1, new Set(["adoption-90d"]))).toBeUndefined();
  });

  it("suggests a ceiling for a KR that reduced its metric", () => {
    const reduce = { ...kr, from: 9, to: 4, checkins: [{ at: "2026-09-01", value: 4.5 }] };
    expect(proposeKpiPromotion(reduce, 0.8, new Set())).toMatchObject({
      direction: "lower-is-better",
      healthy: { max: 4.5 },
    });
  });

  it("needs at least one check-in to suggest a range", () => {
    expect(proposeKpiPromotion({ ...kr, checkins: [] }, 1, new Set())).toBeUndefined();
  });
});
