import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeKpi } from "../core/kpi/analyze-kpi.js";
import { analyzeWorkspace } from "../core/kpi/analyze-workspace.js";
import type { OkapiDocument } from "../core/model/index.js";
import { computeOkrStatus } from "../core/okr/compute-okr-status.js";
import { buildQuarterlyReview } from "../core/review/build-quarterly-review.js";
import { buildWeeklyReview } from "../core/review/build-weekly-review.js";
import { addDays, monthOf, monthsBetween } from "./calendar.js";
import { demoCycles } from "./demo-cycles.js";
import {
  CHURN_SPIKE_MONTHS_BACK,
  CSAT_RESPONSE_LAG_WEEKS,
  PIPELINE_DIP_MONTHS,
  TRIPPED_OBJECTIVE,
} from "./demo-stories.js";
import { generateDemoWorkspace } from "./generate-demo-workspace.js";

/** Any day from 2024 to 2030, with leap days and quarter boundaries drawn often. */
const asOfDay = fc.oneof(
  fc
    .date({
      min: new Date("2024-01-01T00:00:00Z"),
      max: new Date("2030-12-31T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom(
    "2024-02-29",
    "2028-02-29",
    "2026-01-01",
    "2026-03-31",
    "2026-04-01",
    "2026-06-30",
    "2026-09-30",
    "2026-10-01",
    "2026-12-31",
    "2030-12-31",
  ),
);

const RUNS = 40;

function story(name: string, check: (demo: OkapiDocument, asOf: string) => void): void {
  it(name, () => {
    fc.assert(
      fc.property(asOfDay, (asOf) => check(generateDemoWorkspace({ asOf }), asOf)),
      { numRuns: RUNS },
    );
  });
}

const analysisOf = (demo: OkapiDocument, asOf: string, id: string, seasonal = false) => {
  const kpi = demo.kpis?.find((k) => k.id === id);
  if (!kpi) throw new Error(`the demo has no KPI ${id}`);
  const drivers = new Map((demo.kpis ?? []).map((k) => [k.id, k.measurements ?? []]));
  return analyzeKpi(kpi, kpi.measurements ?? [], { asOf, seasonal, drivers });
};

describe("the demo's stories, on any day from 2024 to 2030", () => {
  story("has a red KPI with an ongoing signal in the weekly review", (demo, asOf) => {
    const review = buildWeeklyReview(demo, { asOf });
    const red = review.kpis.filter((k) => k.status === "red" && k.signals.length > 0);
    expect(red.map((k) => k.id)).toContain("activation-w2");
  });

  story("requires exactly one decision: the fired tripwire nobody has decided on", (demo, asOf) => {
    const decisions = buildWeeklyReview(demo, { asOf }).decisions;
    expect(decisions.map((d) => d.objective)).toEqual([TRIPPED_OBJECTIVE]);
    expect(decisions[0]?.tripwires).toHaveLength(1);
  });

  story("shows the logo-churn spike as a signal about seven months back", (demo, asOf) => {
    const spike = analysisOf(demo, asOf, "logo-churn").signals.filter(
      (s) => s.rule === "beyond-limits" && s.side === "above",
    );
    const monthsBack = spike.map((s) => monthsBetween(s.at, asOf));
    expect(monthsBack).toContain(CHURN_SPIKE_MONTHS_BACK[0]);
  });

  story("reads the slow activation decline as a falling trend with signals", (demo, asOf) => {
    const activation = analysisOf(demo, asOf, "activation-w2");
    expect(activation.status).toBe("red");
    expect(activation.trend?.direction).toBe("falling");
    const recent = activation.signals.filter(
      (s) => s.side === "below" && monthsBetween(s.at, asOf) <= 5,
    );
    expect(recent.length).toBeGreaterThan(0);
    expect(activation.proposals.map((p) => p.kind)).toContain("recovery-okr");
  });

  story(
    "dips pipeline coverage in its seasonal months, which the seasonal baseline absorbs",
    (demo, asOf) => {
      const inDip = (s: { at: string; side: string }) =>
        s.side === "below" && (PIPELINE_DIP_MONTHS as readonly number[]).includes(monthOf(s.at));
      const raw = analysisOf(demo, asOf, "pipeline-coverage").signals.filter(inDip);
      const seasonal = analysisOf(demo, asOf, "pipeline-coverage", true).signals.filter(inDip);
      expect(raw.length).toBeGreaterThan(0);
      expect(seasonal.length).toBeLessThan(raw.length);
    },
  );

  story("confirms that support response time leads CSAT by its declared weeks", (demo, asOf) => {
    const csat = analyzeWorkspace(demo, { asOf }).analyses.find((a) => a.kpi === "csat");
    const lead = csat?.leads.find((l) => l.leading === "support-first-response-hours");
    expect(lead?.verdict).toBe("confirmed");
    expect(lead?.declaredWeeks).toBe(CSAT_RESPONSE_LAG_WEEKS);
    expect(lead?.found.correlation).toBeLessThan(0);
  });

  story("annotates the churn spike by the KPI's owner and recovers after it", (demo, asOf) => {
    const kpi = demo.kpis?.find((k) => k.id === "logo-churn");
    const churn = kpi?.measurements ?? [];
    const spike = churn.filter((p) => p.value >= 2.7);
    expect(spike.map((p) => monthsBetween(p.at, asOf))).toEqual([...CHURN_SPIKE_MONTHS_BACK]);
    for (const p of spike) expect([p.note !== undefined, p.by]).toEqual([true, kpi?.owner]);
    expect(churn.at(-1)?.value).toBeLessThan(1.8);
  });

  story(
    "runs a live quarter with on-track, behind-pace, confidence-falling and stale key results",
    (demo, asOf) => {
      const { live } = demoCycles(asOf);
      const krs = computeOkrStatus(demo, { asOf })
        .objectives.filter((o) => o.cycle.id === live.id)
        .flatMap((o) => o.keyResults);
      const withReason = (code: string) =>
        krs.filter((kr) => kr.reasons.some((r) => r.code === code)).map((kr) => kr.id);
      expect(krs.filter((kr) => kr.risk === "on-track").length).toBeGreaterThanOrEqual(8);
      expect(withReason("behind-pace").length).toBeGreaterThanOrEqual(3);
      expect(withReason("confidence-falling")).toEqual(["activation-lift"]);
      expect(withReason("stale-checkin")).toEqual(["at-risk-saved"]);
    },
  );

  story("grades the previous quarter in the quarterly review", (demo, asOf) => {
    const review = buildQuarterlyReview(demo, { asOf });
    expect(review?.period).toBe(demoCycles(asOf).previous.id);
    expect(review?.objectives.map((o) => [o.id, o.success])).toEqual([
      ["self-serve-expansion", true],
      ["renewal-playbook", false],
    ]);
  });

  story(
    "leaves a successful closed KR on a metric that is not a KPI yet, for promotion",
    (demo, asOf) => {
      const promoted = analyzeWorkspace(demo, { asOf }).promotions.map((p) => p.keyResult);
      expect(promoted).toContain("self-serve-upgrades");
    },
  );

  story("dates nothing after asOf and no live checkpoint before it", (demo, asOf) => {
    for (const kpi of demo.kpis ?? [])
      for (const m of kpi.measurements ?? []) expect(m.at <= asOf).toBe(true);
    const { live } = demoCycles(asOf);
    for (const objective of demo.objectives ?? [])
      for (const kr of objective.keyResults ?? [])
        for (const c of kr.checkins ?? []) expect(c.at <= asOf).toBe(true);
    const checkpoints = (demo.objectives ?? [])
      .filter((o) => o.cycle === live.id)
      .flatMap((o) => o.killCriteria ?? [])
      .filter((c) => c.metric === undefined);
    expect(checkpoints.length).toBe(8);
    for (const checkpoint of checkpoints) expect((checkpoint.by ?? "") > asOf).toBe(true);
    expect(live.start <= asOf && asOf <= live.end).toBe(true);
    expect(addDays(live.start, 56) <= asOf).toBe(true);
  });
});
