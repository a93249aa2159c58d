import { describe, expect, it } from "vitest";
import { runOnTitles } from "../fixtures/build-document.js";
import { objectiveIsMetric } from "./objective-is-metric.js";

describe("objectiveIsMetric", () => {
  it.each(["Reach $10M ARR", "Grow revenue by 20% this year", "NPS above 50"])(
    "flags the number %s",
    (title) => {
      expect(runOnTitles(objectiveIsMetric, [], { title })).toHaveLength(1);
    },
  );

  it.each([
    "Make our onboarding the reason customers renew",
    "Win the mid-market in 2027",
    "Make the first two weeks the reason customers stay",
    "Get 90-day adoption habits into every team by Q3",
  ])("leaves the direction %s alone", (title) => {
    expect(runOnTitles(objectiveIsMetric, [], { title })).toEqual([]);
  });
});
