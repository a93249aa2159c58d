import type { LintRule, RuleHit } from "../lint-types.js";

export const missingOwner: LintRule = {
  id: "missing-owner",
  severity: "error",
  why: "An objective nobody owns is everybody's and so nobody's: one person answers for it.",
  check({ document, view }) {
    const leads = new Map((document.teams ?? []).map((team) => [team.id, team.lead]));
    const hits: RuleHit[] = [];
    for (const objective of view.objectives) {
      if (objective.objective.owner !== undefined) continue;
      const lead = objective.objective.team ? leads.get(objective.objective.team) : undefined;
      hits.push({
        path: objective.path,
        message: `"${objective.objective.title}" has no owner`,
        fix: lead
          ? `Add owner: ${lead} (the team lead) or the person who will answer for it`
          : "Add owner: <person id>, the one person who answers for it",
      });
    }
    return hits;
  },
};
