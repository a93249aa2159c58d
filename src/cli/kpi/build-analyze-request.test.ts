import { describe, expect, it } from "vitest";
import { UsageError } from "../exit-codes.js";
import { buildAnalyzeRequest } from "./build-analyze-request.js";

const points = [
  { at: "2026-01-05", value: 1 },
  { at: "2026-01-12T10:00:00Z", value: 2 },
];

describe("buildAnalyzeRequest", () => {
  it("analyses as of the last date unless --as-of is given", () => {
    expect(buildAnalyzeRequest("a", "A", points, {}).options.asOf).toBe("2026-01-12");
    expect(buildAnalyzeRequest("a", "A", points, { asOf: "2026-01-06" }).options.asOf).toBe(
      "2026-01-06",
    );
  });

  it("passes the direction and ranges through as a KPI definition", () => {
    const { kpi } = buildAnalyzeRequest("act", "Activation", points, {
      direction: "higher-is-better",
      healthyMin: 40,
      alertBelow: 35,
    });
    expect(kpi).toMatchObject({
      id: "act",
      name: "Activation",
      healthy: { min: 40 },
      alert: { below: 35 },
    });
  });

  it.each([
    [{ healthyMin: 5, healthyMax: 3 }, "healthy.min (5) is above healthy.max (3)"],
    [{ healthyMin: 40, alertBelow: 45 }, "--alert-below (45) is above --healthy-min (40)"],
    [{ healthyMax: 2, alertAbove: 1 }, "--alert-above (1) is below --healthy-max (2)"],
    [{ asOf: "2026-02-30" }, "--as-of must be a day"],
    [{ baseline: 3 }, "--baseline must be a whole number"],
  ])("rejects %o with a message that says what to fix", (flags, message) => {
    expect(() => buildAnalyzeRequest("a", "A", points, flags)).toThrow(UsageError);
    expect(() => buildAnalyzeRequest("a", "A", points, flags)).toThrow(message);
  });

  it("turns a file name that is not an id into one", () => {
    expect(buildAnalyzeRequest("my series (v2)", "A", points, {}).kpi.id).toBe("my-series--v2-");
  });
});
