import { krReading } from "../classify/classify-key-result.js";
import { suggestMetric } from "../fixes/suggest-metric.js";
import { writeChange } from "../fixes/write-change.js";
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
        const metric = suggestMetric(kr, view, true);
        const name = metric?.name ?? "the metric";
        const change = metric
          ? writeChange(kr.from !== undefined ? { ...metric, baseline: kr.from } : metric)
          : "Raise <the metric> from <today> to <target>";
        hits.push({
          path: kr.path,
          message: `"${keyResult.title}" names ${name} but no target`,
          fix: `Add the number that means done, e.g. "${change}", and put it in to: as well.`,
          parsed,
        });
      }
    return hits;
  },
};
