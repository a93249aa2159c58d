import {
  DOMAIN_COHERENCE_BOOST,
  PRIMARY_TYPE_BOOST,
  SECONDARY_TYPE_BOOST,
  WORKSPACE_KPI_BOOST,
} from "../thresholds/reasoning.js";
import type { MetricIndex } from "./build-metric-index.js";
import type { Reframe } from "./draft-types.js";
import type { MetricDocument } from "./resolve-workspace-metrics.js";

export interface RankedMetric {
  /** True when the metric informs the decision's primary or a related type. */
  typeMatch?: boolean;
  metric: MetricDocument;
  /** Text relevance alone, 0–1. */
  retrieval: number;
  /** Text relevance plus decision-type and workspace boosts. */
  rank: number;
}

/**
 * How many text matches each domain holds, 0–1 relative to the strongest: a decision
 * about uptime is an engineering decision, so a "reliability" logistics metric should not ride in.
 */
function domainWeights(metrics: readonly MetricDocument[], hits: ReadonlyMap<string, number>) {
  const totals = new Map<string, number>();
  for (const metric of metrics) {
    const hit = hits.get(metric.id) ?? 0;
    // Counting hits, not summing scores: one dominant name match must not claim the whole decision.
    if (metric.domain && hit > 0) totals.set(metric.domain, (totals.get(metric.domain) ?? 0) + 1);
  }
  const best = Math.max(0, ...totals.values());
  // Squared, so a domain with half the matches gets a quarter of the boost: stray domains fade.
  return new Map(
    [...totals].map(([domain, total]) => [domain, best > 0 ? (total / best) ** 2 : 0]),
  );
}

/** Ranks every metric for the decision: BM25 text match + decision-type boost + workspace boost. */
export function rankMetrics(
  metrics: readonly MetricDocument[],
  index: MetricIndex,
  decision: string,
  reframe: Reframe,
): RankedMetric[] {
  const hits = index.search(`${decision} ${reframe.subject}`);
  const domains = domainWeights(metrics, hits);
  return metrics
    .map((metric) => {
      const retrieval = hits.get(metric.id) ?? 0;
      const primary = metric.decisionTypes.includes(reframe.decisionType) ? PRIMARY_TYPE_BOOST : 0;
      const secondary = reframe.relatedTypes.some((type) => metric.decisionTypes.includes(type))
        ? SECONDARY_TYPE_BOOST
        : 0;
      const workspace =
        metric.workspaceKpi && (retrieval > 0 || primary > 0) ? WORKSPACE_KPI_BOOST : 0;
      const typeMatch = primary + secondary > 0;
      const domain = DOMAIN_COHERENCE_BOOST * (domains.get(metric.domain ?? "") ?? 0);
      return {
        metric,
        retrieval,
        typeMatch,
        rank: retrieval + primary + secondary + workspace + domain,
      };
    })
    .filter((ranked) => ranked.rank > 0)
    .sort((a, b) => b.rank - a.rank || a.metric.id.localeCompare(b.metric.id));
}
