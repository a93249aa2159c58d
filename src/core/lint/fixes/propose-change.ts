import type { LintThresholds } from "../../thresholds/lint.js";
import { krReading } from "../classify/classify-key-result.js";
import type { DocumentView, KeyResultView } from "../view/document-view.js";
import { sentenceOf } from "./explain-kind.js";
import { formatQuantity, sentence } from "./format-quantity.js";
import { latestValue } from "./latest-value.js";
import { midSentence } from "./suggest-metric.js";

// A metric name a rewrite can use as it stands: no rule words, bounds or verbs inside.
const NOT_A_NAME =
  /\b(?:no|not|never|none|zero|more than|less than|fewer than|under|below|above|over|within|without|at least|at most|is|are|does|stays?|remains?)\b|[<>≤≥]/iu;

function usableMetric(
  view: KeyResultView,
  document: DocumentView,
  words: string,
): string | undefined {
  const kpi = view.keyResult.kpi ? document.kpiById.get(view.keyResult.kpi) : undefined;
  const name = view.keyResult.metric ?? kpi?.name ?? view.parsed.metric;
  if (name !== undefined && !NOT_A_NAME.test(name) && name.split(/\s+/u).length <= 8)
    return midSentence(name);
  // "Infrastructure cost per customer does not rise": the subject before the rule is the metric.
  const body = sentenceOf(view);
  const at = /^(?:does|do|doesn't|don't|must)\b/iu.test(words) ? body.indexOf(words) : -1;
  const subject = at > 0 ? body.slice(0, at).trim() : "";
  return subject !== "" && !NOT_A_NAME.test(subject) ? midSentence(subject) : undefined;
}

const TIME_BOUND =
  /\b(?:more than|longer than|within|under|over)\s+(\S+\s+(?:business\s+)?(?:hours?|days?|weeks?|minutes?|months?))\b\s*(.*?)[.]?$/iu;

/** "No pull request waits more than two days for a first review" → the bound and what it times. */
function timeBound(rule: string): { bound: string; metric: string } | undefined {
  const match = TIME_BOUND.exec(rule);
  if (!match?.[1]) return undefined;
  const tail = (match[2] ?? "").replace(/^for\s+/iu, "to ");
  return { bound: match[1], metric: `the median time${tail ? ` ${tail}` : ""}` };
}

function ruleToChange(view: KeyResultView): string {
  const rule = sentenceOf(view);
  const timed = timeBound(rule);
  if (timed)
    return `Keep "${rule}" as a KPI, a ceiling of ${timed.bound}, and make the key result the change worth making: "Reduce ${timed.metric} from today's value to well under ${timed.bound}".`;
  return `Keep "${rule}" as a KPI's healthy range, a floor to hold, and make the key result a change worth making this cycle, such as "Reduce <what the rule guards against> from <today's value> to <a target past the floor>".`;
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
  const { evidence } = krReading(view, thresholds);
  const metric = usableMetric(view, document, evidence.words);
  const unit = keyResult.unit ?? parsed.unit;
  const threshold = parsed.to ?? keyResult.to;
  const against =
    evidence.cue === "negated-rule" &&
    !/\b(?:drop|fall|decrease|decline|slip)\b/iu.test(evidence.words);
  const atMost =
    parsed.comparator === "at-most" ||
    against ||
    (parsed.direction === "decrease" && parsed.comparator === undefined);
  const verb = atMost ? "Reduce" : "Raise";
  const baseline = keyResult.from ?? parsed.from ?? latestValue(view, document);
  if (metric === undefined) return ruleToChange(view);
  if (threshold === undefined)
    return `Track ${metric} as a KPI with a healthy range, and make the key result a change to it, e.g. "${verb} ${metric} from today's value to a ${atMost ? "lower" : "higher"} level you commit to".`;
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
