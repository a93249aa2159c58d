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

  it("stops the clock at the cycle's last day", () => {
    expect(detectStaleCheckin("2026-09-28", q3, "2026-11-30", 7)).toBeNull();
  });
});
