import { RETIRE_AFTER_QUARTERS } from "../thresholds/kpi.js";
import { classifyValue } from "./assess-range-status.js";
import { estimateTheilSen } from "./estimate-trend.js";
import { dayNumber, dayText } from "./kpi-dates.js";
import type { KpiRanges, SeriesPoint, Signal } from "./kpi-types.js";

export interface KpiRetirementProposal {
  kind: "retire-kpi";
  kpi: string;
  since: string;
  rationale: string;
}

const DAYS_PER_QUARTER = 91;

/**
 * docs/method-notes.md, "KPIs get retired": green at every point and flat (no signal, a trend
 * interval that holds zero) for several quarters, and used by no decision, proposal or
 * OKR in that time, proposes retirement; a person decides.
 */
export function proposeKpiRetirement(
  kpi: KpiRanges & { id: string; name?: string },
  points: readonly SeriesPoint[],
  signals: readonly Signal[],
  options: { asOf: string; usedSince?: string | undefined },
): KpiRetirementProposal | undefined {
  if (!kpi.healthy || points.length < 3) return;
  const since = dayText(dayNumber(options.asOf) - RETIRE_AFTER_QUARTERS * DAYS_PER_QUARTER);
  if ((points[0] as SeriesPoint).at > since) return;
  if (options.usedSince !== undefined && options.usedSince >= since) return;
  const window = points.filter((p) => p.at >= since);
  if (window.length < 3) return;
  if (window.some((p) => classifyValue(kpi, p.value) !== "green")) return;
  if (signals.some((s) => s.at >= since)) return;
  const fit = estimateTheilSen(
    window.map((p) => dayNumber(p.at)),
    window.map((p) => p.value),
  );
  if (fit.lower > 0 || fit.upper < 0) return;
  return {
    kind: "retire-kpi",
    kpi: kpi.id,
    since,
    rationale: `${kpi.name ?? kpi.id} has stayed flat inside its healthy range for ${RETIRE_AFTER_QUARTERS} quarters and informed nothing since ${since}: retire it, or say what decision it still serves.`,
  };
}
