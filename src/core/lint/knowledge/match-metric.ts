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
  words: readonly string[];
  order: number;
}

interface MetricIndex {
  /** Each phrase under its rarest word: a text names a phrase only if it has that word. */
  byAnchor: Map<string, Phrase[]>;
  /** Every word of any name or alias. */
  words: Set<string>;
  /** Sorted words of a whole name or alias → its metric, for exact look-ups. */
  exact: Map<string, MetricEntry>;
}

let index: MetricIndex | undefined;
const cache = new Map<string, MetricMatch | null>();

function buildIndex(): MetricIndex {
  const phrases: Phrase[] = [];
  const exact = new Map<string, MetricEntry>();
  const frequency = new Map<string, number>();
  for (const entry of metricKnowledge()) {
    for (const name of [entry.name, ...entry.aliases, entry.id.replaceAll("-", " ")]) {
      const words = [...new Set(normalizeWords(name))];
      if (words.length === 0) continue;
      phrases.push({ entry, words, order: phrases.length });
      const key = [...words].sort().join(" ");
      if (!exact.has(key)) exact.set(key, entry);
      for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
  }
  const byAnchor = new Map<string, Phrase[]>();
  for (const phrase of phrases) {
    const anchor = phrase.words.reduce((rarest, word) =>
      (frequency.get(word) ?? 0) < (frequency.get(rarest) ?? 0) ? word : rarest,
    );
    byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), phrase]);
  }
  return { byAnchor, words: new Set(frequency.keys()), exact };
}

function distinct(words: readonly string[]): readonly string[] {
  for (let i = 1; i < words.length; i++)
    if (words.lastIndexOf(words[i] as string, i - 1) >= 0) return [...new Set(words)];
  return words;
}

// Runs once per distinct metric text of a file (50,000 in a large one): no per-call maps.
function findMatch(text: string): MetricMatch | undefined {
  index ??= buildIndex();
  const words = distinct(normalizeWords(text));
  let best: Phrase | undefined;
  for (const word of words) {
    const phrases = index.byAnchor.get(word);
    if (phrases === undefined) continue;
    for (const phrase of phrases) {
      if (!phrase.words.every((w) => words.includes(w))) continue;
      const size = phrase.words.length;
      const longest = best?.words.length ?? 0;
      if (size > longest || (size === longest && phrase.order < (best?.order ?? 0))) best = phrase;
    }
  }
  return best ? { entry: best.entry, exact: best.words.length === words.length } : undefined;
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
  const known = index.words;
  // A word no metric name uses rules out an exact match without building the key.
  if (!words.every((word) => known.has(word))) return undefined;
  return index.exact.get([...distinct(words)].sort().join(" "));
}
