import type { LintThresholds } from "../../thresholds/lint.js";
import { matchMetric } from "../knowledge/match-metric.js";
import { normalizeWords } from "../knowledge/normalize-words.js";
import type { KeyResultView } from "../view/document-view.js";
import { ACTIVITY_STEMS, IMPACT_STEMS, MEASURE_STEMS } from "./activity-words.js";

// "this quarter", "all year", "throughout the quarter": a level held, not a change made.
const SUSTAINED = /^(?:this|throughout|all|during|in)\b/i;

/** The KR counts an activity (calls, demos, posts) and names no impact. */
export function countsActivity(view: KeyResultView): boolean {
  view.countsActivity ??= readsAsActivity(view);
  return view.countsActivity;
}

function readsAsActivity(view: KeyResultView): boolean {
  const metric = view.keyResult.metric ?? view.parsed.metric;
  if (metric === undefined || view.parsed.unit === "%") return false;
  if (view.to === undefined && view.from === undefined && view.parsed.by === undefined)
    return false;
  const words = normalizeWords(metric);
  return words.some((w) => ACTIVITY_STEMS.has(w)) && !words.some((w) => IMPACT_STEMS.has(w));
}

/** The KR states a baseline and a target that differ: a real change. */
function statesChange(view: KeyResultView): boolean {
  return view.from !== undefined && view.to !== undefined && view.from !== view.to;
}

/**
 * A maintenance threshold dressed as a KR: from == to, "keep/maintain X above N", a bare
 * "NPS ≥ 45", or "achieve 99.5% uptime" with no baseline (an operating floor).
 */
export function isMaintenance(view: KeyResultView, thresholds: LintThresholds): boolean {
  const { parsed, keyResult } = view;
  if (view.from !== undefined && view.to !== undefined && view.from === view.to) return true;
  if (statesChange(view) || countsActivity(view)) return false;
  if (parsed.direction === "maintain") return true;
  if (parsed.direction !== "achieve" || view.from !== undefined || keyResult.band) return false;
  const floor = parsed.unit === "%" && (view.to ?? 0) >= thresholds.floorPercentAt;
  const sustained = parsed.deadline !== undefined && SUSTAINED.test(parsed.deadline);
  return parsed.comparator !== undefined || floor || sustained;
}

/** "task": an activity or output with no outcome; "task-with-outcome": it also names a measured change. */
export function taskKind(view: KeyResultView): "task" | "task-with-outcome" | undefined {
  const { parsed } = view;
  if (parsed.direction !== "deliver" || countsActivity(view)) return undefined;
  return parsed.outcomeVerb !== undefined || statesChange(view) ? "task-with-outcome" : "task";
}

/** The KR states a number: a target, baseline, change or band, in the title or the fields. */
export function hasNumber(view: KeyResultView): boolean {
  const { parsed, keyResult } = view;
  return (
    view.from !== undefined ||
    view.to !== undefined ||
    parsed.by !== undefined ||
    parsed.band !== undefined ||
    keyResult.band !== undefined
  );
}

/** The KR names something one can measure: a KPI, a metric field, or a recognisable metric. */
export function namesMetric(view: KeyResultView): boolean {
  const { keyResult, parsed } = view;
  if (keyResult.kpi || keyResult.metric) return true;
  if (parsed.metric === undefined) return false;
  if (normalizeWords(parsed.metric).some((w) => MEASURE_STEMS.has(w))) return true;
  return matchMetric(parsed.metric) !== undefined;
}
