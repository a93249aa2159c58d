import { describe, expect, it } from "vitest";
import { RUN_ON_ONE_SIDE } from "../thresholds/kpi.js";
import { detectSignals } from "./detect-signals.js";
import { noise, toSeries } from "./fixtures/synthetic-series.js";

const options = { name: "Week-2 activation", cadence: "weekly" } as const;

describe("detectSignals", () => {
  it("keeps false alarms on 1,000 pure-noise series near the rules' theoretical rates", () => {
    // Theory with known mean and σ: 0.27% of points beyond 3σ; the four Western Electric
    // rules together about 1.1% (ARL0 ≈ 92), the six-point trend rule ~0.3% more.
    // Limits estimated from 52 points widen that spread, so the bounds allow ~2×; a chart
    // at 2σ (4.6% beyond) or with mis-scaled σ fails them. Measured: 0.45% and 1.89%.
    const length = 104;
    let beyond = 0;
    let all = 0;
    for (let seed = 1; seed <= 1000; seed++) {
      const { signals } = detectSignals(toSeries(noise(seed * 7919, length)), options);
      beyond += signals.filter((s) => s.rule === "beyond-limits").length;
      all += signals.length;
    }
    expect(beyond / (1000 * length)).toBeLessThan(0.006);
    expect(all / (1000 * length)).toBeLessThan(0.025);
  });

  it("finds no beyond-limits point in a calm noise series", () => {
    const { signals } = detectSignals(toSeries(noise(3, 52, 40, 1)), options);
    expect(signals.filter((s) => s.rule === "beyond-limits")).toEqual([]);
  });

  it("catches a 2σ shift within a few points", () => {
    const delays: number[] = [];
    for (let seed = 1; seed <= 200; seed++) {
      const points = toSeries([...noise(seed, 60), ...noise(seed + 10_000, 20, 2)]);
      const shiftAt = (points[60] as { at: string }).at;
      const first = detectSignals(points, options).signals.find(
        (s) => s.at >= shiftAt && s.side === "above",
      );
      delays.push(first ? points.findIndex((p) => p.at === first.at) - 59 : Infinity);
    }
    delays.sort((a, b) => a - b);
    expect(delays[100]).toBeLessThanOrEqual(4);
    expect(delays[180]).toBeLessThanOrEqual(8);
  });

  it("flags a single 5σ spike on its date", () => {
    const values = noise(11, 60, 100, 2);
    values[40] = 100 + 5 * 2;
    const points = toSeries(values);
    const { signals } = detectSignals(points, options);
    const spike = signals.filter((s) => s.rule === "beyond-limits");
    expect(spike.map((s) => s.at)).toContain(points[40]?.at);
    expect(spike.find((s) => s.at === points[40]?.at)?.side).toBe("above");
  });

  it("says a run of eight below the average is a shift, in words", () => {
    const values = [...noise(5, 40, 42, 0.5), ...noise(6, 12, 39, 0.3)];
    const { signals } = detectSignals(toSeries(values), options);
    const shift = signals.find((s) => s.rule === "eight-on-one-side" && s.side === "below");
    expect(shift?.message).toMatch(
      /^Week-2 activation has been below its average of [\d.]+ for 8 weeks in a row: this is a shift, not noise\.$/,
    );
  });

  it("reports a rule once while its condition lasts", () => {
    const values = [...noise(8, 30, 0, 1), ...Array.from({ length: 20 }, (_, i) => -5 - i * 0.01)];
    const { signals } = detectSignals(toSeries(values), {
      ...options,
      baseline: { mode: "fixed", points: 30 },
    });
    expect(signals.filter((s) => s.rule === "six-trending").length).toBeLessThanOrEqual(1);
  });

  it("recomputes the limits from the start of a confirmed shift", () => {
    const values = [...noise(21, 40, 10, 1), ...noise(22, 40, 20, 1)];
    const points = toSeries(values);
    const report = detectSignals(points, options);
    expect(report.segments.length).toBeGreaterThanOrEqual(2);
    expect(report.limits?.center).toBeGreaterThan(18);
    const shift = report.signals.find((s) => s.rule === "eight-on-one-side");
    const start = points.findIndex((p) => p.at === shift?.at) - RUN_ON_ONE_SIDE + 1;
    expect(report.segments[1]?.baselineFrom).toBe(points[start]?.at);
  });

  it("rolls the baseline over the points just before each one when asked", () => {
    const points = toSeries(noise(31, 80, 50, 1));
    const rolling = detectSignals(points, {
      ...options,
      baseline: { mode: "rolling", points: 20 },
    });
    expect(rolling.signals.filter((s) => s.rule === "eight-on-one-side")).toEqual([]);
    // The latest point (index 79) is judged by the 20 points before it: 59…78.
    expect(rolling.limits?.baselineFrom).toBe(points[59]?.at);
    expect(rolling.limits?.baselineTo).toBe(points[78]?.at);
  });

  it("reads nothing from fewer points than a usable baseline", () => {
    const report = detectSignals(toSeries([1, 9, 1, 9, 50]), options);
    expect(report).toEqual({ signals: [], segments: [] });
  });
});
