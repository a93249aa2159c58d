import { describe, expect, it } from "vitest";
import type { OkapiDocument } from "../model/okapi-file.js";
import { gradeCycle } from "./grade-cycle.js";

const document: OkapiDocument = {
  version: 1,
  organization: "Acme",
  objectives: [
    {
      id: "grow",
      title: "Grow",
      team: "growth",
      cycle: "2026-Q3",
      keyResults: [
        {
          id: "a",
          title: "a",
          from: 0,
          to: 10,
          checkins: [
            { at: "2026-09-20", value: 8 },
            // After the cycle: does not change the grade.
            { at: "2026-10-05", value: 10 },
          ],
        },
      ],
    },
    {
      id: "ship",
      title: "Ship",
      team: "platform",
      cycle: "2026-Q3",
      type: "committed",
      keyResults: [
        { id: "b", title: "b", from: 0, to: 4, checkins: [{ at: "2026-09-30", value: 4 }] },
      ],
    },
    { id: "next", title: "Next", cycle: "2026-Q4" },
  ],
};

describe("gradeCycle", () => {
  it("grades the cycle's objectives as they stood on its last day", () => {
    const graded = gradeCycle(document, "2026-Q3");
    expect(graded?.objectives.map((o) => [o.id, o.grade.score, o.grade.success])).toEqual([
      ["grow", 0.8, true],
      ["ship", 1, true],
    ]);
    expect(graded?.portfolio).toMatchObject({ score: 0.9, objectives: 2, succeeded: 2 });
    expect(graded?.teams.map((t) => t.id)).toEqual(["growth", "platform"]);
  });

  it("returns null for a cycle that does not resolve", () => {
    expect(gradeCycle(document, "2026-Q9")).toBeNull();
  });
});
