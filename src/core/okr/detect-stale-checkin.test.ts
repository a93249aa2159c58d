import { describe, expect, it } from "vitest";
import { detectStaleCheckin } from "./detect-stale-checkin.js";

const q3 = { id: "2026-Q3", start: "2026-07-01", end: "2026-09-30" };

describe("detectStaleCheckin", () => {
  it("flags a KR whose last check-in is more than seven days old", () => {
    expect(detectStaleCheckin("2026-07-06", q3, "2026-07-14", 7)).toMatchObject({
      code: "stale-checkin",
      message: expect.stringContaining("8 days"),
    });
  });

  it("does not flag a check-in exactly seven days old", () => {
    expect(detectStaleCheckin("2026-07-07", q3, "2026-07-14", 7)).toBeNull();
  });

  it("honours a configured grace window", () => {
    expect(detectStaleCheckin("2026-07-01", q3, "2026-07-14", 14)).toBeNull();
    expect(detectStaleCheckin("2026-07-01", q3, "2026-07-14", 10)).not.toBeNull();
  });

  it("counts a KR never checked in as overdue from the cycle start", () => {
    expect(detectStaleCheckin(undefined, q3, "2026-07-05", 7)).toBeNull();
    expect(detectStaleCheckin(undefined, q3, "2026-07-09", 7)).toMatchObject({
      code: "stale-checkin",
    });
  });

  it("counts a KR of an objective set mid-cycle as overdue from the day it was set", () => {
    expect(detectStaleCheckin(undefined, q3, "2026-08-27", 7, "2026-08-20")).toBeNull();
    expect(detectStaleCheckin(undefined, q3, "2026-08-28", 7, "2026-08-20")).toMatchObject({
      code: "stale-checkin",
      message: expect.stringContaining("8 days since the objective was set on 2026-08-20"),
    });
  });

  it("ignores a set day on or before the cycle's start", () => {
    expect(detectStaleCheckin(undefined, q3, "2026-07-09", 7, "2026-06-15")).toMatchObject({
      code: "stale-checkin",
      message: expect.stringContaining("into the cycle"),
    });
  });

  it("stops the clock at the cycle's last day", () => {
    expect(detectStaleCheckin("2026-09-28", q3, "2026-11-30", 7)).toBeNull();
  });
});
