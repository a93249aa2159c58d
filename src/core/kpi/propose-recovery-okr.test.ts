import { describe, expect, it } from "vitest";
import { assessRangeStatus } from "./assess-range-status.js";
import { countOutOfRangePeriods } from "./count-out-of-range-periods.js";
import { detectSignals } from "./detect-signals.js";
import { noise, toSeries } from "./fixtures/synthetic-series.js";
import type { KpiDefinition, SeriesPoint } from "./kpi-types.js";
import { proposeRecoveryOkr } from "./propose-recovery-okr.js";

const activation: KpiDefinition = {
  id: "activation-w2",
  name: "Week-2 activation",
  unit: "%",
  direction: "higher-is-better",
  cadence: "weekly",
  healthy: { min: 40 },
  alert: { below: 35 },
  leading: [{ kpi: "onboarding-completion", leadWeeks: 3 }],
};

function propose(points: SeriesPoint[], driverValues?: Map<string, number>) {
  const { signals } = detectSignals(points, { name: "Week-2 activation", cadence: "weekly" });
  return proposeRecoveryOkr({
    kpi: activation,
    points,
    status: assessRangeStatus(activation, points),
    signals,
    outOfRangePeriods: countOutOfRangePeriods(activation, points, "weekly"),
    driverValues,
  });
}

describe("proposeRecoveryOkr", () => {
  it("never proposes for a single bad period, even a red spike that is a signal", () => {
    const values = noise(1, 40, 44, 0.8);
    values[39] = 30;
    expect(propose(toSeries(values))).toBeUndefined();
  });

  it("proposes after two review periods in a row out of range", () => {
    const values = [...noise(2, 30, 44, 0.8), 38.5, 38];
    const proposal = propose(toSeries(values));
    expect(proposal).toMatchObject({
      kind: "recovery-okr",
      reason: "out-of-range-periods",
      guardrails: ["activation-w2"],
    });
    expect(proposal?.keyResults[0]).toMatchObject({
      kpi: "activation-w2",
      from: 38,
      to: 40,
      unit: "%",
    });
    expect(proposal?.keyResults[0]?.title).toBe("Raise Week-2 activation from 38% to 40%");
  });

  it("proposes a red KPI with a signal, naming it red-with-signal", () => {
    const values = [...noise(3, 40, 44, 0.8), ...noise(4, 8, 33, 0.3)];
    const proposal = propose(toSeries(values));
    expect(proposal?.reason).toBe("red-with-signal");
    expect(proposal?.objective).toBe("Bring Week-2 activation back into its healthy range");
  });

  it("adds a key result for each declared leading driver, from its latest value", () => {
    const values = [...noise(5, 30, 44, 0.8), 38, 37];
    const proposal = propose(toSeries(values), new Map([["onboarding-completion", 61]]));
    expect(proposal?.keyResults[1]).toMatchObject({ kpi: "onboarding-completion", from: 61 });
    expect(proposal?.keyResults[1]?.title).toContain("leads Week-2 activation by 3 weeks");
  });

  it("stays quiet for a green KPI", () => {
    expect(propose(toSeries(noise(6, 40, 45, 0.5)))).toBeUndefined();
  });
});
