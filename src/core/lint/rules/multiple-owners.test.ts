import { describe, expect, it } from "vitest";
import { documentWith, kpi, kr, objective, runRule } from "../fixtures/build-document.js";
import { multipleOwners } from "./multiple-owners.js";

describe("multipleOwners", () => {
  it("flags objectives, key results and KPIs with more than one owner", () => {
    const document = documentWith({
      objectives: [
        objective("o", [kr("Reduce churn from 4% to 2%", { owner: ["sam", "ana"] })], {
          owner: ["sam", "ana"],
        }),
      ],
      kpis: [kpi("nrr", { owner: ["sam", "ana"] })],
    });
    expect(runRule(multipleOwners, document).map((h) => h.path)).toEqual([
      "objectives[0]",
      "objectives[0].keyResults[0]",
      "kpis[0]",
    ]);
  });

  it("accepts a one-person list", () => {
    expect(
      runRule(
        multipleOwners,
        documentWith({ objectives: [objective("o", [], { owner: ["sam"] })] }),
      ),
    ).toEqual([]);
  });
});
