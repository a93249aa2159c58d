import type { LintRule, RuleHit } from "../lint-types.js";

export const missingCycle: LintRule = {
  id: "missing-cycle",
  severity: "error",
  why: "An OKR is time-boxed change; without a cycle it has no deadline, no pace and cannot be graded.",
  check({ view }) {
    const hits: RuleHit[] = [];
    for (const objective of view.objectives) {
      if (objective.objective.cycle !== undefined) continue;
      hits.push({
        path: objective.path,
        message: `"${objective.objective.title}" has no cycle`,
        fix: "Add cycle: 2026-Q3 (a quarter, a half such as 2026-H2, a year, or a cycle id declared under cycles)",
      });
    }
    return hits;
  },
};
