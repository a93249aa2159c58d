import { metricKnowledge } from "../../knowledge/knowledge-base.js";
import type { MetricEntry } from "../../knowledge/metric-knowledge.js";
import { normalizeWords } from "./normalize-words.js";

// Words too common in deliverables to tie one to a metric ("support added", "new page").
const WEAK = new Set(
  normalizeWords(
    "new support page team process plan work project data report time rule rules control controls run rate build hire engineer regions policy",
  ),
);

let index: Map<string, MetricEntry[]> | undefined;

function buildIndex(): Map<string, MetricEntry[]> {
  const byWord = new Map<string, MetricEntry[]>();
  for (const entry of metricKnowledge())
    for (const name of [entry.name, ...entry.aliases])
      for (const word of new Set(normalizeWords(name))) {
        if (WEAK.has(word) || word.length < 5) continue;
        const list = byWord.get(word) ?? [];
        if (!list.includes(entry)) list.push(entry);
        byWord.set(word, list);
      }
  return byWord;
}

/**
 * The knowledge-base metric a deliverable most plausibly exists to move: the entry sharing
 * the most distinctive words with it ("Invoicing support added…" → an invoicing metric).
 * Only a word that few metrics use counts, so "support" or "new" never decide it.
 * @example relatedMetric("Redesign the checkout page")?.name // "Checkout conversion rate"
 */
export function relatedMetric(text: string): MetricEntry | undefined {
  index ??= buildIndex();
  let best: { entry: MetricEntry; score: number } | undefined;
  for (const word of new Set(normalizeWords(text))) {
    const entries = index.get(word);
    if (!entries || entries.length > 2) continue;
    for (const entry of entries) {
      const score = 1 / entries.length;
      if (!best || score > best.score) best = { entry, score };
    }
  }
  return best?.entry;
}
