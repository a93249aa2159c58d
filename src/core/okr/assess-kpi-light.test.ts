import { describe, expect, it } from "vitest";
import type { Kpi } from "../model/kpi.js";
import { assessKpiLight } from "./assess-kpi-light.js";

const nrr = (value: number, extra: Partial<Kpi> = {}): Kpi => ({
  id: "nrr",
  name: "Net revenue retention",
  direction: "higher-is-better",
  healthy: { min: 100 },
  alert: { below: 95 },
  measurements: [
    { at: "2026-07-01", value: 110 },
    { at: "2026-08-01", value },
  ],
  ...extra,
});

describe("assessKpiLight", () => {
  it("is red when the latest measurement is past an alert threshold", () => {
    expect(assessKpiLight(nrr(90), "2026-08-10")).toEqual({
      light: "red",
      value: 90,
      at: "2026-08-01",
    });
    const latency = nrr(900, {
      direction: "lower-is-better",
      healthy: { max: 300 },
      alert: { above: 500 },
    });
    expect(assessKpiLight(latency, "2026-08-10").light).toBe("red");
  });

  it("is amber outside the healthy band but inside the alert threshold, green inside", () => {
    expect(assessKpiLight(nrr(97), "2026-08-10").light).toBe("amber");
    expect(assessKpiLight(nrr(104), "2026-08-10").light).toBe("green");
  });

  it("reads the measurement standing at asOf, not a later one", () => {
    expect(assessKpiLight(nrr(90), "2026-07-20")).toMatchObject({ light: "green", value: 110 });
  });

  it("is unknown without a measurement", () => {
    expect(assessKpiLight(nrr(90), "2026-06-01").light).toBe("unknown");
  });
});
