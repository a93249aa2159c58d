import { mentionsActors } from "../../language/kind-words.js";
import type { KindEvidence, KrKind, ParsedKeyResult } from "../../language/parsed-key-result.js";
import type { LintThresholds } from "../../thresholds/lint.js";
import { matchMetric } from "../knowledge/match-metric.js";
import { normalizeWords } from "../knowledge/normalize-words.js";
import type { KeyResultView } from "../view/document-view.js";
import { ACTIVITY_STEMS, IMPACT_STEMS, MEASURE_STEMS } from "./activity-words.js";
import { learnedKind } from "./learned-kind.js";

// "this quarter", "all year", "throughout the quarter": a level held, not a change made.
const SUSTAINED = /^(?:this|throughout|all|during)\b/i;
// "Achieve 100% of plan" is a share of a target, not an operating floor like "99.9% uptime".
const SHARE_OF = /\d%\s+of\b/u;

/** The KR counts an activity (calls, demos, posts) and names no impact. */
export function countsActivity(view: KeyResultView): boolean {
  view.countsActivity ??= readsAsActivity(view);
  return view.countsActivity;
}

function readsAsActivity(view: KeyResultView): boolean {
  const metric = view.keyResult.metric ?? view.parsed.metric;
  const { cue } = view.parsed.evidence;
  if (cue === "count-of-others" || cue === "reported-by-people") return false;
  if (metric === undefined || view.parsed.unit === "%" || view.parsed.by?.unit === "%")
    return false;
  if (view.to === undefined && view.from === undefined && view.parsed.by === undefined)
    return false;
  const words = normalizeWords(metric);
  return words.some((w) => ACTIVITY_STEMS.has(w)) && !words.some((w) => IMPACT_STEMS.has(w));
}

/** The KR states a baseline and a target that differ: a real change. */
function statesChange(view: KeyResultView): boolean {
  return view.from !== undefined && view.to !== undefined && view.from !== view.to;
}

/** What the linter concludes a KR is: the title's reading, refined by its fields and metrics. */
export interface KrReading {
  kind: KrKind;
  evidence: KindEvidence;
}

const read = (kind: KrKind, cue: KindEvidence["cue"], words: string): KrReading => ({
  kind,
  evidence: { cue, words },
});

// Readings the rules reach for want of anything better: where the learned reading may decide.
const UNSURE = new Set(["vague", "metric-without-target"]);

function refine(view: KeyResultView, thresholds: LintThresholds): KrReading {
  const ruled = refineByRules(view, thresholds);
  if (!UNSURE.has(ruled.evidence.cue) || hasNumber(view)) return ruled;
  const learned = learnedKind(view.keyResult.title, view.parsed);
  if (!learned || learned.kind === ruled.kind || learned.words === "") return ruled;
  return read(learned.kind, "learned", learned.words);
}

function refineByRules(view: KeyResultView, thresholds: LintThresholds): KrReading {
  const { parsed, keyResult } = view;
  // The title's own reading: `parsed` has the same two fields, so nothing is allocated per KR.
  const title: KrReading = parsed;
  if (view.from !== undefined && view.to !== undefined && view.from === view.to)
    return read("threshold", "no-change", `from ${view.from} to ${view.to}`);
  if (parsed.kind === "unmeasurable" || parsed.kind === "task") {
    const linked = keyResult.kpi ?? keyResult.metric;
    if (parsed.evidence.cue === "vague" && linked) return read("outcome", "target-level", linked);
    if (parsed.kind === "task" && countsActivity(view))
      return read(
        "task",
        "own-output-count",
        keyResult.metric ?? parsed.metric ?? parsed.evidence.words,
      );
    return title;
  }
  if (statesChange(view))
    return parsed.kind === "threshold"
      ? read("outcome", "target-level", parsed.evidence.words)
      : title;
  if (countsActivity(view))
    return read(
      "task",
      "own-output-count",
      keyResult.metric ?? parsed.metric ?? parsed.evidence.words,
    );
  const numbered = hasNumber(view);
  if (parsed.kind === "threshold") {
    // "Maintain HubSpot consistency" asks to hold something no one can read off.
    const unread = parsed.evidence.cue === "hold-verb" && !numbered && !namesMetric(view);
    return unread ? read("unmeasurable", "vague", parsed.metric ?? parsed.evidence.words) : title;
  }
  if (!numbered && !namesMetric(view)) {
    // "Onboard a PR agency", "Achieve feature parity": reaching something that is no metric is work.
    if (parsed.direction === "achieve" && parsed.verb !== undefined)
      return read("task", "deliverable-verb", parsed.verb);
    return read("unmeasurable", "vague", parsed.metric ?? parsed.evidence.words);
  }
  if (parsed.direction !== "achieve" || view.from !== undefined || keyResult.band) return title;
  const unit = keyResult.unit ?? parsed.unit;
  if (
    unit === "%" &&
    (view.to ?? 0) >= thresholds.floorPercentAt &&
    !SHARE_OF.test(keyResult.title)
  )
    return read("threshold", "floor", `${view.to}%`);
  if (parsed.deadline !== undefined && SUSTAINED.test(parsed.deadline))
    return read("threshold", "sustained", parsed.deadline);
  return title;
}

/**
 * The kind every KR finding rests on: outcome, task, threshold or unmeasurable, with the
 * words that decided it. Fields win over the title (from == to is a threshold; a `metric`
 * or `kpi` link makes a vague title measurable); the threshold for an operating floor is
 * configurable (`floorPercentAt`).
 */
export function krReading(view: KeyResultView, thresholds: LintThresholds): KrReading {
  view.reading ??= refine(view, thresholds);
  return view.reading;
}

/** The title's reading as findings show it: `parsed` with the concluded kind and evidence. */
export function findingParsed(view: KeyResultView, thresholds: LintThresholds): ParsedKeyResult {
  const { kind, evidence } = krReading(view, thresholds);
  if (kind === view.parsed.kind && evidence === view.parsed.evidence) return view.parsed;
  view.shownParsed ??= { ...view.parsed, kind, evidence };
  return view.shownParsed;
}

/** A maintenance threshold dressed as a KR: from == to, "keep NPS above 45", "NPS ≥ 45", a 99.5% floor. */
export function isMaintenance(view: KeyResultView, thresholds: LintThresholds): boolean {
  return krReading(view, thresholds).kind === "threshold";
}

/** "task": an activity or output; "task-with-outcome": it leads with the work and names a measured change. */
export function taskKind(
  view: KeyResultView,
  thresholds: LintThresholds,
): "task" | "task-with-outcome" | undefined {
  const { kind, evidence } = krReading(view, thresholds);
  if (kind === "outcome")
    return evidence.cue === "work-then-outcome" ? "task-with-outcome" : undefined;
  return kind === "task" ? "task" : undefined;
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
function namesMetric(view: KeyResultView): boolean {
  const { keyResult, parsed } = view;
  if (keyResult.kpi || keyResult.metric) return true;
  if (parsed.metric === undefined) return false;
  if (normalizeWords(parsed.metric).some((w) => MEASURE_STEMS.has(w))) return true;
  if (mentionsActors(parsed.metric)) return true;
  return matchMetric(parsed.metric) !== undefined;
}
