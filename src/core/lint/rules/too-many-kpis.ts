import type { LintRule, RuleHit } from "../lint-types.js";
import type { KpiView } from "../view/document-view.js";

export const tooManyKpis: LintRule = {
  id: "too-many-kpis",
  severity: "warning",
  why: "A wall of KPIs hides the few that matter; nobody reads past the first screen.",
  check({ view, thresholds }) {
    const live = view.kpis.filter((k) => k.kpi.status !== "retired");
    const hits: RuleHit[] = [];
    if (live.length > thresholds.maxKpisPerOrganization)
      hits.push({
        path: "kpis",
        message: `the organization has ${live.length} KPIs (more than ${thresholds.maxKpisPerOrganization})`,
        fix: "Retire the KPIs that informed no decision last quarter (status: retired, with a retiredReason) and keep the North Star and its drivers",
      });
    const byTeam = new Map<string, KpiView[]>();
    for (const kpi of live) {
      if (kpi.kpi.team === undefined) continue;
      const list = byTeam.get(kpi.kpi.team) ?? [];
      list.push(kpi);
      byTeam.set(kpi.kpi.team, list);
    }
    for (const [team, list] of byTeam) {
      const extra = list[thresholds.maxKpisPerTeam];
      if (!extra) continue;
      hits.push({
        path: extra.path,
        message: `team ${team} has ${list.length} KPIs (more than ${thresholds.maxKpisPerTeam})`,
        fix: `Keep the ${thresholds.maxKpisPerTeam} the team acts on weekly; retire or move the rest (${list
          .slice(thresholds.maxKpisPerTeam)
          .map((k) => k.kpi.id)
          .join(", ")})`,
      });
    }
    return hits;
  },
};
