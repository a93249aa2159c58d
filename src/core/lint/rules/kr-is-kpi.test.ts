import { describe, expect, it } from "vitest";
import { documentWith, kr, objective, runOnTitles, runRule } from "../fixtures/build-document.js";
import { krIsKpi } from "./kr-is-kpi.js";

describe("krIsKpi", () => {
  it.each([
    "Keep NPS above 45",
    "Maintain NPS above 50",
    "Keep churn under 3%",
    "Achieve 99.5% uptime this quarter",
    "NPS ≥ 45",
  ])("flags the maintenance threshold %s", (title) => {
    expect(runOnTitles(krIsKpi, [title])).toHaveLength(1);
  });

  it.each([
    "Reduce mean time to recovery from 25 min to 10 min",
    "Increase weekly active accounts to 50,000",
    "Reduce enterprise churn from 4% to 1.8%",
    "Achieve onboarding NPS of 55+ (current 38)",
  ])("leaves the real change %s alone", (title) => {
    expect(runOnTitles(krIsKpi, [title])).toEqual([]);
  });

  it("flags a KR whose from equals its to", () => {
    const document = documentWith({
      objectives: [objective("o", [kr("Increase NPS", { from: 45, to: 45 })])],
    });
    expect(runRule(krIsKpi, document)[0]?.message).toContain("no change");
  });

  it("proposes a change plus a KPI, doubling the distance from today's value to the threshold", () => {
    const document = documentWith({
      objectives: [
        objective("o", [kr("Keep NPS above 45", { checkins: [{ at: "2026-07-07", value: 38 }] })]),
      ],
    });
    expect(runRule(krIsKpi, document)[0]?.fix).toContain(
      "Raise NPS from 38 to 52 — and keep NPS ≥ 45 as a KPI",
    );
  });
});
