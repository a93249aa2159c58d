import { describe, expect, it } from "vitest";
import { detectSignals } from "./detect-signals.js";
import { noise, toSeries } from "./fixtures/synthetic-series.js";
import { proposeKpiRetirement } from "./propose-kpi-retirement.js";

const kpi = {
  id: "uptime",
  name: "Uptime",
  direction: "higher-is-better",
  healthy: { min: 99 },
} as const;
const asOf = "2025-12-29";

function retire(values: number[], usedSince?: string) {
  const points = toSeries(values);
  const { signals } = detectSignals(points, { name: "Uptime", cadence: "weekly" });
  return proposeKpiRetirement(kpi, points, signals, { asOf, usedSince });
}

describe("proposeKpiRetirement", () => {
  it("proposes a KPI flat inside its range for three quarters", () => {
    expect(retire(noise(1, 105, 99.6, 0.05))).toMatchObject({ kind: "retire-kpi", kpi: "uptime" });
  });

  it("keeps a KPI that dipped out of range in the window", () => {
    const values = noise(1, 105, 99.6, 0.05);
    values[90] = 98;
    expect(retire(values)).toBeUndefined();
  });

  it("keeps a KPI that informed a decision in the window", () => {
    expect(retire(noise(1, 105, 99.6, 0.05), "2025-11-01")).toBeUndefined();
  });

  it("keeps a KPI with less history than the window", () => {
    expect(retire(noise(1, 20, 99.6, 0.05))).toBeUndefined();
  });

  it("keeps a KPI that is still climbing", () => {
    expect(retire(Array.from({ length: 105 }, (_, i) => 99.1 + i * 0.005))).toBeUndefined();
  });
});
