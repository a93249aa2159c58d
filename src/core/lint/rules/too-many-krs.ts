import type { LintRule, RuleHit } from "../lint-types.js";

export const tooManyKrs: LintRule = {
  id: "too-many-krs",
  severity: "warning",
  why: "Past five key results focus is gone: the objective has become a list of everything the team does.",
  check({ view, thresholds }) {
    const hits: RuleHit[] = [];
    for (const objective of view.objectives) {
      const count = objective.keyResults.length;
      if (count <= thresholds.maxKeyResults) continue;
      hits.push({
        path: objective.path,
        message: `"${objective.objective.title}" has ${count} key results (more than ${thresholds.maxKeyResults})`,
        fix: `Keep the ${thresholds.maxKeyResults} that best prove the change; move the rest to KPIs or to a second objective`,
      });
    }
    return hits;
  },
};
