import { stemmer } from "stemmer";

const STOP_WORDS = new Set([
  "the",
  "a",
  "an",
  "of",
  "to",
  "per",
  "for",
  "in",
  "on",
  "by",
  "and",
  "or",
  "our",
  "with",
  "from",
  "at",
  "its",
  "their",
  "all",
]);
const stems = new Map<string, string>();

function stem(word: string): string {
  let known = stems.get(word);
  if (known === undefined) {
    known = stemmer(word);
    if (stems.size > 100_000) stems.clear();
    stems.set(word, known);
  }
  return known;
}

/**
 * Lower-cased, stemmed content words of a metric name, so "Tickets closed" meets
 * "ticket closing" and "NPS" meets "nps". Hyphenated words split ("time-to-first-value").
 */
export function normalizeWords(text: string): readonly string[] {
  let known = normalized.get(text);
  if (known === undefined) {
    known = normalizeFresh(text);
    if (normalized.size > 200_000) normalized.clear();
    normalized.set(text, known);
  }
  return known;
}

// Several rules read the same metric names; a file is linted again on every keystroke.
const normalized = new Map<string, readonly string[]>();

function normalizeFresh(text: string): string[] {
  const words: string[] = [];
  for (const raw of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (raw === "" || STOP_WORDS.has(raw)) continue;
    words.push(stem(raw));
  }
  return words;
}
