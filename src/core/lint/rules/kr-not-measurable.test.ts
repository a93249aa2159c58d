import { describe, expect, it } from "vitest";
import { runOnTitles } from "../fixtures/build-document.js";
import { krNotMeasurable } from "./kr-not-measurable.js";

describe("krNotMeasurable", () => {
  it("flags a key result with no number and no metric", () => {
    expect(runOnTitles(krNotMeasurable, ["Improve customer happiness"])).toHaveLength(1);
  });

  it("leaves a key result alone when it names a metric or a number", () => {
    expect(runOnTitles(krNotMeasurable, ["Increase NPS", "Reduce churn from 4% to 2%"])).toEqual(
      [],
    );
  });

  it("leaves pure tasks to kr-is-task", () => {
    expect(runOnTitles(krNotMeasurable, ["Ship the redesign"])).toEqual([]);
  });
});
