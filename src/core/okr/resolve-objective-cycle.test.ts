import { describe, expect, it } from "vitest";
import { resolveObjectiveCycle } from "./resolve-objective-cycle.js";

describe("resolveObjectiveCycle", () => {
  it("resolves a declared cycle before a calendar name", () => {
    const declared = [{ id: "sprint-9", start: "2026-02-02", end: "2026-03-13" }];
    expect(resolveObjectiveCycle("sprint-9", declared, "2026-02-10")).toEqual(declared[0]);
    expect(resolveObjectiveCycle("2026-H2", declared, "2026-02-10")).toEqual({
      id: "2026-H2",
      start: "2026-07-01",
      end: "2026-12-31",
    });
  });

  it("paces an objective without a cycle against the quarter containing asOf", () => {
    expect(resolveObjectiveCycle(undefined, [], "2026-11-03")).toEqual({
      id: "2026-Q4",
      start: "2026-10-01",
      end: "2026-12-31",
    });
  });
});
