import { hasNumber, krReading } from "../classify/classify-key-result.js";
import { formatQuantity } from "../fixes/format-quantity.js";
import { latestValue } from "../fixes/latest-value.js";
import type { LintRule, RuleHit } from "../lint-types.js";

export const krMissingBaseline: LintRule = {
  id: "kr-missing-baseline",
  severity: "warning",
  why: "Without a baseline nobody can tell a stretch from a target already met, and progress cannot be computed.",
  check({ view, thresholds }) {
    const hits: RuleHit[] = [];
    for (const objective of view.objectives)
      for (const kr of objective.keyResults) {
        if (kr.from !== undefined || !hasNumber(kr) || kr.keyResult.band) continue;
        if (krReading(kr, thresholds).kind !== "outcome") continue;
        const today = latestValue(kr, view);
        const metric = kr.keyResult.metric ?? kr.parsed.metric ?? "the metric";
        const unit = kr.keyResult.unit ?? kr.parsed.unit ?? kr.parsed.by?.unit;
        hits.push({
          path: kr.path,
          message: `"${kr.keyResult.title}" states no baseline: where does ${metric} stand today?`,
          fix:
            today !== undefined
              ? `Add from: ${today} (the latest value) and say it in the title: "… ${metric} from ${formatQuantity(today, kr.parsed.unit)} to …".`
              : `Measure ${metric} now, add today's value as from:, and say it in the title as "from today's value to the target"${unit === "%" && kr.parsed.by ? ", turning the relative change into a number" : ""}.`,
          parsed: kr.parsed,
        });
      }
    return hits;
  },
};
