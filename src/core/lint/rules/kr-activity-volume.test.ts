import { describe, expect, it } from "vitest";
import { runOnTitles } from "../fixtures/build-document.js";
import { krActivityVolume } from "./kr-activity-volume.js";

describe("krActivityVolume", () => {
  it("flags counted activities when no key result measures their impact", () => {
    expect(
      runOnTitles(krActivityVolume, ["Make 200 sales calls per week", "Book 40 demos per month"]),
    ).toHaveLength(2);
  });

  it("leaves activities alone when the objective also measures an outcome", () => {
    expect(
      runOnTitles(krActivityVolume, [
        "Book 40 demos per month",
        "Increase win rate from 19% to 25%",
      ]),
    ).toEqual([]);
  });

  it("reads a conversion of an activity as an outcome", () => {
    expect(
      runOnTitles(krActivityVolume, ["Increase demo-to-close conversion from 10% to 15%"]),
    ).toEqual([]);
  });
});
