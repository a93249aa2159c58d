import { describe, expect, it } from "vitest";
import { detectRedKpi, detectTargetProblem } from "./detect-kr-alarms.js";

describe("detectTargetProblem", () => {
  it("tells the owner how to state a missing target, and says nothing when there is one", () => {
    expect(detectTargetProblem({ ok: false, problem: "no-target" })?.message).toContain(
      "from X to Y",
    );
    expect(detectTargetProblem({ ok: false, problem: "baseline-equals-target" })?.code).toBe(
      "baseline-equals-target",
    );
    expect(detectTargetProblem({ ok: true, target: { kind: "line", from: 1, to: 2 } })).toBeNull();
  });
});

describe("detectRedKpi", () => {
  const kpi = {
    id: "nps",
    name: "NPS",
    alert: { below: 30 },
    measurements: [{ at: "2026-07-01", value: 25 }],
  };

  it("fires for a linked KPI past its alert threshold", () => {
    expect(detectRedKpi(kpi, "2026-07-02")).toMatchObject({
      code: "kpi-red",
      message: "linked KPI nps is red at 25 (2026-07-01)",
    });
  });

  it("does not fire before the red measurement, or without a linked KPI", () => {
    expect(detectRedKpi(kpi, "2026-06-30")).toBeNull();
    expect(detectRedKpi(undefined, "2026-07-02")).toBeNull();
  });
});
