import MiniSearch from "minisearch";
import { stemmer } from "stemmer";
import { FIELD_BOOST } from "../thresholds/reasoning.js";
import { METRIC_SYNONYMS } from "./metric-synonyms.js";
import type { MetricDocument } from "./resolve-workspace-metrics.js";

const STOP_WORDS = new Set(
  "a an and are as at be by do does for from has have how if in into is it its next of on or our should so that the their this to we what when which will with would".split(
    " ",
  ),
);

/** Lower-case, drop stop words, Porter-stem: the same on both sides of the search. */
export function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  if (STOP_WORDS.has(lower) || lower.length < 2) return null;
  return stemmer(lower);
}

/** Expands a query with synonyms before stemming, so "cancellations" reaches churn. */
function expandQuery(text: string): string {
  const words = text
    .toLowerCase()
    .split(/[^a-z0-9-]+/)
    .filter(Boolean);
  const extra = words.flatMap((word) => METRIC_SYNONYMS[word] ?? []);
  return [...words, ...extra].join(" ");
}

export interface MetricIndex {
  /** Relevance of each metric id to the text, 0–1 relative to the best hit. */
  search(text: string): Map<string, number>;
}

/** Builds a BM25 index (minisearch) over metric names, aliases and definitions. */
export function buildMetricIndex(metrics: readonly MetricDocument[]): MetricIndex {
  const index = new MiniSearch<MetricDocument>({
    idField: "id",
    fields: ["name", "aliases", "definition"],
    extractField: (document, field) => {
      const value = document[field as keyof MetricDocument];
      return Array.isArray(value) ? value.join(" ") : String(value ?? "");
    },
    processTerm,
    searchOptions: { boost: { ...FIELD_BOOST }, prefix: false, fuzzy: false, combineWith: "OR" },
  });
  index.addAll(metrics as MetricDocument[]);
  return {
    search(text) {
      const results = index.search(expandQuery(text));
      const best = results[0]?.score ?? 1;
      return new Map(results.map((result) => [String(result.id), result.score / best]));
    },
  };
}
