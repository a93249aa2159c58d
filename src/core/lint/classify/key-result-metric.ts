import type { Kpi } from "../../model/kpi.js";
import type { MetricKind } from "../../model/primitives.js";
import { exactMetric, type MetricMatch, matchMetric } from "../knowledge/match-metric.js";
import { normalizeWords } from "../knowledge/normalize-words.js";
import type { DocumentView, KeyResultView } from "../view/document-view.js";

/** The metric a KR moves, in words: its `metric` field, the title's metric, or its KPI's name. */
function metricNameOf(view: KeyResultView, document: DocumentView): string | undefined {
  const kpi = view.keyResult.kpi ? document.kpiById.get(view.keyResult.kpi) : undefined;
  return view.keyResult.metric ?? view.parsed.metric ?? kpi?.name;
}

/** What a KR's metric resolves to: the linked KPI and the knowledge-base entry. */
export interface ResolvedMetric {
  kpi?: Kpi;
  match?: MetricMatch;
}

/** Resolves a KR's metric to its linked KPI and the knowledge base. */
export function resolveKrMetric(view: KeyResultView, document: DocumentView): ResolvedMetric {
  const kpi = view.keyResult.kpi ? document.kpiById.get(view.keyResult.kpi) : undefined;
  const name = view.keyResult.metric ?? view.parsed.metric;
  const match = (name ? matchMetric(name) : undefined) ?? (kpi ? matchMetric(kpi.name) : undefined);
  return { ...(kpi && { kpi }), ...(match && { match }) };
}

/** Leading or lagging: declared on the KR, else its KPI's, else the knowledge base's. */
export function kindOf(view: KeyResultView, document: DocumentView): MetricKind | undefined {
  if (view.keyResult.kind) return view.keyResult.kind;
  const { kpi, match } = resolveKrMetric(view, document);
  return kpi?.kind ?? match?.entry.kind;
}

/** A key identifying "the same movement": the KPI link, the exact knowledge metric, or the words. */
export function movementKey(view: KeyResultView, document: DocumentView): string | undefined {
  if (view.keyResult.kpi) return `kpi:${view.keyResult.kpi}`;
  const name = metricNameOf(view, document);
  if (name === undefined) return undefined;
  const words = normalizeWords(name);
  const known = exactMetric(words);
  if (known) return `metric:${known.id}`;
  return words.length > 0 ? `words:${words.join(" ")}` : undefined;
}
