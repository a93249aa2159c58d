import { describe, expect, it } from "vitest";
import { analyzeKpi } from "./analyze-kpi.js";
import { noise, toSeries } from "./fixtures/synthetic-series.js";
import type { KpiDefinition } from "./kpi-types.js";

const kpi: KpiDefinition = {
  id: "activation-w2",
  name: "Week-2 activation",
  unit: "%",
  direction: "higher-is-better",
  cadence: "weekly",
  healthy: { min: 40 },
  alert: { below: 35 },
};

/** Two years of weeks: ~42% for 84 weeks, then a slow slide to ~33% over 20 weeks. */
function decline(seed: number): number[] {
  const e = noise(seed, 104, 0, 0.6);
  return e.map((x, i) => 42 + x - (i >= 84 ? ((i - 83) * 9) / 20 : 0));
}

describe("analyzeKpi", () => {
  it("turns a slow decline into signals, a falling trend and a recovery OKR proposal", () => {
    const points = toSeries(decline(1));
    const asOf = points.at(-1)?.at as string;
    const result = analyzeKpi(kpi, points, { asOf });
    expect(result.status).toBe("red");
    expect(
      result.signals.some((s) => s.side === "below" && s.at >= (points[84]?.at as string)),
    ).toBe(true);
    expect(result.trend?.direction).toBe("falling");
    expect(result.proposals.map((p) => p.kind)).toContain("recovery-okr");
  });

  it("ignores points after asOf", () => {
    const points = toSeries(decline(2));
    const result = analyzeKpi(kpi, points, { asOf: points[80]?.at as string });
    expect(result.range.at).toBe(points[80]?.at);
    expect(result.status).toBe("green");
    expect(result.proposals.map((p) => p.kind)).not.toContain("recovery-okr");
  });

  it("sorts points that arrive out of order", () => {
    const points = toSeries(decline(3));
    const shuffled = [...points].reverse();
    const asOf = "2030-01-01";
    expect(analyzeKpi(kpi, shuffled, { asOf })).toEqual(analyzeKpi(kpi, points, { asOf }));
  });

  it("infers the cadence from the dates when the KPI does not declare it", () => {
    const { cadence: _, ...undeclared } = kpi;
    expect(analyzeKpi(undeclared, toSeries(decline(4), 30), { asOf: "2040-01-01" }).cadence).toBe(
      "monthly",
    );
  });

  it("checks declared leading indicators when their series are given", () => {
    const driver = toSeries(noise(5, 104));
    const result = analyzeKpi(
      { ...kpi, leading: [{ kpi: "driver", leadWeeks: 4 }] },
      toSeries(decline(5)),
      {
        asOf: "2030-01-01",
        drivers: new Map([["driver", driver]]),
      },
    );
    expect(result.leads).toHaveLength(1);
    expect(result.leads[0]?.flagged).toBe(true);
  });

  it("reads signals against last year when asked for a seasonal baseline", () => {
    const result = analyzeKpi(kpi, toSeries(decline(6)), { asOf: "2030-01-01", seasonal: true });
    expect(result.seasonal).toBe(true);
    expect(result.signals.every((s) => s.message.includes("against the same week last year"))).toBe(
      true,
    );
  });

  it("answers unknown, with no signals or proposals, for a KPI without measurements", () => {
    const result = analyzeKpi(kpi, [], { asOf: "2026-01-01" });
    expect(result).toMatchObject({ status: "unknown", signals: [], proposals: [], leads: [] });
    expect(result.limits).toBeUndefined();
  });
});
