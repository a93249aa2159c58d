import { findMainVerb, findOutcomeVerb, type Verb } from "./find-verbs.js";
import { maskAsides } from "./mask-asides.js";
import type { KrDirection, ParsedKeyResult } from "./parsed-key-result.js";
import { quickKind, readKind } from "./read-kind.js";
import { type Numbers, readNumbers } from "./read-numbers.js";
import { isPlain, stripPrefix } from "./strip-prefix.js";
import { type Token, tokenize } from "./tokenize.js";
import { wordList } from "./word-list.js";

const TRAILING_FILLER = new Set(
  wordList("to | of | the | at | by | in | for | and | per | a | on | from"),
);

function metricText(
  text: string,
  tokens: Token[],
  lower: string[],
  from: number,
  to: number,
): string | undefined {
  let end = to;
  while (end >= from && TRAILING_FILLER.has(lower[end] ?? "")) end--;
  const first = tokens[from];
  const last = tokens[end];
  if (from < 0 || !first || !last || end < from) return undefined;
  return text.slice(first.start, last.end);
}

function directionOf(verb: Verb | undefined, numbers: Numbers): KrDirection {
  const { from, to } = numbers;
  const moved = from !== undefined && to !== undefined && from !== to;
  const byNumbers: KrDirection | undefined = moved
    ? to > from
      ? "increase"
      : "decrease"
    : undefined;
  const verbClass = verb?.entry.verbClass;
  if (verbClass === undefined)
    return (
      byNumbers ??
      (numbers.comparator ? "maintain" : numbers.to !== undefined ? "achieve" : "unknown")
    );
  if (verbClass === "improve") return byNumbers ?? "increase";
  if (verbClass === "achieve") return byNumbers ?? "achieve";
  if (
    verb?.entry.countVerb &&
    verbClass === "deliver" &&
    (numbers.to !== undefined || numbers.from !== undefined) &&
    !numbers.comparator
  )
    return byNumbers ?? "achieve";
  return verbClass;
}

const HALVING: Record<string, number> = { double: 100, triple: 200, quadruple: 300, halve: 50 };

type ParsedSentence = Omit<ParsedKeyResult, "kind" | "evidence">;

function parseClause(
  text: string,
  tokens: Token[],
  lower: string[],
  masked: boolean[],
  verb: Verb | undefined,
  clauseStart: number,
): ParsedSentence {
  const afterVerb = verb ? verb.at + verb.span : clauseStart;
  const numbers = readNumbers(tokens, lower, masked, afterVerb, tokens.length);
  let metric = metricText(text, tokens, lower, numbers.metricStart, numbers.metricEnd);
  // "Weekly active accounts reach 50,000": the subject before a late verb is the metric.
  if (verb && verb.at > clauseStart) {
    const before = readNumbers(tokens, lower, masked, clauseStart, verb.at);
    metric = metricText(text, tokens, lower, before.metricStart, before.metricEnd) ?? metric;
  }
  const factor = verb ? HALVING[verb.entry.lemma] : undefined;
  const by = numbers.by ?? (factor !== undefined ? { value: factor, unit: "%" } : undefined);
  // Assigned field by field: this runs for every title of a large file, spreads cost GC.
  const direction = directionOf(verb, numbers);
  const parsed: ParsedSentence = verb ? { verb: verb.entry.lemma, direction } : { direction };
  if (metric !== undefined) parsed.metric = metric;
  if (numbers.from !== undefined) parsed.from = numbers.from;
  if (numbers.to !== undefined) parsed.to = numbers.to;
  if (by) parsed.by = by;
  if (numbers.comparator) parsed.comparator = numbers.comparator;
  if (numbers.band) parsed.band = numbers.band;
  if (numbers.unit !== undefined) parsed.unit = numbers.unit;
  return parsed;
}

const cache = new Map<string, ParsedKeyResult>();
// Big enough for a 10,000-objective file (60,000 titles); cleared, not grown, past it.
const CACHE_LIMIT = 200_000;

/**
 * Understands a key result sentence: verb and direction, metric, baseline, target,
 * unit and deadline. Memoised: the linter runs on every keystroke over the same titles.
 * @example parseKeyResult("Reduce time-to-first-value from 14 days to 5 days")
 * // { verb: "reduce", direction: "decrease", metric: "time-to-first-value", from: 14, to: 5, unit: "days" }
 */
export function parseKeyResult(text: string): ParsedKeyResult {
  const known = cache.get(text);
  if (known) return known;
  const parsed = parseFresh(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, parsed);
  return parsed;
}

function parseFresh(title: string): ParsedKeyResult {
  const { body: text, prefix, suffix } = isPlain(title) ? { body: title } : stripPrefix(title);
  const tokens = tokenize(text);
  const lower = tokens.map((t) => t.lower);
  const asides = maskAsides(text, tokens);
  const { masked } = asides;
  const verb = findMainVerb(tokens, lower, masked);
  const outcome =
    verb?.entry.verbClass === "deliver"
      ? findOutcomeVerb(tokens, lower, verb.at + verb.span, masked)
      : undefined;
  let parsed: ParsedSentence;
  if (verb && outcome) {
    const task = text
      .slice(tokens[verb.at]?.start ?? 0, tokens[outcome.at - 1]?.start ?? text.length)
      .trim();
    parsed = parseClause(text, tokens, lower, masked, outcome, outcome.at);
    parsed.verb = verb.entry.lemma;
    parsed.direction = "deliver";
    parsed.task = task;
    parsed.outcomeVerb = outcome.entry.lemma;
  } else {
    parsed = parseClause(text, tokens, lower, masked, verb, 0);
  }
  if (parsed.from === undefined && asides.baseline !== undefined) parsed.from = asides.baseline;
  if (asides.deadline !== undefined) parsed.deadline = asides.deadline;
  const { kind, evidence } =
    quickKind(verb, parsed, text, tokens) ??
    readKind({ text, tokens, lower, masked, verb, parsed });
  // "Key result 2": nothing but the label and its number is left to point at.
  const shown =
    evidence.cue === "placeholder" && evidence.words === text && prefix !== undefined
      ? { ...evidence, words: title.trim() }
      : evidence;
  // Assigned in place, like the rest of the parse: this runs for every title of a large file.
  const read = parsed as ParsedKeyResult;
  read.kind = kind;
  read.evidence = shown;
  if (prefix !== undefined) read.prefix = prefix;
  if (suffix !== undefined) read.suffix = suffix;
  return read;
}
