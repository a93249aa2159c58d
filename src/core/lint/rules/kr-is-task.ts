import { taskKind } from "../classify/classify-key-result.js";
import type { LintRule, RuleHit } from "../lint-types.js";

export const krIsTask: LintRule = {
  id: "kr-is-task",
  severity: "error",
  why: "Shipping something is an output; a key result is the outcome that proves it worked.",
  check({ view, thresholds }) {
    const hits: RuleHit[] = [];
    for (const objective of view.objectives)
      for (const kr of objective.keyResults) {
        const kind = taskKind(kr, thresholds);
        if (!kind) continue;
        const title = kr.keyResult.title;
        const task = kr.parsed.task ?? title;
        hits.push(
          kind === "task"
            ? {
                path: kr.path,
                message: `"${title}" is an activity (${kr.parsed.verb}), not an outcome: it is done when shipped, whether or not anything changed`,
                fix: `Name the change it should cause, e.g. "Increase <metric the ${kr.parsed.metric ?? "work"} should move> from <today> to <target>", and keep "${title}" in the plan as the work`,
                parsed: kr.parsed,
              }
            : {
                path: kr.path,
                message: `"${title}" leads with an activity (${task}) but names a measured outcome`,
                fix: `Lead with the outcome: "${kr.parsed.outcomeVerb ? `${kr.parsed.outcomeVerb} ` : ""}${kr.parsed.metric ?? "the metric"} …" and keep "${task}" as the plan`,
                parsed: kr.parsed,
                atMost: "warning",
              },
        );
      }
    return hits;
  },
};
