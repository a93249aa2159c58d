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
          fix: `Measure the result the ${metric} are for, e.g. "Increase ${metric}-to-opportunity conversion from <today> to <target>", and keep the volume as a leading indicator`,
          parsed: kr.parsed,
        });
      }
    }
    return hits;
  },
};
