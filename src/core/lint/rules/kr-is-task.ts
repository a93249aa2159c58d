import { countsActivity, krReading, taskKind } from "../classify/classify-key-result.js";
import { because, sentenceOf } from "../fixes/explain-kind.js";
import { formatQuantity } from "../fixes/format-quantity.js";
import { suggestMetric } from "../fixes/suggest-metric.js";
import { writeChange } from "../fixes/write-change.js";
import type { LintRule, RuleHit } from "../lint-types.js";
import type { DocumentView, KeyResultView } from "../view/document-view.js";

// Cues sure enough for an error; the rest (a capability, a count, a guess) warn.
const SURE = new Set(["deliverable-verb", "passive-deliverable", "noun-phrase-deliverable"]);

/** "Lift conversion from 2% to 3%": the measured change a work-first KR already names. */
function leadWithOutcome(kr: KeyResultView): string {
  const { parsed } = kr;
  const metric = {
    name: parsed.metric ?? "the metric",
    up: parsed.direction !== "decrease",
    source: "title" as const,
  };
  const unit = kr.keyResult.unit ?? parsed.unit;
  if (parsed.by)
    return `${metric.up ? "Raise" : "Reduce"} ${metric.name} by ${formatQuantity(parsed.by.value, parsed.by.unit)}`;
  return writeChange(
    {
      ...metric,
      ...(kr.from !== undefined && { baseline: kr.from }),
      ...(unit !== undefined && { unit }),
    },
    kr.to,
  );
}

function taskHit(
  kr: KeyResultView,
  view: DocumentView,
  evidence: ReturnType<typeof krReading>["evidence"],
): RuleHit {
  const body = sentenceOf(kr);
  const metric = suggestMetric(kr, view, false);
  const counts = evidence.cue === "own-output-count";
  const example = metric
    ? `"${writeChange(metric)}"`
    : `"Raise the share of <customers who benefit from it> from <today's share> to <target>"`;
  const hit: RuleHit = {
    path: kr.path,
    message: counts
      ? `"${kr.keyResult.title}" is a task: ${because(evidence)}, and more of it is effort, not a result`
      : `"${kr.keyResult.title}" is a task: ${because(evidence)}, so it is done when the work is, whether or not anything changed${evidence.counter ? ` (it also counts "${evidence.counter}": if that is the point, lead with it)` : ""}`,
    fix: counts
      ? `Keep the count as a leading indicator and make the key result what it is for, e.g. ${example}.`
      : `Make the result the key result, e.g. ${example}, and keep "${body}" in the plan as the work that gets there.`,
    parsed: kr.parsed,
  };
  if (!SURE.has(evidence.cue) || evidence.counter !== undefined) hit.atMost = "warning";
  return hit;
}

export const krIsTask: LintRule = {
  id: "kr-is-task",
  severity: "error",
  why: "Shipping something is an output; a key result is the outcome that proves it worked.",
  check({ view, thresholds }) {
    const hits: RuleHit[] = [];
    for (const objective of view.objectives) {
      // When every KR counts activity, kr-activity-volume says it once for the objective.
      const allActivity = objective.keyResults.every(countsActivity);
      for (const kr of objective.keyResults) {
        const kind = taskKind(kr, thresholds);
        if (!kind || (allActivity && countsActivity(kr))) continue;
        const { evidence } = krReading(kr, thresholds);
        if (kind === "task") {
          hits.push(taskHit(kr, view, evidence));
          continue;
        }
        const task = kr.parsed.task ?? sentenceOf(kr);
        hits.push({
          path: kr.path,
          message: `"${kr.keyResult.title}" leads with the work ("${task}") before the measured outcome it is for`,
          fix: `Lead with the outcome, "${leadWithOutcome(kr)}", and keep "${task}" as the plan.`,
          parsed: kr.parsed,
          atMost: "warning",
        });
      }
    }
    return hits;
  },
};
