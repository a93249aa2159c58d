import { krReading } from "../classify/classify-key-result.js";
import type { LintRule, RuleHit } from "../lint-types.js";

export const krNotMeasurable: LintRule = {
  id: "kr-not-measurable",
  severity: "error",
  why: "A key result with no number and no metric cannot be graded: at the end of the cycle nobody can say whether it happened.",
  check({ view, thresholds }) {
    const hits: RuleHit[] = [];
    for (const objective of view.objectives)
      for (const kr of objective.keyResults) {
        if (krReading(kr, thresholds).kind !== "unmeasurable") continue;
        hits.push({
          path: kr.path,
          message: `"${kr.keyResult.title}" names no number and no metric`,
          fix: `Pick the number that would show it ("${kr.parsed.metric ?? "it"}" — a rate, a time, a count) and write "${kr.parsed.verb ? `${kr.parsed.verb} ` : "Increase "}<metric> from <today> to <target>"`,
          parsed: kr.parsed,
        });
      }
    return hits;
  },
};
