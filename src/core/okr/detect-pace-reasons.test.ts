import { describe, expect, it } from "vitest";
import { detectBehindPace, detectFlatValue, detectProjectionMiss } from "./detect-pace-reasons.js";

describe("detectBehindPace", () => {
  it("flags a KR 10 or more points behind its expected progress as at risk", () => {
    expect(detectBehindPace(0.38, 0.5)).toMatchObject({ code: "behind-pace", risk: "at-risk" });
  });

  it("flags a KR 25 or more points behind as off track", () => {
    expect(detectBehindPace(0.2, 0.5)).toMatchObject({ code: "behind-pace", risk: "off-track" });
  });

  it("does not flag a KR within 10 points of its pace or ahead of it", () => {
    expect(detectBehindPace(0.45, 0.5)).toBeNull();
    expect(detectBehindPace(0.9, 0.5)).toBeNull();
  });
});

describe("detectFlatValue", () => {
  it("flags a value unchanged for four weeks", () => {
    const checkins = [
      { at: "2026-07-01", value: 10 },
      { at: "2026-07-08", value: 12 },
      { at: "2026-07-15", value: 12 },
      { at: "2026-08-12", value: 12 },
    ];
    expect(detectFlatValue(checkins, "2026-08-12")).toMatchObject({ code: "value-flat" });
  });

  it("does not flag a value that moved within the last four weeks", () => {
    const checkins = [
      { at: "2026-07-08", value: 12 },
      { at: "2026-07-29", value: 13 },
      { at: "2026-08-12", value: 13 },
    ];
    expect(detectFlatValue(checkins, "2026-08-12")).toBeNull();
  });

  it("does not flag check-ins that span less than four weeks", () => {
    expect(
      detectFlatValue(
        [
          { at: "2026-07-20", value: 12 },
          { at: "2026-08-12", value: 12 },
        ],
        "2026-08-12",
      ),
    ).toBeNull();
  });
});

describe("detectProjectionMiss", () => {
  it("flags a trend that ends short of the target", () => {
    expect(detectProjectionMiss(0.8, 52)).toMatchObject({ code: "projection-misses-target" });
  });

  it("says so when the trend moves away from the target", () => {
    expect(detectProjectionMiss(-0.5, 21)?.message).toContain("moving away from the target");
  });

  it("does not flag a trend that reaches the target or ends within 10 points of it", () => {
    expect(detectProjectionMiss(1.02, 61)).toBeNull();
    expect(detectProjectionMiss(0.92, 58)).toBeNull();
  });
});
