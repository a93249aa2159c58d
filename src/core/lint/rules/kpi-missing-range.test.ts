import { describe, expect, it } from "vitest";
import { documentWith, kpi, runRule } from "../fixtures/build-document.js";
import { kpiMissingRange } from "./kpi-missing-range.js";

describe("kpiMissingRange", () => {
  it("flags a KPI with no range, or with the range on the wrong side for its direction", () => {
    const document = documentWith({
      kpis: [kpi("a", { healthy: undefined }), kpi("b", { healthy: { max: 10 } })],
    });
    expect(runRule(kpiMissingRange, document).map((h) => h.path)).toEqual(["kpis[0]", "kpis[1]"]);
  });

  it("leaves a KPI with a healthy band on its side, or an alert threshold, alone", () => {
    const document = documentWith({
      kpis: [
        kpi("a"),
        kpi("b", { direction: "lower-is-better", healthy: undefined, alert: { above: 12 } }),
      ],
    });
    expect(runRule(kpiMissingRange, document)).toEqual([]);
  });
});
