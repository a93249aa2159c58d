import { z } from "zod";
import { type MetricEntry, MetricEntry as MetricEntrySchema } from "./metric-knowledge.js";
import { RAW_METRICS } from "./metrics.generated.js";

let cached: readonly MetricEntry[] | undefined;

/** The curated metrics, validated once on first use. */
export function metricKnowledge(): readonly MetricEntry[] {
  cached ??= z.array(MetricEntrySchema).parse(RAW_METRICS);
  return cached;
}

/** A metric by its knowledge-base id. */
export function knownMetric(id: string): MetricEntry | undefined {
  return metricKnowledge().find((metric) => metric.id === id);
}
