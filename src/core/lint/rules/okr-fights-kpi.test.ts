import { describe, expect, it } from "vitest";
import { documentWith, kpi, kr, objective, runRule } from "../fixtures/build-document.js";
import { okrFightsKpi } from "./okr-fights-kpi.js";

const csat = kpi("csat", { name: "Customer satisfaction", healthy: { min: 4.2 } });

describe("okrFightsKpi", () => {
  it("flags a key result pushing its KPI against the KPI's direction", () => {
    const document = documentWith({
      kpis: [kpi("nrr")],
      objectives: [objective("o", [kr("Reduce NRR from 110% to 100%", { kpi: "nrr" })])],
    });
    expect(runRule(okrFightsKpi, document)[0]?.message).toContain("higher is better");
  });

  it("notes a gameable push whose guardrail KPI no key result watches", () => {
    const document = documentWith({
      kpis: [csat],
      objectives: [objective("o", [kr("Reduce first response time from 4 h to 1 h")])],
    });
    const hits = runRule(okrFightsKpi, document);
    expect(hits[0]?.message).toContain("csat");
    expect(hits[0]?.atMost).toBe("info");
  });

  it("leaves the push alone when the objective also watches the guardrail", () => {
    const document = documentWith({
      kpis: [csat],
      objectives: [
        objective("o", [
          kr("Reduce first response time from 4 h to 1 h"),
          kr("Raise customer satisfaction from 4.1 to 4.5"),
        ]),
      ],
    });
    expect(runRule(okrFightsKpi, document)).toEqual([]);
  });
});
