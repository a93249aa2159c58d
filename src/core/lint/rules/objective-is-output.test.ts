import { describe, expect, it } from "vitest";
import { runOnTitles } from "../fixtures/build-document.js";
import { objectiveIsOutput } from "./objective-is-output.js";

describe("objectiveIsOutput", () => {
  it.each([
    "Launch the new mobile app",
    "Roll out SSO for enterprise customers",
    "Build a partner marketplace",
  ])("flags the deliverable %s", (title) => {
    expect(runOnTitles(objectiveIsOutput, [], { title })).toHaveLength(1);
  });

  it.each([
    "Make our onboarding the reason customers renew",
    "Answer customers fast enough that waiting stops being a reason to leave",
  ])("leaves the change in state %s alone", (title) => {
    expect(runOnTitles(objectiveIsOutput, [], { title })).toEqual([]);
  });
});
