import { describe, expect, it } from "vitest";
import type { KeyResult, KillCriterion, MeasurementPoint } from "../core/model/index.js";
import { parseCycle } from "../core/model/index.js";
import {
  BEHIND_PACE_AT_RISK_GAP,
  CONFIDENCE_FALLING_MIN_DROP,
  CONFIDENCE_TREND_WINDOW,
  STALE_AFTER_DAYS,
} from "../core/thresholds/okr.js";
import { valueOn } from "./build-checkins.js";
import { addDays, daysBetween, monthOf, monthsBetween, quarterOf } from "./calendar.js";
import {
  ACTIVATION_DECLINE_WEEKS,
  CHURN_SPIKE_MONTHS_BACK,
  NRR_ACTIVATION_LAG_WEEKS,
  PIPELINE_DIP_MONTHS,
} from "./demo-stories.js";
import { generateDemoWorkspace } from "./generate-demo-workspace.js";

const AS_OF = "2026-11-23";
const demo = generateDemoWorkspace({ asOf: AS_OF });
const series = (id: string): MeasurementPoint[] =>
  demo.kpis?.find((k) => k.id === id)?.measurements ?? [];
const kpiById = (id: string) => demo.kpis?.find((k) => k.id === id);
const cycle = parseCycle(quarterOf(AS_OF));
const live = (demo.objectives ?? []).filter((o) => o.cycle === cycle?.id);
const liveKrs = live.flatMap((o) => o.keyResults ?? []);
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function correlation(xs: readonly number[], ys: readonly number[]): number {
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    const y = ys[i] as number;
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

function progressOf(kr: KeyResult): { progress: number; expected: number } {
  const last = kr.checkins?.at(-1);
  const from = kr.from as number;
  const to = kr.to as number;
  const length = daysBetween(cycle?.start ?? "", cycle?.end ?? "");
  return {
    progress: ((last?.value ?? from) - from) / (to - from),
    expected: daysBetween(cycle?.start ?? "", AS_OF) / length,
  };
}

function crosses(criterion: KillCriterion, value: number): boolean {
  return (
    (criterion.below !== undefined && value < criterion.below) ||
    (criterion.above !== undefined && value > criterion.above)
  );
}

describe("generateDemoWorkspace stories", () => {
  it("spikes logo churn to about 3% for two consecutive months some 7 months back, annotated", () => {
    const churn = series("logo-churn");
    const spike = churn.filter((p) => p.value >= 2.7);
    expect(spike.map((p) => monthsBetween(p.at, AS_OF))).toEqual([...CHURN_SPIKE_MONTHS_BACK]);
    for (const p of spike) {
      expect(p.note).toBeTruthy();
      expect(p.by).toBe(kpiById("logo-churn")?.owner);
    }
    const before = churn.filter((p) => monthsBetween(p.at, AS_OF) > CHURN_SPIKE_MONTHS_BACK[0]);
    for (const p of before) expect(p.value >= 1 && p.value <= 1.5).toBe(true);
    expect(churn.at(-1)?.value).toBeLessThan(1.8);
  });

  it("declines week-2 activation from about 42% to about 33%, below its healthy minimum for the last 3 weeks", () => {
    const activation = series("activation-w2");
    const min = kpiById("activation-w2")?.healthy?.min ?? 0;
    for (const p of activation.slice(-3)) expect(p.value).toBeLessThan(min);
    const plateau = activation.filter(
      (p) => daysBetween(p.at, AS_OF) / 7 > ACTIVATION_DECLINE_WEEKS,
    );
    expect(mean(plateau.map((p) => p.value))).toBeCloseTo(42, 0);
    expect(mean(activation.slice(-3).map((p) => p.value))).toBeLessThan(35);
  });

  it("dips pipeline coverage in August and December", () => {
    const pipeline = series("pipeline-coverage");
    const inDip = (p: MeasurementPoint) =>
      (PIPELINE_DIP_MONTHS as readonly number[]).includes(monthOf(p.at));
    const dip = pipeline.filter(inDip).map((p) => p.value);
    const rest = pipeline.filter((p) => !inDip(p)).map((p) => p.value);
    expect(dip.length).toBeGreaterThan(10);
    expect(mean(rest) - mean(dip)).toBeGreaterThan(0.3);
    expect(Math.min(...dip)).toBeLessThan(kpiById("pipeline-coverage")?.healthy?.min ?? 0);
  });

  it("moves NRR with week-2 activation 8 weeks earlier, more than with activation in the same month", () => {
    const nrr = series("nrr").filter((p) => monthsBetween(p.at, AS_OF) < 12);
    const activation = series("activation-w2");
    const lead = (lagWeeks: number) =>
      nrr.map((p) => valueOn(activation, addDays(p.at, -7 * lagWeeks)) ?? Number.NaN);
    const values = nrr.map((p) => p.value);
    const lagged = correlation(lead(NRR_ACTIVATION_LAG_WEEKS), values);
    expect(lagged).toBeGreaterThan(0.6);
    expect(lagged).toBeGreaterThan(correlation(lead(0), values));
    expect(lagged).toBeGreaterThan(correlation(lead(16), values));
    expect(kpiById("nrr")?.leading).toContainEqual({
      kpi: "activation-w2",
      leadWeeks: NRR_ACTIVATION_LAG_WEEKS,
    });
  });

  it("keeps several live KRs on track and several behind pace", () => {
    const paces = liveKrs.map(progressOf);
    const behind = paces.filter((p) => p.progress < p.expected - BEHIND_PACE_AT_RISK_GAP);
    const onTrack = paces.filter((p) => p.progress >= p.expected - BEHIND_PACE_AT_RISK_GAP);
    expect(behind.length).toBeGreaterThanOrEqual(3);
    expect(onTrack.length).toBeGreaterThanOrEqual(10);
  });

  it("has one live KR whose confidence fell over its last three check-ins", () => {
    const falling = liveKrs.filter((kr) => {
      const window = (kr.checkins ?? [])
        .slice(-CONFIDENCE_TREND_WINDOW)
        .map((c) => c.confidence ?? 0);
      if (window.length < CONFIDENCE_TREND_WINDOW) return false;
      const neverRose = window.every((c, i) => i === 0 || c <= (window[i - 1] as number));
      return (
        neverRose &&
        (window[0] as number) - (window.at(-1) as number) >= CONFIDENCE_FALLING_MIN_DROP
      );
    });
    expect(falling.map((kr) => kr.id)).toEqual(["activation-q4"]);
  });

  it("has exactly one stale live KR, last checked in more than 7 days before asOf", () => {
    const stale = liveKrs.filter(
      (kr) => daysBetween(kr.checkins?.at(-1)?.at ?? "", AS_OF) > STALE_AFTER_DAYS,
    );
    expect(stale.map((kr) => kr.id)).toEqual(["at-risk-saved"]);
  });

  it("has exactly one live objective whose metric tripwire fired, with no decision recorded", () => {
    const valueAt = (metric: string, krs: readonly KeyResult[]) => {
      const kr = krs.find((k) => k.id === metric);
      return kr ? kr.checkins?.at(-1)?.value : valueOn(series(metric), AS_OF);
    };
    const fired = live.filter((objective) =>
      (objective.killCriteria ?? []).some((criterion) => {
        if (criterion.metric === undefined) return false;
        if (criterion.by !== undefined && criterion.by > AS_OF) return false;
        const value = valueAt(criterion.metric, objective.keyResults ?? []);
        return value !== undefined && crosses(criterion, value);
      }),
    );
    expect(fired.map((o) => o.id)).toEqual(["guided-setup"]);
    expect(fired[0]?.killCriteria?.some((c) => c.decision !== undefined)).toBe(false);
  });

  it("fires no live date checkpoint before asOf, so the tripwire is the only one demanding a decision", () => {
    for (const objective of live)
      for (const criterion of objective.killCriteria ?? [])
        if (criterion.metric === undefined) expect((criterion.by ?? "") > AS_OF).toBe(true);
  });

  it("leaves a successful closed KR on a metric that is not a KPI yet, for promotion", () => {
    const closed = (demo.objectives ?? []).filter((o) => o.cycle !== cycle?.id);
    const promotable = closed
      .flatMap((o) => o.keyResults ?? [])
      .filter((kr) => kr.kpi === undefined && kpiById(kr.metric ?? kr.id) === undefined)
      .filter((kr) => {
        const last = kr.checkins?.at(-1)?.value ?? 0;
        return (last - (kr.from as number)) / ((kr.to as number) - (kr.from as number)) >= 0.7;
      });
    expect(promotable.length).toBeGreaterThanOrEqual(1);
  });
});
