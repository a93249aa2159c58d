import { analyzeWorkspace } from "../kpi/analyze-workspace.js";
import type { RangeLight } from "../kpi/kpi-types.js";
import type { OkapiDocument } from "../model/okapi-file.js";
import { monthKey } from "./period-key.js";

/** The monthly KPI trend review: each KPI's trend and signals, and the lead/lag re-check. */
export interface KpiTrendReview {
  kind: "kpi-trends";
  organization: string;
  asOf: string;
  period: string;
  kpis: {
    id: string;
    name: string;
    status: RangeLight;
    trend: "rising" | "falling" | "flat" | "unknown";
    /** Slope per period of the KPI's cadence, with the period. */
    slope?: { value: number; per: string };
    ongoingSignals: string[];
    outOfRangePeriods: number;
  }[];
  /** Declared leading indicators the data contradict or do not support: re-check them. */
  leadChecks: { kpi: string; leading: string; verdict: string; message: string }[];
  proposals: number;
}

/**
 * The monthly trend review (docs/method-notes.md, "Cadence": trends monthly): trends and signals of every
 * KPI, plus each declared lead/lag pair re-tested against the data.
 */
export function buildKpiTrendReview(document: OkapiDocument, asOf: string): KpiTrendReview {
  const day = asOf.slice(0, 10);
  const health = analyzeWorkspace(document, { asOf: day });
  const names = new Map((document.kpis ?? []).map((k) => [k.id, k.name]));
  return {
    kind: "kpi-trends",
    organization: document.organization,
    asOf: day,
    period: monthKey(day),
    kpis: health.analyses.map((a) => ({
      id: a.kpi,
      name: names.get(a.kpi) ?? a.kpi,
      status: a.status,
      trend: a.trend?.direction ?? "unknown",
      ...(a.trend && { slope: { value: a.trend.slope, per: a.trend.per } }),
      ongoingSignals: a.signals.filter((s) => s.ongoing).map((s) => s.message),
      outOfRangePeriods: a.trend?.outOfRangePeriods ?? 0,
    })),
    leadChecks: health.analyses.flatMap((a) =>
      a.leads
        .filter((lead) => lead.flagged)
        .map((lead) => ({
          kpi: lead.kpi,
          leading: lead.leading,
          verdict: lead.verdict,
          message: lead.message,
        })),
    ),
    proposals:
      health.analyses.reduce((n, a) => n + a.proposals.length, 0) + health.promotions.length,
  };
}
