import type { LintThresholds } from "../../thresholds/lint.js";
import { krReading } from "../classify/classify-key-result.js";
import type { DocumentView, KeyResultView } from "../view/document-view.js";
import { sentenceOf } from "./explain-kind.js";
import { formatQuantity, sentence } from "./format-quantity.js";
import { latestValue } from "./latest-value.js";

// A metric name a rewrite can use as it stands: no rule words, bounds or verbs inside.
const NOT_A_NAME = /\b(?:no|not|never|none|zero|more than|less than|fewer than|under|below|above|over|within|without|at least|at most|is|are|does|stays?|remains?)\b|[<>≤≥]/iu;

function usableMetric(view: KeyResultView): string | undefined {
  const name = view.keyResult.metric ?? view.parsed.metric;
  if (name === undefined || NOT_A_NAME.test(name) || name.split(/\s+/u).length > 8) return undefined;
  return name;
}

/**
 * Rewrites a threshold KR into a change plus a KPI:
 * "Keep NPS above 45" → "Raise NPS from 38 to 52 — and keep NPS ≥ 45 as a KPI".
 * The stretch target doubles the distance from today's value to the threshold; a rule with
 * no metric name to reuse ("No pull request waits more than two days…") becomes the KPI's
 * healthy range as written, and the key result asks for the change worth making.
 */
export function proposeChange(
  view: KeyResultView,
  document: DocumentView,
  thresholds: LintThresholds,
): string {
  const { parsed, keyResult } = view;
  const metric = usableMetric(view);
  const unit = keyResult.unit ?? parsed.unit;
  const threshold = parsed.to ?? keyResult.to;
  const atMost =
    parsed.comparator === "at-most" ||
    (parsed.direction === "decrease" && parsed.comparator === undefined);
  const verb = atMost ? "Reduce" : "Raise";
  const baseline = keyResult.from ?? parsed.from ?? latestValue(view, document);
  if (metric === undefined) {
    const rule = sentenceOf(view);
    const guarded = krReading(view, thresholds).evidence.cue === "within-bound" ? "the typical time it bounds" : "what it guards";
    return `Keep "${rule}" as a KPI's healthy range, a floor to hold, and make the key result the change worth making this cycle, e.g. "${verb} ${guarded} from <today's value> to <a target past the floor>".`;
  }
  if (threshold === undefined)
    return `Track ${metric} as a KPI with a healthy range, and make the key result a change to it, e.g. "${sentence(metric)} from today's value to a level you could miss".`;
  const declaredTarget =
    keyResult.to !== undefined && keyResult.to !== threshold ? keyResult.to : undefined;
  let target = declaredTarget;
  if (target === undefined && baseline !== undefined && baseline !== threshold)
    target = baseline + 2 * (threshold - baseline);
  const from = baseline !== undefined ? formatQuantity(baseline, unit) : "today's value";
  const to =
    target !== undefined
      ? formatQuantity(target, unit)
      : `${atMost ? "well under" : "well above"} ${formatQuantity(threshold, unit)}`;
  const change = `${verb} ${metric} from ${from} to ${to}`;
  const guard = `${metric} ${atMost ? "≤" : "≥"} ${formatQuantity(threshold, unit)}`;
  return `"${sentence(change)} — and keep ${guard} as a KPI" (a KPI with healthy: { ${atMost ? "max" : "min"}: ${threshold} }).`;
}
