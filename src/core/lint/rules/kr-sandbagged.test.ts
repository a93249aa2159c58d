import { describe, expect, it } from "vitest";
import { runOnTitles } from "../fixtures/build-document.js";
import { krSandbagged } from "./kr-sandbagged.js";

describe("krSandbagged", () => {
  it("flags a target already reached by the baseline", () => {
    expect(
      runOnTitles(krSandbagged, ["Increase activation from 40% to 35%"])[0]?.message,
    ).toContain("already past");
  });

  it("flags a target within noise of the baseline", () => {
    expect(
      runOnTitles(krSandbagged, ["Increase weekly active accounts from 10,000 to 10,050"])[0]
        ?.message,
    ).toContain("noise");
  });

  it("leaves a real stretch alone", () => {
    expect(
      runOnTitles(krSandbagged, [
        "Increase net revenue retention from 104% to 107%",
        "Reduce churn from 4% to 2%",
      ]),
    ).toEqual([]);
  });
});
