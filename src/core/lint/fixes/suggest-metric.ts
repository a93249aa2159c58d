import type { Kpi } from "../../model/kpi.js";
import { resolveKrMetric } from "../classify/key-result-metric.js";
import { normalizeWords } from "../knowledge/normalize-words.js";
import { relatedMetric } from "../knowledge/related-metric.js";
import type { DocumentView, KeyResultView } from "../view/document-view.js";
import { latestValue } from "./latest-value.js";

/** A metric a rewrite can name, with the way it should move and today's value when known. */
export interface SuggestedMetric {
  name: string;
  up: boolean;
  baseline?: number;
  unit?: string;
  /** Where it came from: the KR's KPI or metric field, its title, a workspace KPI, the knowledge base. */
  source: "kpi" | "field" | "title" | "workspace" | "knowledge";
}

/** "Cart abandonment rate" → "cart abandonment rate"; "NPS", "LSIF coverage" stay as written. */
export function midSentence(name: string): string {
  const first = name.split(/\s+/u)[0] ?? "";
  return /[A-Z].*[A-Z0-9]/u.test(first) ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

function fromKpi(kpi: Kpi, source: SuggestedMetric["source"], baseline?: number): SuggestedMetric {
  const metric: SuggestedMetric = {
    name: midSentence(kpi.name),
    up: kpi.direction !== "lower-is-better",
    source,
  };
  const latest = baseline ?? lastMeasurement(kpi);
  if (latest !== undefined) metric.baseline = latest;
  if (kpi.unit !== undefined) metric.unit = kpi.unit;
  return metric;
}

function lastMeasurement(kpi: Kpi): number | undefined {
  let latest: { at: string; value: number } | undefined;
  for (const point of kpi.measurements ?? []) if (!latest || point.at >= latest.at) latest = point;
  return latest?.value;
}

// A workspace KPI sharing a distinctive word with the sentence: "…checkout…" → "Checkout conversion".
function workspaceKpi(text: string, document: DocumentView): Kpi | undefined {
  const words = new Set(normalizeWords(text).filter((w) => w.length >= 4));
  if (words.size === 0) return undefined;
  for (const { kpi } of document.kpis)
    if (normalizeWords(kpi.name).some((w) => words.has(w))) return kpi;
  return undefined;
}

/**
 * The metric a rewrite of this KR should name: its KPI (latest value as the baseline), its
 * metric field, the title's metric when it is one, a workspace KPI the sentence mentions, or
 * the knowledge-base metric the deliverable plausibly moves. Undefined when none fits.
 */
export function suggestMetric(
  view: KeyResultView,
  document: DocumentView,
  titleMetricCounts: boolean,
): SuggestedMetric | undefined {
  const { keyResult, parsed } = view;
  const kpi = keyResult.kpi ? document.kpiById.get(keyResult.kpi) : undefined;
  if (kpi) return fromKpi(kpi, "kpi", latestValue(view, document));
  const baseline = latestValue(view, document);
  const up = parsed.direction !== "decrease";
  const unit = keyResult.unit ?? parsed.unit;
  const withKnown = (name: string, source: SuggestedMetric["source"]): SuggestedMetric => ({
    name,
    up,
    source,
    ...(baseline !== undefined && { baseline }),
    ...(unit !== undefined && { unit }),
  });
  if (keyResult.metric) return withKnown(keyResult.metric, "field");
  if (titleMetricCounts && parsed.metric) {
    const { match } = resolveKrMetric(view, document);
    const metric = withKnown(parsed.metric, "title");
    if (match && parsed.direction !== "decrease" && parsed.direction !== "increase")
      metric.up = match.entry.direction !== "lower-is-better";
    return metric;
  }
  const body = parsed.metric ?? keyResult.title;
  const related = workspaceKpi(keyResult.title, document);
  if (related) return fromKpi(related, "workspace");
  const known = relatedMetric(body);
  if (!known) return undefined;
  return {
    name: midSentence(known.name),
    up: known.direction !== "lower-is-better",
    source: "knowledge",
  };
}
