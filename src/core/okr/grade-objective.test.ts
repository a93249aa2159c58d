import { describe, expect, it } from "vitest";
import type { KeyResult } from "../model/key-result.js";
import { gradeKeyResult, gradeObjective } from "./grade-objective.js";

const kr = (extra: Partial<KeyResult> = {}): KeyResult => ({
  id: "k",
  title: "k",
  from: 0,
  to: 10,
  ...extra,
});
const noKpis = new Set<string>();

describe("gradeKeyResult", () => {
  it("scores a KR by its clamped progress, rounded to hundredths", () => {
    expect(gradeKeyResult(kr(), 0.666, "aspirational", noKpis)).toMatchObject({
      score: 0.67,
      source: "progress",
    });
    expect(gradeKeyResult(kr(), null, "aspirational", noKpis).score).toBe(0);
  });

  it("takes a manual override with its comment over the computed score", () => {
    const graded = gradeKeyResult(
      kr({ grade: { score: 0.9, comment: "shipped, data lagging" } }),
      0.4,
      "aspirational",
      noKpis,
    );
    expect(graded).toMatchObject({
      score: 0.9,
      source: "manual",
      comment: "shipped, data lagging",
    });
  });

  it("counts 0.7 as success for an aspirational objective and only 1.0 for a committed one", () => {
    expect(gradeKeyResult(kr(), 0.7, "aspirational", noKpis).success).toBe(true);
    expect(gradeKeyResult(kr(), 0.69, "aspirational", noKpis).success).toBe(false);
    expect(gradeKeyResult(kr(), 0.99, "committed", noKpis).success).toBe(false);
    expect(gradeKeyResult(kr(), 1, "committed", noKpis).success).toBe(true);
  });

  it("proposes a successful KR whose metric is not a KPI for promotion", () => {
    expect(
      gradeKeyResult(kr({ metric: "activation" }), 0.8, "aspirational", noKpis).promotionCandidate,
    ).toBe(true);
    expect(gradeKeyResult(kr({ kpi: "nrr" }), 0.8, "aspirational", noKpis).promotionCandidate).toBe(
      false,
    );
    expect(
      gradeKeyResult(kr({ metric: "nrr" }), 0.8, "aspirational", new Set(["nrr"]))
        .promotionCandidate,
    ).toBe(false);
    expect(gradeKeyResult(kr(), 0.5, "aspirational", noKpis).promotionCandidate).toBe(false);
  });
});

describe("gradeObjective", () => {
  it("scores an objective as the mean of its KR scores and keeps its retro", () => {
    const graded = gradeObjective(
      { type: "aspirational", retro: "pricing page took longer" },
      [
        { keyResult: kr({ id: "a" }), progress: 0.6 },
        { keyResult: kr({ id: "b" }), progress: 0.9 },
      ],
      noKpis,
    );
    expect(graded).toMatchObject({ score: 0.75, success: true, retro: "pricing page took longer" });
  });

  it("fails a committed objective below 1.0 and grades an untyped one as aspirational", () => {
    const krs = [{ keyResult: kr(), progress: 0.8 }];
    expect(gradeObjective({ type: "committed" }, krs, noKpis).success).toBe(false);
    expect(gradeObjective({}, krs, noKpis)).toMatchObject({ type: "aspirational", success: true });
  });
});
