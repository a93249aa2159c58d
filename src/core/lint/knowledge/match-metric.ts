import { metricKnowledge } from "../../knowledge/knowledge-base.js";
import type { MetricEntry } from "../../knowledge/metric-knowledge.js";
import { normalizeWords } from "./normalize-words.js";

/** A knowledge-base metric recognised in a text. */
export interface MetricMatch {
  entry: MetricEntry;
  /** The text names nothing but this metric ("NRR", "net revenue retention"). */
  exact: boolean;
}

interface Phrase {
  entry: MetricEntry;
  size: number;
  order: number;
}

interface MetricIndex {
  byWord: Map<string, Phrase[]>;
  /** Sorted words of a whole name or alias → its metric, for exact look-ups. */
  exact: Map<string, MetricEntry>;
}

let index: MetricIndex | undefined;
const cache = new Map<string, MetricMatch | null>();

function buildIndex(): MetricIndex {
  const byWord = new Map<string, Phrase[]>();
  const exact = new Map<string, MetricEntry>();
  let order = 0;
  for (const entry of metricKnowledge()) {
    for (const name of [entry.name, ...entry.aliases, entry.id.replaceAll("-", " ")]) {
      const words = [...new Set(normalizeWords(name))];
      if (words.length === 0) continue;
      const phrase = { entry, size: words.length, order: order++ };
      const key = [...words].sort().join(" ");
      if (!exact.has(key)) exact.set(key, entry);
      for (const word of words) {
        const list = byWord.get(word) ?? [];
        list.push(phrase);
        byWord.set(word, list);
      }
    }
  }
  return { byWord, exact };
}

function findMatch(text: string): MetricMatch | undefined {
  index ??= buildIndex();
  const words = [...new Set(normalizeWords(text))];
  const hits = new Map<Phrase, number>();
  for (const word of words)
    for (const phrase of index.byWord.get(word) ?? [])
      hits.set(phrase, (hits.get(phrase) ?? 0) + 1);
  let best: Phrase | undefined;
  for (const [phrase, count] of hits) {
    if (count < phrase.size) continue;
    if (
      !best ||
      phrase.size > best.size ||
      (phrase.size === best.size && phrase.order < best.order)
    )
      best = phrase;
  }
  return best ? { entry: best.entry, exact: best.size === words.length } : undefined;
}

/**
 * The knowledge-base metric a KPI name or KR metric names: every word of one of its
 * names or aliases must appear (stemmed); the longest such name wins.
 * @example matchMetric("Week-2 activation rate")?.entry.id // "activation-rate"
 */
export function matchMetric(text: string): MetricMatch | undefined {
  const known = cache.get(text);
  if (known !== undefined) return known ?? undefined;
  const match = findMatch(text);
  if (cache.size > 50_000) cache.clear();
  cache.set(text, match ?? null);
  return match;
}

/**
 * The metric whose whole name or alias is exactly these words (any order), without the
 * partial matching: cheap enough to run on every key result of a large file.
 */
export function exactMetric(words: readonly string[]): MetricEntry | undefined {
  index ??= buildIndex();
  return index.exact.get([...new Set(words)].sort().join(" "));
}
