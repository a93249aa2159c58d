import { describe, expect, it } from "vitest";
import { documentWith, kr, objective, runRule } from "../fixtures/build-document.js";
import { confidenceSandbagging } from "./confidence-sandbagging.js";

const confident = (values: number[]) =>
  documentWith({
    objectives: [
      objective(
        "o",
        values.map((confidence, i) => kr(`Increase metric ${i} from 1 to 2`, { confidence })),
      ),
    ],
  });

describe("confidenceSandbagging", () => {
  it("flags an average drafting confidence above 9 of 10", () => {
    expect(runRule(confidenceSandbagging, confident([10, 9.5, 9]))).toHaveLength(1);
  });

  it("leaves honest stretch confidence alone, including exactly 9", () => {
    expect(runRule(confidenceSandbagging, confident([6, 7, 5]))).toEqual([]);
    expect(runRule(confidenceSandbagging, confident([9, 9]))).toEqual([]);
  });
});
