import { formatQuantity, sentence } from "./format-quantity.js";
import type { SuggestedMetric } from "./suggest-metric.js";

/** A stretch from today's value when no target is known: a fifth better, never past 100%. */
function stretch(metric: SuggestedMetric, baseline: number): number {
  const moved = metric.up ? baseline * 1.2 : baseline * 0.8;
  const capped = metric.unit === "%" ? Math.min(100, moved) : moved;
  return Math.abs(capped) >= 10 ? Math.round(capped) : Number(capped.toFixed(2));
}

/**
 * A key result sentence that moves a metric: "Raise NPS from 38 to 46". Numbers it does not
 * know are said in words, so the sentence stays one a person could adopt as written.
 * @example writeChange({ name: "NPS", up: true, baseline: 38, source: "kpi" }) // "Raise NPS from 38 to 46"
 */
export function writeChange(metric: SuggestedMetric, target?: number): string {
  const verb = metric.up ? "Raise" : "Reduce";
  const { baseline, unit } = metric;
  if (baseline === undefined) {
    const to = target !== undefined ? formatQuantity(target, unit) : "the level you commit to";
    return sentence(`${verb} ${metric.name} from today's value to ${to}`);
  }
  const goal = target ?? stretch(metric, baseline);
  return sentence(
    `${verb} ${metric.name} from ${formatQuantity(baseline, unit)} to ${formatQuantity(goal, unit)}`,
  );
}
