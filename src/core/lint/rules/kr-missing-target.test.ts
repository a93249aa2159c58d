import { describe, expect, it } from "vitest";
import { runOnTitles } from "../fixtures/build-document.js";
import { krMissingTarget } from "./kr-missing-target.js";

describe("krMissingTarget", () => {
  it("flags a key result that names a metric but no target", () => {
    expect(runOnTitles(krMissingTarget, ["Increase NPS"])).toHaveLength(1);
  });

  it("leaves a key result with a target, a relative change or a threshold alone", () => {
    expect(
      runOnTitles(krMissingTarget, [
        "Increase NPS to 50",
        "Cut p95 checkout latency by 40%",
        "Keep NPS above 45",
      ]),
    ).toEqual([]);
  });
});
