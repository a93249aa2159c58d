import type { Cadence } from "../model/primitives.js";
import {
  DEFAULT_BASELINE_POINTS,
  MIN_BASELINE_POINTS,
  RUN_ON_ONE_SIDE,
  SHIFT_BASELINE_POINTS,
} from "../thresholds/kpi.js";
import { applyRunRules, RULES } from "./apply-run-rules.js";
import { computeXmrLimits, xmrLimitsFromSums } from "./compute-xmr-limits.js";
import { describeSignal } from "./describe-signal.js";
import type { SeriesPoint, Signal, SignalRule, XmrLimits } from "./kpi-types.js";

const EIGHT_ON_ONE_SIDE_BITS = 0b11 << (2 * RULES.indexOf("eight-on-one-side"));

/** Fixed: limits from the first `points` of each stable stretch. Rolling: from the `points` before each one. */
export interface Baseline {
  mode: "fixed" | "rolling";
  points?: number;
}

export interface SignalOptions {
  name: string;
  cadence: Cadence;
  baseline?: Baseline | undefined;
}

export interface SignalReport {
  /** The limits that apply to the latest point (undefined with too few points). */
  limits?: XmrLimits;
  signals: Signal[];
  /** Every set of limits used, oldest first: a new one starts after each confirmed shift. */
  segments: XmrLimits[];
}

function fixedLimits(points: readonly SeriesPoint[], start: number, size: number) {
  const end = Math.min(points.length, start + size);
  return end - start >= MIN_BASELINE_POINTS ? computeXmrLimits(points, start, end) : undefined;
}

/** Totals over points[from, to) that grow one point at a time. */
class RunningSums {
  private to: number;
  private sum = 0;
  private rangeSum = 0;

  constructor(
    private readonly points: readonly SeriesPoint[],
    private readonly from: number,
  ) {
    this.to = from;
  }

  /** Limits over points[from, to). */
  limits(to: number): XmrLimits {
    for (; this.to < to; this.to++) {
      const value = (this.points[this.to] as SeriesPoint).value;
      this.sum += value;
      if (this.to > this.from)
        this.rangeSum += Math.abs(value - (this.points[this.to - 1] as SeriesPoint).value);
    }
    const first = (this.points[this.from] as SeriesPoint).at;
    const last = (this.points[to - 1] as SeriesPoint).at;
    return xmrLimitsFromSums(this.sum, this.rangeSum, to - this.from, first, last);
  }
}

/** The latest report of each rule whose condition still holds at the last point is ongoing. */
function markOngoing(signals: Signal[], active: number): void {
  let seen = 0;
  for (let i = signals.length - 1; i >= 0; i--) {
    const signal = signals[i] as Signal;
    const bit = 1 << (2 * RULES.indexOf(signal.rule) + (signal.side === "below" ? 1 : 0));
    if (seen & bit) continue;
    seen |= bit;
    signal.ongoing = (active & bit) !== 0;
  }
}

/**
 * Adds one signal per rule bit that just started. Kept out of the point loop, which it
 * would otherwise deoptimise each time a signal appears (5× slower, measured).
 */
function report(
  signals: Signal[],
  point: SeriesPoint,
  started: number,
  limits: XmrLimits,
  options: SignalOptions,
): void {
  for (let bit = 0; bit < RULES.length * 2; bit++) {
    if ((started & (1 << bit)) === 0) continue;
    const rule = RULES[bit >> 1] as SignalRule;
    const side = bit & 1 ? "below" : "above";
    const message = describeSignal({
      rule,
      side,
      at: point.at,
      value: point.value,
      limits,
      name: options.name,
      cadence: options.cadence,
    });
    signals.push({ rule, side, at: point.at, message, ongoing: false });
  }
}

/**
 * Runs the XmR rules over a sorted series. A rule reports once when its condition starts
 * and again only after it has lapsed. Eight on one side confirms a shift: new limits grow
 * from the start of that run, each from the points before the one judged (no look-ahead,
 * so a slide is not mistaken for a rise), once 20 exist, and stay fixed at the baseline
 * length (Wheeler: a new process needs new limits). Rolling limits come from the points
 * just before each one.
 */
export function detectSignals(
  points: readonly SeriesPoint[],
  options: SignalOptions,
): SignalReport {
  const rolling = options.baseline?.mode === "rolling";
  const size = Math.max(MIN_BASELINE_POINTS, options.baseline?.points ?? DEFAULT_BASELINE_POINTS);
  const signals: Signal[] = [];
  const segments: XmrLimits[] = [];
  let start = 0;
  let growing = rolling;
  let shiftedOnce = false;
  let limits = rolling ? undefined : fixedLimits(points, 0, size);
  let active = 0;
  let sums = new RunningSums(points, 0);
  for (let i = 0; i < points.length; i++) {
    if (growing) {
      // Until the new window has enough points, the old limits stand.
      const from = rolling ? Math.max(start, i - size) : start;
      const needed = !shiftedOnce ? MIN_BASELINE_POINTS : Math.min(size, SHIFT_BASELINE_POINTS);
      if (i - from >= needed) limits = rolling ? computeXmrLimits(points, from, i) : sums.limits(i);
      if (!rolling && i - start >= size) growing = false;
    }
    if (!limits) continue;
    const mask = applyRunRules(points, i, start, limits);
    // A rule reports when its condition starts; one that still holds stays quiet.
    const started = mask & ~active;
    active = mask;
    if (started === 0) continue;
    report(signals, points[i] as SeriesPoint, started, limits, options);
    if ((started & EIGHT_ON_ONE_SIDE_BITS) !== 0) {
      if (segments.at(-1) !== limits) segments.push(limits);
      start = i - RUN_ON_ONE_SIDE + 1;
      sums = new RunningSums(points, start);
      growing = true;
      shiftedOnce = true;
    }
  }
  markOngoing(signals, active);
  if (limits && segments.at(-1) !== limits) segments.push(limits);
  return limits ? { limits, signals, segments } : { signals, segments };
}
