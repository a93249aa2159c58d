import { describe, expect, it } from "vitest";
import { runOnTitles } from "../fixtures/build-document.js";
import { objectiveLength } from "./objective-length.js";

describe("objectiveLength", () => {
  it("flags titles under 4 and over 18 words", () => {
    expect(runOnTitles(objectiveLength, [], { title: "Grow faster" })).toHaveLength(1);
    expect(
      runOnTitles(objectiveLength, [], {
        title: Array.from({ length: 19 }, (_, i) => `word${i}`).join(" "),
      }),
    ).toHaveLength(1);
  });

  it("leaves 4 and 18 words alone", () => {
    expect(runOnTitles(objectiveLength, [], { title: "Make onboarding feel effortless" })).toEqual(
      [],
    );
    expect(
      runOnTitles(objectiveLength, [], {
        title: Array.from({ length: 18 }, (_, i) => `word${i}`).join(" "),
      }),
    ).toEqual([]);
  });
});
