import { describe, expect, it } from "vitest";
import { runOnTitles } from "../fixtures/build-document.js";
import { missingCycle } from "./missing-cycle.js";

describe("missingCycle", () => {
  it("flags an objective without a cycle", () => {
    expect(runOnTitles(missingCycle, [], { cycle: undefined })).toHaveLength(1);
  });

  it("leaves an objective with a cycle alone", () => {
    expect(runOnTitles(missingCycle, [])).toEqual([]);
  });
});
