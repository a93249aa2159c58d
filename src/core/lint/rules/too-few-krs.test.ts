import { describe, expect, it } from "vitest";
import { runOnTitles } from "../fixtures/build-document.js";
import { tooFewKrs } from "./too-few-krs.js";

describe("tooFewKrs", () => {
  it("flags an objective with fewer than 2 key results", () => {
    expect(runOnTitles(tooFewKrs, ["Reduce churn from 4% to 2%"])).toHaveLength(1);
    expect(runOnTitles(tooFewKrs, [])).toHaveLength(1);
  });

  it("leaves 2 key results alone", () => {
    expect(
      runOnTitles(tooFewKrs, ["Reduce churn from 4% to 2%", "Increase NPS from 30 to 40"]),
    ).toEqual([]);
  });
});
