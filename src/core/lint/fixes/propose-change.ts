import type { DocumentView, KeyResultView } from "../view/document-view.js";
import { formatQuantity, sentence } from "./format-quantity.js";
import { latestValue } from "./latest-value.js";

/**
 * Rewrites a threshold KR into a change plus a KPI:
 * "Keep NPS above 45" → "Raise NPS from 38 to 52 — and keep NPS ≥ 45 as a KPI".
 * The stretch target doubles the distance from today's value to the threshold.
 */
export function proposeChange(view: KeyResultView, document: DocumentView): string {
  const { parsed, keyResult } = view;
  const metric = keyResult.metric ?? parsed.metric ?? "the metric";
  const unit = keyResult.unit ?? parsed.unit;
  const threshold = parsed.to ?? keyResult.to;
  const atMost =
    parsed.comparator === "at-most" ||
    (parsed.direction === "decrease" && parsed.comparator === undefined);
  const baseline = keyResult.from ?? parsed.from ?? latestValue(view, document);
  const declaredTarget =
    keyResult.to !== undefined && keyResult.to !== threshold ? keyResult.to : undefined;
  let target = declaredTarget;
  if (
    target === undefined &&
    baseline !== undefined &&
    threshold !== undefined &&
    baseline !== threshold
  )
    target = baseline + 2 * (threshold - baseline);
  const verb = atMost ? "Reduce" : "Raise";
  const from = baseline !== undefined ? formatQuantity(baseline, unit) : "<today's value>";
  const to = target !== undefined ? formatQuantity(target, unit) : "<a target that needs a change>";
  const change = `${verb} ${metric} from ${from} to ${to}`;
  if (threshold === undefined) return `"${sentence(change)}" — and track ${metric} as a KPI`;
  const guard = `${metric} ${atMost ? "≤" : "≥"} ${formatQuantity(threshold, unit)}`;
  return `"${sentence(change)} — and keep ${guard} as a KPI" (a KPI with healthy: { ${atMost ? "max" : "min"}: ${threshold} })`;
}
