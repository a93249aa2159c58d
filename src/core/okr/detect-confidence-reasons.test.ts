import { describe, expect, it } from "vitest";
import {
  confidenceSeries,
  detectConfidenceFalling,
  detectLowConfidence,
  reportsOnTrack,
} from "./detect-confidence-reasons.js";

describe("detectLowConfidence", () => {
  it("flags a latest confidence of 4 to 6 as at risk and below 4 as off track", () => {
    expect(detectLowConfidence([8, 5])).toMatchObject({ code: "low-confidence", risk: "at-risk" });
    expect(detectLowConfidence([8, 3])).toMatchObject({
      code: "low-confidence",
      risk: "off-track",
    });
  });

  it("does not flag a latest confidence of 7 or more, or no confidence at all", () => {
    expect(detectLowConfidence([2, 7])).toBeNull();
    expect(detectLowConfidence([])).toBeNull();
  });
});

describe("detectConfidenceFalling", () => {
  it("flags three check-ins whose confidence never rose and fell two points or more", () => {
    expect(detectConfidenceFalling([9, 8, 8, 6])).toMatchObject({ code: "confidence-falling" });
  });

  it("does not flag a small drop, a rise inside the window, or fewer than three check-ins", () => {
    expect(detectConfidenceFalling([8, 8, 7])).toBeNull();
    expect(detectConfidenceFalling([8, 5, 6])).toBeNull();
    expect(detectConfidenceFalling([9, 5])).toBeNull();
  });
});

describe("confidenceSeries", () => {
  it("keeps only the check-ins that state a confidence, in order", () => {
    expect(confidenceSeries([{ confidence: 7 }, {}, { confidence: 5 }])).toEqual([7, 5]);
  });
});

describe("reportsOnTrack", () => {
  it("reads a latest confidence of 7 or more as reported on track", () => {
    expect(reportsOnTrack([3, 7])).toBe(true);
    expect(reportsOnTrack([9, 6])).toBe(false);
    expect(reportsOnTrack([])).toBe(false);
  });
});
