import { wordList } from "./word-list.js";

/** Words and symbols that turn the number after them into a threshold. */
export type Comparator = "at-least" | "at-most";

const COMPARATOR_PHRASES: readonly (readonly [string, Comparator])[] = [
  ["no less than", "at-least"],
  ["no fewer than", "at-least"],
  ["no more than", "at-most"],
  ["not more than", "at-most"],
  ["never more than", "at-most"],
  ["at least", "at-least"],
  ["at most", "at-most"],
  ["more than", "at-least"],
  ["greater than", "at-least"],
  ["higher than", "at-least"],
  ["less than", "at-most"],
  ["fewer than", "at-most"],
  ["lower than", "at-most"],
  ["above", "at-least"],
  ["over", "at-least"],
  ["minimum", "at-least"],
  ["min", "at-least"],
  ["below", "at-most"],
  ["under", "at-most"],
  ["maximum", "at-most"],
  ["max", "at-most"],
  ["≥", "at-least"],
  [">=", "at-least"],
  [">", "at-least"],
  ["≤", "at-most"],
  ["<=", "at-most"],
  ["<", "at-most"],
];

// Indexed by first word: this runs on every token of every key result.
const BY_FIRST_WORD = new Map<string, { parts: string[]; comparator: Comparator }[]>();
for (const [phrase, comparator] of COMPARATOR_PHRASES) {
  const parts = phrase.split(" ");
  const first = parts[0] ?? phrase;
  BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), { parts, comparator }]);
}

/** Reads a comparator starting at `words[at]`; returns it and how many words it spans. */
export function readComparator(
  words: readonly string[],
  at: number,
): { comparator: Comparator; span: number } | undefined {
  const candidates = BY_FIRST_WORD.get(words[at] ?? "");
  if (!candidates) return undefined;
  for (const { parts, comparator } of candidates) {
    if (parts.every((part, i) => words[at + i] === part)) return { comparator, span: parts.length };
  }
  return undefined;
}

/** Unit words that may follow a number ("14 days", "4.6 h", "40 percent"). */
export const UNIT_WORDS = new Set(
  wordList(`
  percent | pct | pp | points | pts | days | day | d | hours | hour | h | hrs | hr |
  minutes | minute | min | mins | seconds | second | s | sec | secs | ms | milliseconds |
  weeks | week | wks | months | month | years | year | x | times | usd | eur | gbp |
  dollars | euros
`),
);

/** Periods that make a rate: "per month", "a week", "every day". */
export const PERIOD_WORDS = new Set(
  wordList(`
  day | week | month | quarter | year | hour | sprint | release | deploy
`),
);

/** Words saying the number after them is today's value ("(current 38)", "baseline: 12"). */
export const BASELINE_CUES = new Set(["current", "currently", "baseline", "today", "now", "was"]);
