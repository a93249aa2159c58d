import { describe, expect, it } from "vitest";
import { rollUpAlignment } from "./roll-up-alignment.js";

describe("rollUpAlignment", () => {
  it("gives each child an equal share of its parent's aligned progress", () => {
    const result = rollUpAlignment([
      { id: "company", parent: null, progress: 0.5, risk: "on-track" },
      { id: "growth", parent: "company", progress: 0.4, risk: "at-risk" },
      { id: "sales", parent: "company", progress: 0.8, risk: "on-track" },
      { id: "ops", parent: "company", progress: null, risk: "at-risk" },
    ]);
    const company = result.get("company");
    expect(company?.progress).toBeCloseTo(0.4, 12);
    expect(company?.children.map((c) => c.contribution)).toEqual([0.4 / 3, 0.8 / 3, 0]);
    expect(result.has("growth")).toBe(false);
  });
});
