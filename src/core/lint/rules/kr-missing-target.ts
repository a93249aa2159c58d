import { krReading } from "../classify/classify-key-result.js";
import type { LintRule, RuleHit } from "../lint-types.js";

export const krMissingTarget: LintRule = {
  id: "kr-missing-target",
  severity: "error",
  why: "A key result without a target has no finish line: any movement can be called success.",
  check({ view, thresholds }) {
    const hits: RuleHit[] = [];
    for (const objective of view.objectives)
      for (const kr of objective.keyResults) {
        const { parsed, keyResult } = kr;
        if (kr.to !== undefined || parsed.by !== undefined || parsed.band || keyResult.band)
          continue;
        if (krReading(kr, thresholds).kind !== "outcome") continue;
        const metric = keyResult.metric ?? parsed.metric ?? "the metric";
        hits.push({
          path: kr.path,
          message: `"${keyResult.title}" names ${metric} but no target`,
          fix: `Add the number that means done: "${parsed.verb ? parsed.verb.charAt(0).toUpperCase() + parsed.verb.slice(1) : "Increase"} ${metric} from ${kr.from ?? "<today>"} to <target>" and to: <target>`,
          parsed,
        });
      }
    return hits;
  },
};
