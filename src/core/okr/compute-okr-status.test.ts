import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseOkapiFile } from "../okapi-file/parse-okapi-file.js";
import { computeOkrStatus } from "./compute-okr-status.js";

const text = readFileSync(new URL("./fixtures/quarter.okapi.yaml", import.meta.url), "utf8");
const parsed = parseOkapiFile(text, "quarter.okapi.yaml");
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const document = parsed.document;
const status = computeOkrStatus(document, { asOf: "2026-08-14" });
const byId = (id: string) => status.objectives.find((objective) => objective.id === id);

describe("computeOkrStatus", () => {
  it("tracks every objective that is not a draft", () => {
    expect(status.objectives.map((o) => o.id)).toEqual([
      "company-growth",
      "onboarding",
      "pipeline",
      "enterprise",
    ]);
  });

  it("shows a live quarter's mix: on track, at risk with reasons, one decision required", () => {
    expect(byId("pipeline")?.risk).toBe("on-track");
    expect(byId("company-growth")?.risk).toBe("at-risk");
    expect(byId("company-growth")?.reasons.map((r) => r.code)).toEqual(["kpi-red"]);
    expect(status.objectives.filter((o) => o.decisionRequired).map((o) => o.id)).toEqual([
      "onboarding",
    ]);
    expect(byId("enterprise")?.decisions[0]?.outcome).toBe("continue");
    expect(byId("enterprise")?.health).toBe("stale");
  });

  it("computes progress by hand-checkable numbers on the fixture", () => {
    // adoption 34 → 39 of 34 → 60; expected = 44/91 of the quarter.
    const adoption = byId("onboarding")?.keyResults.find((kr) => kr.id === "adoption");
    expect(adoption?.progress).toBeCloseTo(5 / 26, 12);
    expect(adoption?.expected).toBeCloseTo(44 / 91, 12);
    // ttfv is back-loaded: (44/91)²; the June check-in predates the quarter and is ignored.
    const ttfv = byId("onboarding")?.keyResults.find((kr) => kr.id === "ttfv");
    expect(ttfv?.expected).toBeCloseTo((44 / 91) ** 2, 12);
    expect(ttfv?.progress).toBeCloseTo(2 / 9, 12);
    expect(ttfv?.outsideCycleCheckins).toBe(1);
  });

  it("rolls child objectives up into their parent", () => {
    const children = byId("company-growth")?.alignment?.children.map((c) => c.id);
    expect(children).toEqual(["onboarding", "pipeline"]);
  });

  it("filters by team but still rolls up by team and cycle", () => {
    const sales = computeOkrStatus(document, { asOf: "2026-08-14", team: "sales" });
    expect(sales.objectives.map((o) => o.id)).toEqual(["pipeline", "enterprise"]);
    expect(sales.teams.map((t) => t.id)).toEqual(["sales"]);
    expect(sales.cycles).toMatchObject([{ id: "2026-Q3", objectives: 2 }]);
  });

  it("grades the cycle once it is over", () => {
    const after = computeOkrStatus(document, { asOf: "2026-10-01" });
    expect(after.cycles[0]?.grade?.objectives).toBe(4);
    expect(after.objectives.every((o) => o.grade !== undefined)).toBe(true);
  });

  it("honours a configured stale window", () => {
    const lenient = computeOkrStatus(document, { asOf: "2026-08-14", staleDays: 30 });
    expect(lenient.objectives.find((o) => o.id === "enterprise")?.health).not.toBe("stale");
  });
});
