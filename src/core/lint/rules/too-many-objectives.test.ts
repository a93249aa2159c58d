import { describe, expect, it } from "vitest";
import { documentWith, objective, runRule } from "../fixtures/build-document.js";
import { tooManyObjectives } from "./too-many-objectives.js";

const objectives = (n: number, cycle = "2026-Q3") =>
  Array.from({ length: n }, (_, i) => objective(`o${i}-${cycle}`, [], { cycle }));

describe("tooManyObjectives", () => {
  it("flags a fourth objective for one team in one cycle, at the first one past the limit", () => {
    const hits = runRule(tooManyObjectives, documentWith({ objectives: objectives(4) }));
    expect(hits.map((h) => h.path)).toEqual(["objectives[3]"]);
  });

  it("counts cycles separately and honours a raised threshold", () => {
    expect(
      runRule(
        tooManyObjectives,
        documentWith({ objectives: [...objectives(3), ...objectives(3, "2026-Q4")] }),
      ),
    ).toEqual([]);
    expect(
      runRule(tooManyObjectives, documentWith({ objectives: objectives(4) }), {
        maxObjectivesPerTeam: 4,
      }),
    ).toEqual([]);
  });
});
