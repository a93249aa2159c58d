import { describe, expect, it } from "vitest";
import { extractFromTo } from "./extract-from-to.js";

describe("extractFromTo", () => {
  it("reads a baseline and a target", () => {
    expect(extractFromTo("Reduce time-to-first-value from 14 days to 5 days")).toEqual({
      from: 14,
      to: 5,
    });
  });

  it("reads a baseline stated in parentheses", () => {
    expect(extractFromTo("Achieve onboarding NPS of 55 (current 38)")).toEqual({
      from: 38,
      to: 55,
    });
  });

  it("states no target for a threshold, so a declared stretch target does not contradict it", () => {
    expect(extractFromTo("Keep NPS above 45")).toEqual({});
  });

  it("states nothing for a task", () => {
    expect(extractFromTo("Hire 5 engineers")).toEqual({});
  });
});
