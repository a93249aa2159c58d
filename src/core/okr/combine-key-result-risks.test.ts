import { describe, expect, it } from "vitest";
import { combineKeyResultRisks } from "./combine-key-result-risks.js";

const kr = (risk: "on-track" | "at-risk" | "off-track", weight = 1) => ({ risk, weight });

describe("combineKeyResultRisks", () => {
  it("puts an objective off track when off-track KRs carry half its weight or more", () => {
    expect(combineKeyResultRisks([kr("off-track"), kr("on-track")])).toBe("off-track");
    expect(combineKeyResultRisks([kr("off-track", 3), kr("on-track"), kr("on-track")])).toBe(
      "off-track",
    );
  });

  it("puts an objective at risk when some KR is not on track", () => {
    expect(
      combineKeyResultRisks([kr("off-track"), kr("on-track"), kr("on-track"), kr("on-track")]),
    ).toBe("at-risk");
    expect(combineKeyResultRisks([kr("at-risk"), kr("on-track")])).toBe("at-risk");
  });

  it("keeps an objective on track when every KR is, or when it has none", () => {
    expect(combineKeyResultRisks([kr("on-track"), kr("on-track")])).toBe("on-track");
    expect(combineKeyResultRisks([])).toBe("on-track");
  });
});
