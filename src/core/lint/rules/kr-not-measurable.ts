import { krReading } from "../classify/classify-key-result.js";
import { because, sentenceOf } from "../fixes/explain-kind.js";
import { suggestMetric } from "../fixes/suggest-metric.js";
import { writeChange } from "../fixes/write-change.js";
import type { LintRule, RuleHit } from "../lint-types.js";

export const krNotMeasurable: LintRule = {
  id: "kr-not-measurable",
  severity: "error",
  why: "A key result with no number and no metric cannot be graded: at the end of the cycle nobody can say whether it happened.",
  check({ view, thresholds }) {
    const hits: RuleHit[] = [];
    for (const objective of view.objectives)
      for (const kr of objective.keyResults) {
        const { kind, evidence } = krReading(kr, thresholds);
        if (kind !== "unmeasurable") continue;
        const metric = suggestMetric(kr, view, false);
        const example = metric
          ? `"${writeChange(metric)}"`
          : `"Raise <a rate, a time or a count of what people do> from <today> to <target>"`;
        const fix =
          evidence.cue === "placeholder" && evidence.words === kr.keyResult.title.trim()
            ? `Write the key result that "${evidence.words}" stands for, e.g. ${example}.`
            : evidence.cue === "placeholder"
              ? `Put the number where "${evidence.words}" stands and say what it counts, e.g. ${example}.`
              : evidence.cue === "question"
                ? `Answer the question first, then write what the answer should change as the key result, e.g. ${example}.`
                : `Pick the number that would show "${sentenceOf(kr)}" happened and write it as the key result, e.g. ${example}.`;
        hits.push({
          path: kr.path,
          message: `"${kr.keyResult.title}" cannot be graded: ${because(evidence)}`,
          fix,
          parsed: kr.parsed,
        });
      }
    return hits;
  },
};
