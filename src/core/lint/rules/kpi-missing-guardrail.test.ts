import { describe, expect, it } from "vitest";
import { documentWith, kpi, runRule } from "../fixtures/build-document.js";
import { kpiMissingGuardrail } from "./kpi-missing-guardrail.js";

const tickets = kpi("tickets-closed", {
  name: "Support tickets closed per week",
  axis: "quantity",
  unit: "tickets",
});
const repeat = kpi("repeat-contact", {
  name: "Repeat contact rate",
  direction: "lower-is-better",
  healthy: { max: 8 },
});

describe("kpiMissingGuardrail", () => {
  it("flags a gameable volume KPI with no guardrail and proposes a quality KPI of its team", () => {
    const hits = runRule(
      kpiMissingGuardrail,
      documentWith({ kpis: [kpi("nrr"), tickets, repeat] }),
    );
    expect(hits.map((h) => h.path)).toEqual(["kpis[1]"]);
    expect(hits[0]?.fix).toContain("guardrails: [repeat-contact]");
  });

  it("leaves hard-to-game KPIs and guarded ones alone", () => {
    const guarded = { ...tickets, guardrails: ["repeat-contact"] };
    expect(
      runRule(kpiMissingGuardrail, documentWith({ kpis: [kpi("nrr"), guarded, repeat] })),
    ).toEqual([]);
  });
});
