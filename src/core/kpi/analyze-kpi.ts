import type { Kpi } from "../model/kpi.js";
import { assessRangeStatus, type RangeStatus } from "./assess-range-status.js";
import { checkDeclaredLeads, type LeadCheck } from "./check-declared-leads.js";
import { type Baseline, detectSignals } from "./detect-signals.js";
import { inferCadence, periodNoun } from "./kpi-dates.js";
import type { KpiDefinition, RangeLight, SeriesPoint, Signal, XmrLimits } from "./kpi-types.js";
import { type KpiRetirementProposal, proposeKpiRetirement } from "./propose-kpi-retirement.js";
import { proposeRecoveryOkr, type RecoveryOkrProposal } from "./propose-recovery-okr.js";
import { removeSeasonality } from "./remove-seasonality.js";
import { summarizeTrend, type TrendSummary } from "./summarize-trend.js";

export interface AnalyzeOptions {
  /** The day of the analysis: later points are ignored. */
  asOf: string;
  baseline?: Baseline | undefined;
  /** Compare each period with the same period last year before looking for signals. */
  seasonal?: boolean | undefined;
  trendPeriods?: number | undefined;
  /** Series of the declared leading KPIs, by id: enables lead checks and driver KRs. */
  drivers?: ReadonlyMap<string, readonly SeriesPoint[]> | undefined;
  /** Last time the KPI informed a decision, proposal or OKR (blocks retirement after it). */
  usedSince?: string | undefined;
}

export interface KpiAnalysis {
  kpi: string;
  status: RangeLight;
  range: RangeStatus;
  cadence: NonNullable<Kpi["cadence"]>;
  /** Whether signals were read against the same period last year. */
  seasonal: boolean;
  limits?: XmrLimits;
  signals: Signal[];
  trend?: TrendSummary;
  leads: LeadCheck[];
  proposals: (RecoveryOkrProposal | KpiRetirementProposal)[];
}

/** Points on or before `asOf`, sorted by date (already-sorted input is not copied). */
function pointsUpTo(points: readonly SeriesPoint[], asOf: string): readonly SeriesPoint[] {
  const day = asOf.slice(0, 10);
  let sorted = true;
  for (let i = 1; i < points.length && sorted; i++)
    sorted = (points[i - 1] as SeriesPoint).at <= (points[i] as SeriesPoint).at;
  const ordered = sorted ? points : [...points].sort((a, b) => (a.at < b.at ? -1 : 1));
  let end = ordered.length;
  while (end > 0 && (ordered[end - 1] as SeriesPoint).at.slice(0, 10) > day) end--;
  return end === ordered.length ? ordered : ordered.slice(0, end);
}

/**
 * Everything the API, the dashboard and the weekly review show for one KPI: range
 * status, XmR limits and signals, trend, lead checks and proposals, as of a day.
 */
export function analyzeKpi(
  kpi: KpiDefinition,
  allPoints: readonly SeriesPoint[],
  options: AnalyzeOptions,
): KpiAnalysis {
  const points = pointsUpTo(allPoints, options.asOf);
  const cadence = kpi.cadence ?? inferCadence(points.map((p) => p.at));
  const name = kpi.name ?? kpi.id;
  const range = assessRangeStatus(kpi, points);
  const deseasoned = options.seasonal ? removeSeasonality(points, cadence) : undefined;
  const seasonal = deseasoned !== undefined && deseasoned.length > 0;
  const report = detectSignals(seasonal ? deseasoned : points, {
    name: seasonal ? `${name} (against the same ${periodNoun(cadence, 1)} last year)` : name,
    cadence,
    baseline: options.baseline,
  });
  const trend = summarizeTrend(kpi, points, cadence, options.trendPeriods);
  const drivers = options.drivers ?? new Map<string, readonly SeriesPoint[]>();
  const leads = options.drivers ? checkDeclaredLeads(kpi, points, drivers) : [];
  const driverValues = new Map<string, number>();
  for (const [id, series] of drivers) {
    const latest = pointsUpTo(series, options.asOf).at(-1);
    if (latest) driverValues.set(id, latest.value);
  }
  const proposals: KpiAnalysis["proposals"] = [];
  const recovery = proposeRecoveryOkr({
    kpi,
    points,
    status: range,
    signals: report.signals,
    outOfRangePeriods: trend?.outOfRangePeriods ?? 0,
    driverValues,
  });
  if (recovery) proposals.push(recovery);
  const retirement = proposeKpiRetirement(kpi, points, report.signals, options);
  if (retirement) proposals.push(retirement);
  return {
    kpi: kpi.id,
    status: range.status,
    range,
    cadence,
    seasonal,
    ...(report.limits ? { limits: report.limits } : {}),
    signals: report.signals,
    ...(trend ? { trend } : {}),
    leads,
    proposals,
  };
}
