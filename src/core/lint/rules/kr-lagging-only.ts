import { kindOf } from "../classify/key-result-metric.js";
import type { LintRule, RuleHit } from "../lint-types.js";

export const krLaggingOnly: LintRule = {
  id: "kr-lagging-only",
  severity: "info",
  why: "When every key result is lagging you only learn at the end of the cycle whether you were on track.",
  check({ view }) {
    const hits: RuleHit[] = [];
    for (const objective of view.objectives) {
      const krs = objective.keyResults;
      if (krs.length < 2 || !krs.every((kr) => kindOf(kr, view) === "lagging")) continue;
      hits.push({
        path: objective.path,
        message: `all ${krs.length} key results of "${objective.objective.title}" are lagging metrics`,
        fix: "Add a leading key result that moves weeks earlier (activation, usage, pipeline created) or list leading indicators under leadingIndicators",
      });
    }
    return hits;
  },
};
