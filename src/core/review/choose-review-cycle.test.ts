import { describe, expect, it } from "vitest";
import type { OkapiDocument } from "../model/okapi-file.js";
import { chooseReviewCycle, previousQuarterOf } from "./choose-review-cycle.js";

describe("previousQuarterOf", () => {
  it("names the quarter before the one holding the day, across a year", () => {
    expect(previousQuarterOf("2026-11-23")).toBe("2026-Q3");
    expect(previousQuarterOf("2027-01-01")).toBe("2026-Q4");
    expect(previousQuarterOf("2028-02-29")).toBe("2027-Q4");
  });
});

describe("chooseReviewCycle", () => {
  const workspace = (extra: Partial<OkapiDocument>): OkapiDocument => ({
    version: 1,
    organization: "Acme",
    ...extra,
  });

  it("falls back to the previous calendar quarter when no cycle of the workspace has ended", () => {
    expect(chooseReviewCycle(workspace({}), "2026-11-23")).toBe("2026-Q3");
    const running = workspace({
      cycles: [{ id: "fy27-q1", start: "2026-11-01", end: "2027-01-31" }],
    });
    expect(chooseReviewCycle(running, "2026-11-23")).toBe("2026-Q3");
  });

  it("picks the declared cycle that ended last, even when a calendar quarter ended later", () => {
    const cycles = [
      { id: "q2-2026", start: "2026-06-22", end: "2026-09-20" },
      { id: "q3-2026", start: "2026-09-21", end: "2026-12-20" },
    ];
    expect(chooseReviewCycle(workspace({ cycles }), "2026-11-20")).toBe("q2-2026");
    expect(chooseReviewCycle(workspace({ cycles }), "2026-12-21")).toBe("q3-2026");
  });

  it("counts a cycle only once its last day is over", () => {
    const cycles = [{ id: "q3-2026", start: "2026-09-21", end: "2026-12-20" }];
    expect(chooseReviewCycle(workspace({ cycles }), "2026-12-20")).toBe("2026-Q3");
  });

  it("considers the calendar cycles objectives run in", () => {
    const objectives = [
      { id: "a", title: "Make onboarding the reason customers stay", cycle: "2026-H1" },
      { id: "b", title: "Make renewals a process, not a scramble", cycle: "2026-Q1" },
    ];
    expect(chooseReviewCycle(workspace({ objectives }), "2026-07-02")).toBe("2026-H1");
  });
});
