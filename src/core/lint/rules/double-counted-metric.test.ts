import { describe, expect, it } from "vitest";
import { documentWith, kr, objective, runRule } from "../fixtures/build-document.js";
import { doubleCountedMetric } from "./double-counted-metric.js";

describe("doubleCountedMetric", () => {
  it("flags two objectives claiming the same movement, even under two names of one metric", () => {
    const document = documentWith({
      objectives: [
        objective("a", [kr("Increase NRR from 104% to 108%")]),
        objective("b", [kr("Increase net revenue retention from 104% to 110%")]),
      ],
    });
    expect(runRule(doubleCountedMetric, document).map((h) => h.path)).toEqual([
      "objectives[1].keyResults[0]",
    ]);
  });

  it("leaves a parent and its child alone, and different cycles", () => {
    const document = documentWith({
      objectives: [
        objective("a", [kr("Increase NRR from 104% to 108%")]),
        objective("b", [kr("Increase NRR from 104% to 106%")], { parent: "a" }),
        objective("c", [kr("Increase NRR from 108% to 110%")], { cycle: "2026-Q4" }),
      ],
    });
    expect(runRule(doubleCountedMetric, document)).toEqual([]);
  });
});
