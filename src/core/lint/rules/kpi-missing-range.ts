import type { Kpi } from "../../model/kpi.js";
import type { LintRule, RuleHit } from "../lint-types.js";

/** What is missing from a KPI's healthy range given its direction, or undefined when complete. */
function missingSide(kpi: Kpi): string | undefined {
  const min = kpi.healthy?.min !== undefined || kpi.alert?.below !== undefined;
  const max = kpi.healthy?.max !== undefined || kpi.alert?.above !== undefined;
  if (kpi.direction === "higher-is-better")
    return min ? undefined : "healthy: { min: … } (and alert: { below: … })";
  if (kpi.direction === "lower-is-better")
    return max ? undefined : "healthy: { max: … } (and alert: { above: … })";
  if (kpi.direction === "within-range")
    return min && max ? undefined : "healthy: { min: …, max: … }";
  return min || max ? undefined : "healthy: { min: … } or { max: … } and a direction";
}

export const kpiMissingRange: LintRule = {
  id: "kpi-missing-range",
  severity: "warning",
  why: "A KPI without a healthy range cannot turn amber or red, so it never asks anyone to act.",
  check({ view }) {
    const hits: RuleHit[] = [];
    for (const { kpi, path } of view.kpis) {
      if (kpi.status === "retired") continue;
      const missing = missingSide(kpi);
      if (missing === undefined) continue;
      hits.push({
        path,
        message: `KPI ${kpi.id} ("${kpi.name}") has no healthy range${kpi.direction ? ` on its ${kpi.direction === "lower-is-better" ? "upper" : kpi.direction === "higher-is-better" ? "lower" : ""} side` : ""}`,
        fix: `Add ${missing}: the value at which someone must act`,
      });
    }
    return hits;
  },
};
