import { formatQuantity } from "../fixes/format-quantity.js";
import { midSentence } from "../fixes/suggest-metric.js";
import type { LintRule, RuleHit } from "../lint-types.js";
import type { KeyResultView } from "../view/document-view.js";

function wantsUp(kr: KeyResultView): boolean | undefined {
  if (kr.keyResult.direction === "higher-is-better") return true;
  if (kr.keyResult.direction === "lower-is-better") return false;
  if (kr.parsed.direction === "increase") return true;
  if (kr.parsed.direction === "decrease") return false;
  return undefined;
}

export const krSandbagged: LintRule = {
  id: "kr-sandbagged",
  severity: "warning",
  why: "A target already reached, or within noise of the baseline, is a key result that cannot fail and so teaches nothing.",
  check({ view, thresholds }) {
    const hits: RuleHit[] = [];
    for (const objective of view.objectives)
      for (const kr of objective.keyResults) {
        const { from, to } = kr;
        if (from === undefined || to === undefined || from === to) continue;
        const up = wantsUp(kr);
        const unit = kr.keyResult.unit ?? kr.parsed.unit;
        const metric = kr.keyResult.metric ?? kr.parsed.metric ?? "the metric";
        if (up !== undefined && (up ? to < from : to > from)) {
          hits.push({
            path: kr.path,
            message: `"${kr.keyResult.title}" asks to ${up ? "increase" : "reduce"} ${metric}, but the baseline ${formatQuantity(from, unit)} is already past the target ${formatQuantity(to, unit)}`,
            fix: `Set a target beyond today's ${formatQuantity(from, unit)}, e.g. "${up ? "Raise" : "Reduce"} ${midSentence(metric)} from ${formatQuantity(from, unit)} to ${formatQuantity(from + (from - to), unit)}" (or fix the direction word).`,
            parsed: kr.parsed,
          });
          continue;
        }
        if (from === 0) continue;
        const change = Math.abs(to - from) / Math.abs(from);
        if (change >= thresholds.sandbaggedMinChange) continue;
        const stretch = from + (to - from) * Math.ceil(thresholds.sandbaggedMinChange / change) * 2;
        hits.push({
          path: kr.path,
          message: `"${kr.keyResult.title}" moves ${metric} by ${(change * 100).toFixed(1)}% of its baseline: within ordinary noise`,
          fix: `Aim for a change you could fail at, e.g. "${up === false ? "Reduce" : "Raise"} ${midSentence(metric)} from ${formatQuantity(from, unit)} to ${formatQuantity(stretch, unit)}", or track ${midSentence(metric)} as a KPI if holding it is the point.`,
          parsed: kr.parsed,
        });
      }
    return hits;
  },
};
