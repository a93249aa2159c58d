import type { KeyResult } from "../model/key-result.js";
import { PROMOTION_RECENT_VALUES } from "../thresholds/kpi.js";
import { ASPIRATIONAL_SUCCESS } from "../thresholds/okr.js";
import { computeXmrLimits } from "./compute-xmr-limits.js";
import { formatNumber } from "./format-number.js";

export interface KpiPromotionProposal {
  kind: "promote-to-kpi";
  keyResult: string;
  metric: string;
  grade: number;
  direction: "higher-is-better" | "lower-is-better";
  /** The band the metric held at the end of the OKR: its natural process limits. */
  healthy: { min?: number; max?: number };
  rationale: string;
}

/**
 * OKR → KPI (docs/okr-tracking.md): a KR graded ≥ 0.7 whose metric is not a KPI is
 * proposed as one, keeping the level it reached: the healthy edge is the lower (or upper)
 * natural process limit of its latest check-ins, so ordinary noise stays green.
 */
export function proposeKpiPromotion(
  keyResult: Pick<
    KeyResult,
    "id" | "title" | "kpi" | "metric" | "from" | "to" | "direction" | "checkins"
  >,
  grade: number,
  kpiIds: ReadonlySet<string>,
): KpiPromotionProposal | undefined {
  if (grade < ASPIRATIONAL_SUCCESS) return;
  if (keyResult.kpi !== undefined) return;
  const metric = keyResult.metric ?? keyResult.id;
  if (kpiIds.has(metric)) return;
  const checkins = [...(keyResult.checkins ?? [])].sort((a, b) => (a.at < b.at ? -1 : 1));
  const recent = checkins.slice(-PROMOTION_RECENT_VALUES);
  if (recent.length === 0) return;
  const lowerIsBetter =
    keyResult.direction === "lower-is-better" ||
    (keyResult.from !== undefined && keyResult.to !== undefined && keyResult.to < keyResult.from);
  const values = recent.map((c) => c.value);
  const limits = recent.length >= 2 ? computeXmrLimits(recent) : undefined;
  const healthy = lowerIsBetter
    ? { max: limits ? limits.upper : Math.max(...values) }
    : { min: limits ? limits.lower : Math.min(...values) };
  const edge = formatNumber((healthy.max ?? healthy.min) as number);
  return {
    kind: "promote-to-kpi",
    keyResult: keyResult.id,
    metric,
    grade,
    direction: lowerIsBetter ? "lower-is-better" : "higher-is-better",
    healthy,
    rationale: `"${keyResult.title}" succeeded (grade ${formatNumber(grade)}); watch ${metric} as a KPI so the gain holds: healthy while ${lowerIsBetter ? "at most" : "at least"} ${edge}.`,
  };
}
