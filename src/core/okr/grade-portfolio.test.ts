import { describe, expect, it } from "vitest";
import type { ObjectiveGrade } from "./grade-objective.js";
import { gradePortfolio } from "./grade-portfolio.js";

const grade = (type: ObjectiveGrade["type"], scores: number[]): ObjectiveGrade => {
  const score = scores.reduce((a, b) => a + b, 0) / scores.length;
  return {
    type,
    score,
    success: score >= 0.7,
    keyResults: scores.map((s, i) => ({
      id: `k${i}`,
      score: s,
      source: "progress",
      success: s >= 0.7,
      promotionCandidate: false,
    })),
  };
};

describe("gradePortfolio", () => {
  it("says the goals were too safe when every aspirational KR scored ~1.0", () => {
    const result = gradePortfolio([grade("aspirational", [1, 0.97]), grade("committed", [0.5])]);
    expect(result.note).toContain("too safe");
  });

  it("says nothing when an aspirational KR fell short", () => {
    expect(gradePortfolio([grade("aspirational", [1, 0.7])]).note).toBeUndefined();
  });

  it("says nothing when there are no aspirational KRs", () => {
    expect(gradePortfolio([grade("committed", [1])]).note).toBeUndefined();
  });

  it("averages the objective scores and counts successes", () => {
    expect(
      gradePortfolio([grade("aspirational", [0.6]), grade("aspirational", [0.9])]),
    ).toMatchObject({
      score: 0.75,
      objectives: 2,
      succeeded: 1,
    });
  });
});
