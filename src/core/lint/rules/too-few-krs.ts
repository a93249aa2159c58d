import type { LintRule, RuleHit } from "../lint-types.js";

export const tooFewKrs: LintRule = {
  id: "too-few-krs",
  severity: "warning",
  why: "One key result is a single bet that can be hit while the objective fails; two or more triangulate the change.",
  check({ view, thresholds }) {
    const hits: RuleHit[] = [];
    for (const objective of view.objectives) {
      const count = objective.keyResults.length;
      if (count >= thresholds.minKeyResults) continue;
      hits.push({
        path: objective.path,
        message: `"${objective.objective.title}" has ${count} key result${count === 1 ? "" : "s"} (fewer than ${thresholds.minKeyResults})`,
        fix: "Add a key result that would catch the first one being gamed (a quality counterpart) or one that moves earlier (a leading one)",
      });
    }
    return hits;
  },
};
