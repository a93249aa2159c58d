import { type KindInput, type KindReading, reading, span } from "./kind-reading.js";
import {
  ACTOR_NOUNS,
  ARTIFACT_NOUNS,
  BE_WORDS,
  CAPABILITY_VERBS,
  DONE_STATES,
  FAILURE_NOUNS,
  IRREGULAR_PARTICIPLES,
  MODIFIED_NOUNS,
  NEGATION_OPENERS,
  PARTICIPLE_ADVERBS,
  RISE_VERBS,
} from "./kind-words.js";
import { MEASURE_WORDS } from "./measure-words.js";
import { PERIOD_WORDS, readComparator, UNIT_WORDS } from "./quantity-words.js";
import { DETERMINERS, isNumber } from "./token-helpers.js";
import { lookUpVerb } from "./verb-lexicon.js";
import { wordList } from "./word-list.js";

const NUMBER_WORDS = new Set(
  wordList("one | two | three | four | five | six | seven | eight | nine | ten | twelve | half"),
);
const BOUND_UNITS = new Set([
  ...UNIT_WORDS,
  ...PERIOD_WORDS,
  ...wordList("business | iteration | iterations | sprints | releases | cycle | cycles"),
]);

const isCount = (input: KindInput, i: number): boolean =>
  (isNumber(input.tokens[i]) && !input.masked[i]) || NUMBER_WORDS.has(input.lower[i] ?? "");

/** A plain count: "10 builders", "three customers" — not "40%", "2s" or "5 days". */
function isBareCount(input: KindInput, i: number): boolean {
  const token = input.tokens[i];
  if (NUMBER_WORDS.has(input.lower[i] ?? "")) return true;
  if (!isNumber(token) || input.masked[i] || token.unit !== undefined) return false;
  return !token.text.includes(".") && !UNIT_WORDS.has(input.lower[i + 1] ?? "");
}

/** Whether the actor noun at `j` is what is counted, not a modifier ("5 user tests"). */
function isActorHead(input: KindInput, j: number): boolean {
  if (!ACTOR_NOUNS.has(input.lower[j] ?? "")) return false;
  const next = input.lower[j + 1] ?? "";
  const single = next.endsWith("s") ? next.slice(0, -1) : next;
  return ![next, single].some(
    (w) => MODIFIED_NOUNS.has(w) || ARTIFACT_NOUNS.has(w) || MEASURE_WORDS.has(w),
  );
}

/**
 * "250 people participate", "At least one customer uses…", "10 new logos": a count of
 * what other people do, searched from `from`. Returns the count's index or -1.
 */
export function findActorCount(input: KindInput, from = 0): number {
  if (from === 0) {
    input.actorCountAt ??= scanActorCount(input, 0);
    return input.actorCountAt;
  }
  return scanActorCount(input, from);
}

function scanActorCount(input: KindInput, from: number): number {
  const { lower } = input;
  for (let i = from; i < lower.length; i++) {
    if (!isBareCount(input, i)) continue;
    for (let j = i + 1; j < Math.min(lower.length, i + 8); j++) {
      if (isActorHead(input, j)) return i;
      if (!input.masked[j] && input.tokens[j]?.kind !== "word") break;
    }
  }
  return -1;
}

function sentenceStart(input: KindInput, i: number): boolean {
  const previous = input.tokens[i - 1]?.text;
  return i === 0 || previous === "." || previous === ";";
}

const OR_BETTER = new Set([
  "higher",
  "more",
  "above",
  "better",
  "greater",
  "over",
  "lower",
  "less",
  "fewer",
  "below",
  "under",
]);

/**
 * A bound: "under 2s", "> 1.2", "at most 3", "1.0 or higher", "≥ 90%". "At least 10
 * builders" and "2+ contributors" count things to reach by the end: targets, not bounds.
 */
export function findComparator(input: KindInput): number {
  input.comparatorAt ??= scanComparator(input);
  return input.comparatorAt;
}

function scanComparator(input: KindInput): number {
  const { lower } = input;
  for (let i = 0; i < lower.length; i++) {
    const found = readComparator(lower, i);
    const plus = input.tokens[i]?.plus === true && !input.masked[i];
    const orBetter =
      lower[i] === "or" && OR_BETTER.has(lower[i + 1] ?? "") && isCount(input, i - 1);
    const at = found ? i + found.span : plus || orBetter ? (orBetter ? i - 1 : i) : -1;
    if (at < 0 || !isCount(input, at) || input.masked[at]) continue;
    // Symbols (≥, >) state bounds; words ("at least", "2+") usually count a target.
    const symbol = /^[<>≤≥=]/u.test(input.tokens[i]?.text ?? "");
    const atLeast = !symbol && (plus || (found?.comparator ?? "at-least") === "at-least");
    if (atLeast && isBareCount(input, at) && input.tokens[at + 1]?.kind === "word") continue;
    return orBetter ? at : i;
  }
  return -1;
}

/** "within 2 business days", "in under 2s": a time the rule may not exceed. */
function findWithin(input: KindInput): number {
  const { lower } = input;
  for (let i = 0; i < lower.length - 2; i++) {
    if (lower[i] !== "within") continue;
    if (!isCount(input, i + 1)) continue;
    if (BOUND_UNITS.has(lower[i + 2] ?? "") || input.tokens[i + 1]?.unit !== undefined) return i;
  }
  const share =
    input.tokens.some((t) => t.unit === "%") || lower.some((w) => w === "all" || w === "every");
  if (!share) return -1;
  for (let i = 1; i < lower.length - 2; i++)
    if (lower[i] === "in" && isCount(input, i + 1) && BOUND_UNITS.has(lower[i + 2] ?? "")) return i;
  const onTime = lower.findIndex((w, i) => w === "on" && lower[i + 1] === "time");
  return onTime > 0 ? onTime : -1;
}

/**
 * Rules and bounds: "No customer is blocked…", "cost does not rise", "under 2 s", "within
 * 2 days", "runs 10 days without a crash". Each is a KPI floor, not a change to make.
 */
export function findRule(input: KindInput): KindReading | undefined {
  const { lower, parsed } = input;
  for (let i = 0; i < lower.length; i++) {
    const word = lower[i] ?? "";
    if (NEGATION_OPENERS.has(word) && sentenceStart(input, i) && lower.length - i >= 4)
      return reading("threshold", "negated-rule", span(input, i, i + 3));
    if ((word === "does" || word === "do" || word === "must") && lower[i + 1] === "not")
      if (RISE_VERBS.has(lower[i + 2] ?? ""))
        return reading("threshold", "negated-rule", span(input, i, i + 2));
    if ((word === "doesn't" || word === "don't") && RISE_VERBS.has(lower[i + 1] ?? ""))
      return reading("threshold", "negated-rule", span(input, i, i + 1));
    if (word === "without" && FAILURE_NOUNS.has(lower[i + 2] ?? lower[i + 1] ?? ""))
      return reading("threshold", "no-failure", span(input, i, i + 2));
    if (word === "non" && lower[i + 1] === "stop")
      return reading("threshold", "no-failure", span(input, i, i + 1));
  }
  // "Ensure that no technical issue blocks a deal": a hold verb ruling something out.
  const hold = input.verb;
  if (hold?.entry.verbClass === "maintain") {
    const next = lower.slice(hold.at + hold.span, hold.at + hold.span + 3);
    if (next.some((w) => NEGATION_OPENERS.has(w)))
      return reading("threshold", "negated-rule", span(input, hold.at, hold.at + hold.span + 2));
  }
  const changes =
    parsed.by !== undefined ||
    (parsed.from !== undefined && parsed.to !== undefined && parsed.from !== parsed.to);
  if (changes) return undefined;
  const comparator = findComparator(input);
  if (comparator >= 0)
    return reading("threshold", "comparator", span(input, comparator, comparator + 2));
  const within = findWithin(input);
  if (within >= 0) return reading("threshold", "within-bound", span(input, within, within + 2));
  return undefined;
}

/** A verb's past participle, or a state that means "done" ("launched", "built", "live"). */
function isParticiple(input: KindInput, i: number): boolean {
  const word = input.lower[i] ?? "";
  if (DONE_STATES.has(word) || IRREGULAR_PARTICIPLES.has(word)) return true;
  // "We've sourced 20% of pipeline", "$3 million raised": the participle reports a measure.
  if (input.tokens.some((t, j) => !input.masked[j] && (t.unit === "%" || t.unit?.startsWith("$"))))
    return false;
  const verb = lookUpVerb(input.lower, i);
  const hasNumber = input.tokens.some((t, j) => isNumber(t) && !input.masked[j]);
  if (verb) {
    const grows = ["increase", "decrease", "improve", "achieve"].includes(verb.entry.verbClass);
    const past = /(?:ed|en|wn|lt|ne|un|ht|de)$/u.test(word) && word !== verb.entry.lemma;
    return past && !(grows && hasNumber);
  }
  return /^[a-z]{3,}ed$/u.test(word) && !hasNumber;
}

/** A participle the lexicon knows ("implemented") is surer evidence than any "-ed" word. */
function participleCue(input: KindInput, i: number): "passive-deliverable" | "participle" {
  const word = input.lower[i] ?? "";
  const known =
    DONE_STATES.has(word) || IRREGULAR_PARTICIPLES.has(word) || lookUpVerb(input.lower, i);
  return known ? "passive-deliverable" : "participle";
}

/** The first thing-a-team-makes word outside parentheses ("the browser extension" in an aside is not it). */
export function firstArtifact(input: KindInput, from = 0): number {
  return input.lower.findIndex((w, i) => i >= from && !input.masked[i] && ARTIFACT_NOUNS.has(w));
}

/**
 * Deliverables written without a leading verb: the passive ("is documented"), a bare
 * participle ("GDPR policy fully implemented"), a capability ("Admins can see…", "a repo
 * migration tool exists") and a noun phrase naming a thing ("C# driver").
 */
export function findDeliverable(input: KindInput): KindReading | undefined {
  const { lower, tokens } = input;
  if (findActorCount(input) >= 0) return undefined;
  const hasNumber = tokens.some((t, j) => isNumber(t) && !input.masked[j]);
  const firstNumber = tokens.findIndex((t, j) => isNumber(t) && !input.masked[j]);
  for (let i = 0; i < lower.length; i++) {
    const word = lower[i] ?? "";
    if (BE_WORDS.has(word)) {
      let next = i + 1;
      while (PARTICIPLE_ADVERBS.has(lower[next] ?? "")) next++;
      if (lower[next] === "part" || (lower[next] === "in" && lower[next + 1] === "place"))
        return reading("task", "passive-deliverable", span(input, i, next + 1));
      if (isParticiple(input, next))
        return reading("task", participleCue(input, next), span(input, i, next));
    }
    if (i > 0 && tokens[i]?.kind === "word" && !DETERMINERS.has(lower[i - 1] ?? "")) {
      if (word === "in" && lower[i + 1] === "place")
        return reading("task", "passive-deliverable", span(input, i, i + 1));
      if (isParticiple(input, i) && tokens[i - 1]?.kind === "word")
        return reading("task", participleCue(input, i), span(input, i - 1, i));
    }
    const beforeNumbers = firstNumber < 0 || i < firstNumber;
    if (CAPABILITY_VERBS.has(word) && beforeNumbers)
      return reading("task", "capability", span(input, Math.max(0, i - 1), i));
    if (
      (word === "can" || word === "will") &&
      i > 0 &&
      beforeNumbers &&
      tokens[i + 1]?.kind === "word"
    )
      return reading("task", "capability", span(input, i, i + 1));
    if (
      BE_WORDS.has(word) &&
      (lower[i + 1] === "the" || lower[i + 1] === "a") &&
      lower[i + 2] === "default"
    )
      return reading("task", "capability", span(input, i, i + 2));
    if ((word === "has" || word === "have") && i > 0) {
      const object = [1, 2, 3, 4, 5].find((k) => ARTIFACT_NOUNS.has(lower[i + k] ?? ""));
      if (object !== undefined) return reading("task", "capability", span(input, i, i + object));
    }
  }
  if (isParticiple(input, 0) && tokens[1]?.kind === "word")
    return reading("task", "noun-phrase-deliverable", span(input, 0, 1));
  if (input.verb?.at === 0) return undefined;
  const artifact = firstArtifact(input);
  if (artifact < 0 || lower.some((w, i) => !input.masked[i] && MEASURE_WORDS.has(w)))
    return undefined;
  if (hasNumber && !isCount(input, artifact - 1) && !isCount(input, artifact - 2)) return undefined;
  return reading(
    "task",
    "noun-phrase-deliverable",
    span(input, Math.max(0, artifact - 1), artifact),
  );
}
