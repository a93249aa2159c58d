import type { LintRule, RuleHit } from "../lint-types.js";

export const objectiveLength: LintRule = {
  id: "objective-length",
  severity: "info",
  why: "A short objective says too little to rally anyone; a long one nobody remembers.",
  check({ view, thresholds }) {
    const hits: RuleHit[] = [];
    for (const objective of view.objectives) {
      const title = objective.objective.title.trim();
      const words = title === "" ? 0 : title.split(/\s+/).length;
      if (words < thresholds.minObjectiveWords)
        hits.push({
          path: objective.path,
          message: `"${title}" has ${words} word${words === 1 ? "" : "s"} (fewer than ${thresholds.minObjectiveWords})`,
          fix: 'Say who changes and how, in one sentence: e.g. "Make onboarding the reason customers renew"',
        });
      else if (words > thresholds.maxObjectiveWords)
        hits.push({
          path: objective.path,
          message: `"${title}" has ${words} words (more than ${thresholds.maxObjectiveWords})`,
          fix: "Keep the change and cut the explanation: move the detail into the description field",
        });
    }
    return hits;
  },
};
