import { describe, expect, it } from "vitest";
import type { KeyResult } from "../model/key-result.js";
import type { Kpi } from "../model/kpi.js";
import { assessKeyResult, type KeyResultContext } from "./assess-key-result.js";

// Ten days from first to last day: Jan 1 is the start, Jan 6 the middle, Jan 11 the end.
const tenDays = { id: "c", start: "2026-01-01", end: "2026-01-11" };
const q3 = { id: "2026-Q3", start: "2026-07-01", end: "2026-09-30" };
const START = "2026-01-01";
const MIDDLE = "2026-01-06";
const END = "2026-01-11";

const context = (asOf: string, extra: Partial<KeyResultContext> = {}): KeyResultContext => ({
  cycle: tenDays,
  asOf,
  staleDays: 7,
  firedTripwires: [],
  ...extra,
});

const increase: KeyResult = {
  id: "signups",
  title: "Grow weekly signups from 20 to 30",
  from: 20,
  to: 30,
  checkins: [
    { at: "2026-01-01", value: 20, confidence: 8 },
    { at: "2026-01-03", value: 22, confidence: 8 },
    { at: "2026-01-06", value: 25, confidence: 8 },
    { at: "2026-01-11", value: 30, confidence: 9 },
  ],
};
const decrease: KeyResult = {
  id: "ttfv",
  title: "Reduce time-to-first-value from 14 days to 5 days",
  checkins: [
    { at: "2026-01-01", value: 14, confidence: 7 },
    { at: "2026-01-06", value: 11, confidence: 6 },
    { at: "2026-01-11", value: 8, confidence: 6 },
  ],
};
const band: KeyResult = {
  id: "nps",
  title: "Bring onboarding NPS into the 20–30 band",
  from: 10,
  band: { min: 20, max: 30 },
  checkins: [
    { at: "2026-01-01", value: 10 },
    { at: "2026-01-06", value: 18 },
    { at: "2026-01-11", value: 25 },
  ],
};

describe("assessKeyResult", () => {
  it("tracks an increase KR at the start, middle and end of its cycle", () => {
    const start = assessKeyResult(increase, context(START));
    expect([start.progress, start.expected, start.projection, start.risk]).toEqual([
      0,
      0,
      null,
      "on-track",
    ]);
    const middle = assessKeyResult(increase, context(MIDDLE));
    // 20 → 25 of 20 → 30; check-ins lie on +1/day, so the trend ends at 30.
    expect([middle.progress, middle.expected, middle.risk]).toEqual([0.5, 0.5, "on-track"]);
    expect(middle.projection?.value).toBeCloseTo(30, 9);
    expect(middle.projection?.progress).toBeCloseTo(1, 9);
    const end = assessKeyResult(increase, context(END));
    expect([end.progress, end.expected, end.risk, end.health]).toEqual([
      1,
      1,
      "on-track",
      "on-track",
    ]);
  });

  it("tracks a decrease KR at the start, middle and end of its cycle", () => {
    expect(assessKeyResult(decrease, context(START)).progress).toBe(0);
    const middle = assessKeyResult(decrease, context(MIDDLE));
    // 14 → 11 is 3 of the 9 days to cut; 17 points behind the 50% expected.
    expect(middle.progress).toBeCloseTo(1 / 3, 12);
    expect(middle.expected).toBe(0.5);
    expect(middle.risk).toBe("at-risk");
    expect(middle.reasons.map((r) => r.code)).toEqual(["behind-pace", "low-confidence"]);
    // Trend −0.6/day from 14 reaches 8 on day 10: two thirds of the way.
    expect(middle.projection?.value).toBeCloseTo(8, 9);
    expect(middle.projection?.progress).toBeCloseTo(2 / 3, 9);
    const end = assessKeyResult(decrease, context(END));
    expect(end.progress).toBeCloseTo(2 / 3, 12);
    expect(end.risk).toBe("off-track");
  });

  it("tracks a band KR at the start, middle and end of its cycle", () => {
    expect(assessKeyResult(band, context(START)).progress).toBe(0);
    const middle = assessKeyResult(band, context(MIDDLE));
    // 18 is 2 short of the band, which was 10 away: 80%, ahead of the 50% expected.
    expect(middle.progress).toBeCloseTo(0.8, 12);
    expect(middle.risk).toBe("on-track");
    expect(middle.target).toBe(20);
    expect(assessKeyResult(band, context(END)).progress).toBe(1);
  });

  it("reports a KR whose baseline equals its target and gives it no progress", () => {
    const flat: KeyResult = {
      id: "churn",
      title: "Keep churn at 3%",
      from: 3,
      to: 3,
      checkins: [{ at: START, value: 3 }],
    };
    const status = assessKeyResult(flat, context(MIDDLE));
    expect(status.progress).toBeNull();
    expect(status.progressRaw).toBeNull();
    expect(status.reasons.map((r) => r.code)).toContain("baseline-equals-target");
  });

  it("ignores check-ins outside the cycle and says how many there were", () => {
    const kr: KeyResult = {
      ...increase,
      checkins: [
        { at: "2025-12-28", value: 29 },
        { at: "2026-01-03", value: 22 },
        { at: "2026-01-12", value: 30 },
      ],
    };
    const status = assessKeyResult(kr, context("2026-01-20"));
    expect(status.current?.value).toBe(22);
    expect(status.progress).toBeCloseTo(0.2, 12);
    expect(status.outsideCycleCheckins).toBe(2);
  });

  it("shows a closed objective's outcome before anything else", () => {
    const status = assessKeyResult(decrease, context(END, { objectiveStatus: "achieved" }));
    expect([status.health, status.risk]).toEqual(["achieved", "on-track"]);
    // Pace and confidence are history once the objective is closed.
    expect(status.reasons).toEqual([]);
  });

  it("lets staleness override a last check-in that said all is well", () => {
    const kr: KeyResult = {
      id: "k",
      title: "x",
      from: 20,
      to: 30,
      checkins: [{ at: "2026-07-01", value: 30, confidence: 9 }],
    };
    const status = assessKeyResult(kr, context("2026-07-20", { cycle: q3 }));
    expect([status.health, status.risk]).toEqual(["stale", "at-risk"]);
    expect(status.reasons.map((r) => r.code)).toEqual(["stale-checkin"]);
  });

  it("never shows a KR without check-ins as green: it is pending and at risk", () => {
    const status = assessKeyResult({ id: "k", title: "x", from: 1, to: 2 }, context("2026-01-03"));
    expect([status.health, status.risk, status.progress]).toEqual(["pending", "at-risk", null]);
    expect(status.reasons.map((r) => r.code)).toEqual(["no-checkin"]);
  });

  it("flags a linked KPI that is red, and not one that is healthy", () => {
    const kpi = (value: number): Kpi => ({
      id: "activation",
      name: "Activation",
      alert: { below: 20 },
      measurements: [{ at: "2026-01-02", value }],
    });
    const kr: KeyResult = { ...increase, kpi: "activation" };
    const red = assessKeyResult(kr, context("2026-01-02", { kpi: kpi(15) }));
    expect(red.reasons.map((r) => r.code)).toContain("kpi-red");
    const green = assessKeyResult(kr, context("2026-01-02", { kpi: kpi(25) }));
    expect(green.reasons.map((r) => r.code)).not.toContain("kpi-red");
    // The KPI measured on Jan 2 is newer than the Jan 1 check-in, so it is the current value.
    expect(green.current).toEqual({ value: 25, at: "2026-01-02", source: "kpi" });
  });

  it("marks a KR off track when one of its tripwires fired, and not otherwise", () => {
    const wire = {
      kind: "metric",
      state: "fired",
      metric: "signups",
      value: 19,
      message: "signups was 19, below 20",
    } as const;
    const hit = assessKeyResult(increase, context(MIDDLE, { firedTripwires: [wire] }));
    expect(hit.risk).toBe("off-track");
    expect(hit.reasons.map((r) => r.code)).toEqual(["tripwire-hit"]);
    expect(assessKeyResult(increase, context(MIDDLE)).reasons).toEqual([]);
  });

  it("flags a KR reported on track whose value has not moved for four weeks", () => {
    const kr: KeyResult = {
      id: "k",
      title: "x",
      from: 0,
      to: 100,
      checkins: ["2026-07-01", "2026-07-08", "2026-07-15", "2026-07-22", "2026-07-29"].map(
        (at, i) => ({
          at,
          value: i === 0 ? 40 : 50,
          confidence: 8,
        }),
      ),
    };
    const flagged = assessKeyResult(kr, context("2026-08-05", { cycle: q3 }));
    expect(flagged.reasons.map((r) => r.code)).toContain("value-flat");
    const honest = { ...kr, checkins: kr.checkins?.map((c) => ({ ...c, confidence: 5 })) };
    expect(
      assessKeyResult(honest, context("2026-08-05", { cycle: q3 })).reasons.map((r) => r.code),
    ).not.toContain("value-flat");
  });

  it("flags a KR reported on track whose linear trend misses the target, unless its plan is back-loaded", () => {
    const kr: KeyResult = {
      id: "k",
      title: "x",
      from: 0,
      to: 100,
      checkins: [
        { at: "2026-07-01", value: 0, confidence: 8 },
        { at: "2026-07-08", value: 6, confidence: 8 },
      ],
    };
    // 6/7 a day over 91 days ends at 78: more than 10 points short of 100, though within pace today.
    const status = assessKeyResult(kr, context("2026-07-08", { cycle: q3 }));
    expect(status.reasons.map((r) => r.code)).toEqual(["projection-misses-target"]);
    const backLoaded = { ...kr, curve: "back-loaded" } as const;
    expect(assessKeyResult(backLoaded, context("2026-07-08", { cycle: q3 })).reasons).toEqual([]);
    const faster = {
      ...kr,
      checkins: [kr.checkins?.[0], { at: "2026-07-08", value: 8, confidence: 8 }],
    } as KeyResult;
    expect(assessKeyResult(faster, context("2026-07-08", { cycle: q3 })).reasons).toEqual([]);
  });
});
