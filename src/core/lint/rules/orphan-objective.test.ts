import { describe, expect, it } from "vitest";
import { documentWith, objective, runRule } from "../fixtures/build-document.js";
import { orphanObjective } from "./orphan-objective.js";

describe("orphanObjective", () => {
  it("flags a team objective with no parent while a company objective exists for its cycle", () => {
    const document = documentWith({
      objectives: [
        objective("company", [], { team: undefined, cycle: "2026" }),
        objective("team", []),
      ],
    });
    expect(runRule(orphanObjective, document).map((h) => h.path)).toEqual(["objectives[1]"]);
  });

  it("leaves aligned objectives alone, and every objective when there are no company objectives", () => {
    const aligned = documentWith({
      objectives: [
        objective("company", [], { team: undefined }),
        objective("team", [], { parent: "company" }),
      ],
    });
    expect(runRule(orphanObjective, aligned)).toEqual([]);
    expect(runRule(orphanObjective, documentWith({ objectives: [objective("team", [])] }))).toEqual(
      [],
    );
  });
});
