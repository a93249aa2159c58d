import { describe, expect, it } from "vitest";
import { classifyQuadrant } from "./classify-quadrant.js";

const team = { id: "growth", name: "Growth" };

describe("classifyQuadrant", () => {
  it("calls green KPIs with on-track OKRs sustainable", () => {
    expect(classifyQuadrant(team, ["green", "green"], ["on-track"]).quadrant).toBe("sustainable");
  });

  it("calls healthy KPIs with off-track OKRs a machine pointed nowhere", () => {
    expect(classifyQuadrant(team, ["green"], ["off-track", "at-risk"]).quadrant).toBe(
      "pointed-nowhere",
    );
  });

  it("calls on-track OKRs with a red KPI overheating, even when most KPIs are green", () => {
    expect(classifyQuadrant(team, ["green", "green", "red"], ["on-track"]).quadrant).toBe(
      "overheating",
    );
  });

  it("calls unhealthy KPIs with off-track OKRs both bad", () => {
    expect(classifyQuadrant(team, ["amber", "amber", "green"], ["at-risk"]).quadrant).toBe(
      "both-bad",
    );
  });

  it("does not place a team without measured KPIs or without live objectives", () => {
    expect(classifyQuadrant(team, ["unknown"], ["on-track"]).quadrant).toBe("no-data");
    expect(classifyQuadrant(team, ["green"], []).quadrant).toBe("no-data");
  });

  it("counts half on track as on track (a majority includes the tie)", () => {
    expect(classifyQuadrant(team, ["green"], ["on-track", "off-track"]).quadrant).toBe(
      "sustainable",
    );
  });
});
