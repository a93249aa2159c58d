import { describe, expect, it } from "vitest";
import { rollUpProgress } from "./roll-up-progress.js";

describe("rollUpProgress", () => {
  it("averages progress and expected per group and counts risks and open decisions", () => {
    const rows = rollUpProgress(
      [
        {
          team: "growth",
          progress: 0.2,
          expected: 0.5,
          risk: "off-track" as const,
          decisionRequired: true,
        },
        {
          team: "growth",
          progress: 0.6,
          expected: 0.5,
          risk: "on-track" as const,
          decisionRequired: false,
        },
        {
          team: "sales",
          progress: null,
          expected: 0.5,
          risk: "at-risk" as const,
          decisionRequired: false,
        },
      ],
      (o) => o.team,
    );
    expect(rows[0]).toMatchObject({
      id: "growth",
      objectives: 2,
      expected: 0.5,
      decisionsRequired: 1,
    });
    expect(rows[0]?.progress).toBeCloseTo(0.4, 12);
    expect(rows[0]?.risk).toEqual({ "on-track": 1, "at-risk": 0, "off-track": 1 });
    expect(rows[1]).toMatchObject({ id: "sales", progress: null });
  });
});
