import type { LintRule, RuleHit } from "../lint-types.js";

/** A company cycle covers a team cycle when equal, or when it is the year the team's quarter is in. */
function covers(company: string | undefined, team: string | undefined): boolean {
  return (
    company === undefined ||
    team === undefined ||
    company === team ||
    team.startsWith(`${company}-`)
  );
}

export const orphanObjective: LintRule = {
  id: "orphan-objective",
  severity: "info",
  why: "A team objective that aligns to no company objective may be good work pointed nowhere.",
  check({ view }) {
    const company = view.objectives.filter((o) => o.objective.team === undefined);
    if (company.length === 0) return [];
    const hits: RuleHit[] = [];
    for (const objective of view.objectives) {
      const { team, parent, cycle } = objective.objective;
      if (team === undefined || parent !== undefined) continue;
      const candidates = company.filter((c) => covers(c.objective.cycle, cycle));
      if (candidates.length === 0) continue;
      hits.push({
        path: objective.path,
        message: `team ${team}'s objective "${objective.objective.title}" has no parent while company objectives exist`,
        fix: `Add parent: <the company objective it moves> (${candidates
          .map((c) => c.objective.id)
          .slice(0, 5)
          .join(", ")}) — or say in its description why it stands alone`,
      });
    }
    return hits;
  },
};
