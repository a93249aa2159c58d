import type { LeadingLink } from "../model/kpi.js";
import { LEAD_TOLERANCE_WEEKS, MAX_LAG_WEEKS, MIN_LEADLAG_WEEKS } from "../thresholds/kpi.js";
import { formatNumber } from "./format-number.js";
import type { SeriesPoint } from "./kpi-types.js";
import { type LeadLag, measureLeadLag } from "./measure-lead-lag.js";

export interface LeadCheck {
  kpi: string;
  leading: string;
  declaredWeeks?: number;
  /**
   * confirmed: leads within two weeks of the declared lag. contradicted: the data show a
   * significant link at another lag or with no delay. unsupported: no significant lead.
   */
  verdict: "confirmed" | "contradicted" | "unsupported" | "insufficient-data";
  /** Whether a person should look at the declaration (contradicted or unsupported). */
  flagged: boolean;
  found: LeadLag;
  message: string;
}

/**
 * Tests each declared leading indicator of a KPI against the data. A pair is contradicted
 * when the changes do not lead significantly, or lead by a lag more than two weeks from
 * the declared one.
 */
export function checkDeclaredLeads(
  kpi: { id: string; name?: string; leading?: readonly LeadingLink[] | undefined },
  points: readonly SeriesPoint[],
  seriesById: ReadonlyMap<string, readonly SeriesPoint[]>,
): LeadCheck[] {
  return (kpi.leading ?? []).map((link) => {
    const found = measureLeadLag(seriesById.get(link.kpi) ?? [], points);
    const base = { kpi: kpi.id, leading: link.kpi, found };
    const declared = link.leadWeeks === undefined ? {} : { declaredWeeks: link.leadWeeks };
    if (found.reason === "too-short")
      return {
        ...base,
        ...declared,
        verdict: "insufficient-data",
        flagged: false,
        message: `${link.kpi} → ${kpi.id}: only ${found.weeks} overlapping weeks of changes; at least ${MIN_LEADLAG_WEEKS + MAX_LAG_WEEKS} are needed to test the lead.`,
      };
    const offBy = link.leadWeeks === undefined ? 0 : Math.abs(found.bestLagWeeks - link.leadWeeks);
    const r = formatNumber(found.correlation);
    if (found.leads && offBy <= LEAD_TOLERANCE_WEEKS)
      return {
        ...base,
        ...declared,
        verdict: "confirmed",
        flagged: false,
        message: `${link.kpi} leads ${kpi.id} by ${found.bestLagWeeks} weeks (r = ${r}), as declared.`,
      };
    if (found.reason === "not-significant")
      return {
        ...base,
        ...declared,
        verdict: "unsupported",
        flagged: true,
        message: `the data do not show ${link.kpi} leading ${kpi.id}: the strongest link of weekly changes, r = ${r} at ${found.bestLagWeeks} weeks, is within noise (±${formatNumber(found.threshold)}). Reconsider this driver or collect more history.`,
      };
    const message = found.leads
      ? `${link.kpi} leads ${kpi.id} by ${found.bestLagWeeks} weeks (r = ${r}), not the ${link.leadWeeks} declared: update leadWeeks.`
      : `${link.kpi} moves with ${kpi.id} in the same week (r = ${r}): it does not lead it. Reconsider this driver.`;
    return { ...base, ...declared, verdict: "contradicted", flagged: true, message };
  });
}
