import { describe, expect, it } from "vitest";
import { generateDemoWorkspace } from "../../demo/index.js";
import type { Kpi } from "../model/kpi.js";
import { analyzeKpi } from "./analyze-kpi.js";
import { dayNumber } from "./kpi-dates.js";
import type { SeriesPoint } from "./kpi-types.js";

const asOf = "2026-11-23";
const demo = generateDemoWorkspace({ asOf });
const kpi = (id: string) => demo.kpis?.find((k) => k.id === id) as Kpi;
const series = new Map((demo.kpis ?? []).map((k) => [k.id, k.measurements ?? []]));
const analyze = (id: string, seasonal = false) =>
  analyzeKpi(kpi(id), kpi(id).measurements ?? [], { asOf, seasonal, drivers: series });
const monthsBack = (at: string) => (dayNumber(asOf) - dayNumber(at)) / 30.44;

describe("analyzeKpi on the demo workspace", () => {
  it("finds the logo-churn spike about seven months before as-of", () => {
    const spike = analyze("logo-churn").signals.filter(
      (s) => s.rule === "beyond-limits" && s.side === "above",
    );
    expect(spike.some((s) => monthsBack(s.at) > 5 && monthsBack(s.at) < 9)).toBe(true);
  });

  it("reads the slow activation decline as a signal and proposes a recovery OKR", () => {
    const result = analyze("activation-w2");
    const recent = result.signals.filter((s) => s.side === "below" && monthsBack(s.at) < 5);
    expect(recent.length).toBeGreaterThan(0);
    expect(result.trend?.direction).toBe("falling");
    const proposal = result.proposals.find((p) => p.kind === "recovery-okr");
    expect(proposal?.kind === "recovery-okr" && proposal.keyResults[0]?.kpi).toBe("activation-w2");
  });

  it("flags pipeline coverage's August and December dips, which the seasonal baseline absorbs", () => {
    const inDip = (s: { at: string }) => ["08", "12"].includes(s.at.slice(5, 7));
    const raw = analyze("pipeline-coverage").signals.filter((s) => s.side === "below" && inDip(s));
    const seasonal = analyze("pipeline-coverage", true).signals.filter(
      (s) => s.side === "below" && inDip(s),
    );
    expect(raw.length).toBeGreaterThan(0);
    expect(seasonal.length).toBeLessThan(raw.length);
  });

  it("never proposes a recovery OKR for a green KPI", () => {
    const green = (demo.kpis ?? []).map((k) => analyze(k.id)).filter((r) => r.status === "green");
    expect(green.length).toBeGreaterThanOrEqual(5);
    for (const result of green)
      expect(
        result.proposals.filter((p) => p.kind === "recovery-okr"),
        result.kpi,
      ).toEqual([]);
  });

  it("keeps every point it reads on or before as-of", () => {
    const points: SeriesPoint[] = kpi("activation-w2").measurements ?? [];
    expect(analyze("activation-w2").range.at).toBe(points.filter((p) => p.at <= asOf).at(-1)?.at);
  });
});
