import { isMaintenance } from "../classify/classify-key-result.js";
import type { LintRule, RuleHit } from "../lint-types.js";

export const objectiveIsKpi: LintRule = {
  id: "objective-is-kpi",
  severity: "error",
  why: "When every key result only holds a level, the objective is a dashboard with a header stapled on: nothing is meant to change.",
  check({ view, thresholds }) {
    const hits: RuleHit[] = [];
    for (const objective of view.objectives) {
      const krs = objective.keyResults;
      if (krs.length === 0 || !krs.every((kr) => isMaintenance(kr, thresholds))) continue;
      const metrics = krs.map((kr) => kr.keyResult.metric ?? kr.parsed.metric ?? kr.keyResult.id);
      hits.push({
        path: objective.path,
        message: `all ${krs.length} key results of "${objective.objective.title}" hold a level (${metrics.join(", ")}): nothing here is meant to change`,
        fix: `Move the thresholds to KPIs with healthy ranges, then rewrite the objective as the change you want this cycle (e.g. "Make support the reason customers stay") with key results that move a number from a baseline to a target`,
      });
    }
    return hits;
  },
};
