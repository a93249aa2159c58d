import { describe, expect, it } from "vitest";
import { runOnTitles } from "../fixtures/build-document.js";
import { krLaggingOnly } from "./kr-lagging-only.js";

describe("krLaggingOnly", () => {
  it("flags an objective whose key results are all lagging metrics", () => {
    expect(
      runOnTitles(krLaggingOnly, [
        "Increase net revenue retention from 104% to 108%",
        "Reduce logo churn from 2% to 1.5%",
      ]),
    ).toHaveLength(1);
  });

  it("leaves an objective with a leading key result alone", () => {
    expect(
      runOnTitles(krLaggingOnly, [
        "Increase net revenue retention from 104% to 108%",
        "Increase activation rate from 20% to 30%",
      ]),
    ).toEqual([]);
  });
});
