import { countsActivity } from "../classify/classify-key-result.js";
import type { LintRule, RuleHit } from "../lint-types.js";

export const krActivityVolume: LintRule = {
  id: "kr-activity-volume",
  severity: "warning",
  why: "Counting calls, meetings, demos or posts measures effort; more of them, to what end?",
  check({ view }) {
    const hits: RuleHit[] = [];
    for (const objective of view.objectives) {
      const activities = objective.keyResults.filter(countsActivity);
      if (activities.length === 0 || activities.length < objective.keyResults.length) continue;
      for (const kr of activities) {
        const metric = kr.keyResult.metric ?? kr.parsed.metric ?? "activities";
        hits.push({
          path: kr.path,
          message: `"${kr.keyResult.title}" counts ${metric}, and no key result of this objective measures what they should achieve`,
          fix: `Keep the count as a leading indicator and make the key result what the ${metric} are for, e.g. "Raise the share of ${metric} that lead to a qualified opportunity from today's share to one you commit to".`,
          parsed: kr.parsed,
        });
      }
    }
    return hits;
  },
};
