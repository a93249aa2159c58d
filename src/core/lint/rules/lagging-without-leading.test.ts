import { describe, expect, it } from "vitest";
import { documentWith, kpi, runRule } from "../fixtures/build-document.js";
import { laggingWithoutLeading } from "./lagging-without-leading.js";

describe("laggingWithoutLeading", () => {
  it("flags a lagging KPI with no leading link", () => {
    expect(
      runRule(laggingWithoutLeading, documentWith({ kpis: [kpi("nrr", { kind: "lagging" })] })),
    ).toHaveLength(1);
  });

  it("leaves leading KPIs and linked lagging KPIs alone", () => {
    const document = documentWith({
      kpis: [kpi("w2"), kpi("nrr", { kind: "lagging", leading: [{ kpi: "w2", leadWeeks: 8 }] })],
    });
    expect(runRule(laggingWithoutLeading, document)).toEqual([]);
  });
});
