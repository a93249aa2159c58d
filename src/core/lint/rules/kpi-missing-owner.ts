import type { LintRule, RuleHit } from "../lint-types.js";

export const kpiMissingOwner: LintRule = {
  id: "kpi-missing-owner",
  severity: "error",
  why: "Every KPI needs one owner who explains the variance when it moves.",
  check({ document, view }) {
    const leads = new Map((document.teams ?? []).map((team) => [team.id, team.lead]));
    const hits: RuleHit[] = [];
    for (const { kpi, path } of view.kpis) {
      if (kpi.owner !== undefined || kpi.status === "retired") continue;
      const lead = kpi.team ? leads.get(kpi.team) : undefined;
      hits.push({
        path,
        message: `KPI ${kpi.id} ("${kpi.name}") has no owner`,
        fix: `Add owner: ${lead ?? "<person id>"} — the person who explains the variance when it moves`,
      });
    }
    return hits;
  },
};
