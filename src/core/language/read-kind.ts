import { type KindInput, type KindReading, reading, span } from "./kind-reading.js";
import { PLACEHOLDER_WORDS, QUESTION_WORDS, REPORT_VERBS } from "./kind-words.js";
import { MEASURE_WORDS } from "./measure-words.js";
import { readComparator } from "./quantity-words.js";
import {
  findActorCount,
  findComparator,
  findDeliverable,
  findRule,
  firstArtifact,
} from "./read-rules.js";
import { isNumber } from "./token-helpers.js";
import type { Token } from "./tokenize.js";
import { lookUpVerb } from "./verb-lexicon.js";
import { wordList } from "./word-list.js";

// Verbs after which a bound is the level to hold or reach ("…and achieve >50% weekly").
const HOLD_OR_REACH = new Set(
  wordList("achieve | keep | maintain | stay | remain | hold | reach | hit"),
);

// "N1 IARR", "$N", "X%", "Reach M+": a capital standing where a number was withheld.
const PLACEHOLDER = /^(?:[NMX]\d{0,2}|P|X{2,})$/u;

function findPlaceholder(input: KindInput): number {
  const { tokens, lower } = input;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (PLACEHOLDER_WORDS.has(lower[i] ?? "")) return i;
    if (token.text === "<" && tokens.some((t, j) => j > i && t.text === ">")) return i;
    const first = token.text.charCodeAt(0);
    // Only "N…", "M…", "P", "X…" can be withheld numbers: skip the pattern for anything else.
    if (token.kind !== "word" || (first !== 78 && first !== 77 && first !== 80 && first !== 88))
      continue;
    if (!PLACEHOLDER.test(token.text)) continue;
    const before = tokens[i - 1]?.text;
    const after = tokens[i + 1];
    if (before === "$" || after?.text === "%" || after?.text === "#" || after?.text === "+")
      return i;
    // A bare "N1" or "P" before a noun phrase ("N4 customers RSVP", "Deliver P MQLs").
    if (/\d/.test(token.text) || after?.kind === "word" || after === undefined) return i;
  }
  return -1;
}

/** A change is stated by numbers (from → to, "by 40%"), not just a level. */
function statesChange(parsed: KindInput["parsed"]): boolean {
  return (
    parsed.by !== undefined ||
    (parsed.from !== undefined && parsed.to !== undefined && parsed.from !== parsed.to)
  );
}

/** "Hiring managers report that…", "Reps tell us…": a count of what people say. */
function findReport(input: KindInput): number {
  const { lower } = input;
  for (let i = 1; i < lower.length; i++) {
    const word = lower[i] ?? "";
    if (!REPORT_VERBS.has(word)) continue;
    const next = lower[i + 1];
    if (next === "that" || next === "us" || next === "an" || next === "a") return i;
  }
  return -1;
}

function readOpening(input: KindInput): KindReading | undefined {
  const { tokens, lower, text } = input;
  let wordCount = 0;
  let firstWord = "";
  for (const token of tokens)
    if (token.kind === "word" && wordCount++ === 0) firstWord = token.lower;
  const lone = wordCount === 1 && PLACEHOLDER_WORDS.has(firstWord) && !tokens.some(isNumber);
  if (wordCount === 0 || lone) return reading("unmeasurable", "placeholder", text);
  if (tokens[tokens.length - 1]?.text === "?" && QUESTION_WORDS.has(lower[0] ?? ""))
    return reading("unmeasurable", "question", text);
  const placeholder = findPlaceholder(input);
  const verbClass = input.verb?.entry.verbClass;
  const deliverOnly =
    verbClass === "deliver" && input.verb?.at === 0 && !input.verb.entry.countVerb;
  if (placeholder >= 0 && !statesChange(input.parsed) && !deliverOnly) {
    // "Strategic Account Plans built for the top N7 accounts": a deliverable, whatever the count.
    const deliverable = input.verb ? undefined : findDeliverable(input);
    if (deliverable?.evidence.cue === "passive-deliverable") return deliverable;
    return reading("unmeasurable", "placeholder", span(input, placeholder, placeholder + 1));
  }
  const report = findReport(input);
  if (report >= 0 && tokens.some((t) => isNumber(t)))
    return reading("outcome", "reported-by-people", span(input, report - 1, report + 1));
  return undefined;
}

function readLeadingVerb(input: KindInput): KindReading | undefined {
  const { verb, parsed, tokens } = input;
  if (verb?.entry.verbClass !== "deliver") return undefined;
  const verbWords = span(input, verb.at, verb.at + verb.span - 1);
  const measured = parsed.to !== undefined || parsed.by !== undefined || parsed.from !== undefined;
  if (parsed.outcomeVerb !== undefined && measured)
    return reading("outcome", "work-then-outcome", parsed.outcomeVerb);
  const hasCount = tokens.some((t, i) => i > verb.at && isNumber(t) && !input.masked[i]);
  // "Begin measuring adherence and achieve >50% weekly": the work comes with a floor.
  const bound = findComparator(input);
  if (bound > verb.at && input.lower.slice(verb.at + 1, bound).some((w) => HOLD_OR_REACH.has(w)))
    return reading("threshold", "comparator", span(input, bound, bound + 1));
  if (verb.entry.countVerb && hasCount) {
    const actor = findActorCount(input, verb.at + verb.span);
    if (actor >= 0) return reading("outcome", "count-of-others", span(input, verb.at, actor + 1));
    return reading("task", "own-output-count", span(input, verb.at, verb.at + verb.span + 1));
  }
  return reading("task", "deliverable-verb", verbWords);
}

/** Where each sentence after the first starts ("…. Increase…", "…; add…"). */
function laterSentences(input: KindInput): number[] {
  if (!hasSentenceBreak(input.text)) return [];
  const starts: number[] = [];
  input.tokens.forEach((_, i) => {
    const previous = input.tokens[i - 1]?.text;
    if (i > 0 && (previous === "." || previous === ";")) starts.push(i);
  });
  return starts;
}

const CHANGE_OPENERS =
  /^(?:increase|grow|reduce|cut|lift|raise|achieve|reach|generate|source|double|improve|decrease|get)/u;

// A later sentence that measures what the work is for: "…. Increase trial conversion by 20%."
function findLaterChange(input: KindInput): KindReading | undefined {
  const { tokens, lower } = input;
  for (const i of laterSentences(input)) {
    if (!CHANGE_OPENERS.test(lower[i] ?? "")) continue;
    for (let j = i + 1; j < tokens.length && tokens[j]?.text !== "."; j++)
      if (isNumber(tokens[j])) return reading("outcome", "work-then-outcome", span(input, i, j));
  }
  return undefined;
}

/** "…. Hire a UX designer, validate…": a later sentence that spells the work out. */
function findLaterWork(input: KindInput): KindReading | undefined {
  for (const i of laterSentences(input)) {
    const verb = lookUpVerb(input.lower, i);
    if (verb?.entry.verbClass === "deliver")
      return reading("task", "deliverable-verb", span(input, i, i + verb.span - 1));
  }
  return undefined;
}

/** Whether a second sentence or clause may follow ("…. Increase…", "…; add…"). */
const hasSentenceBreak = (text: string) => /[.;]\s+\S/u.test(text);

/** What the numbers and the verb say when no stronger cue decided it. */
function readByNumbers(input: KindInput): KindReading {
  const { parsed, verb } = input;
  const verbClass = verb?.entry.verbClass;
  const words = verb
    ? span(input, verb.at, verb.at + verb.span - 1)
    : (parsed.metric ?? input.text);
  const numbered = parsed.to !== undefined || parsed.by !== undefined || parsed.band !== undefined;
  if (verbClass === "maintain") {
    // "Ensure gitbase works…", "Make sure X is documented": without a level, the work is the point.
    const ensures = verb?.entry.lemma === "ensure" || verb?.entry.lemma === "make sure";
    if (ensures && !numbered) return reading("task", "deliverable-verb", words);
    return reading("threshold", "hold-verb", words);
  }
  const actor = findActorCount(input);
  if (actor >= 0) return reading("outcome", "count-of-others", span(input, actor, actor + 1));
  const comparator = statesChange(parsed) ? -1 : findComparator(input);
  if (comparator >= 0)
    return reading("threshold", "comparator", span(input, comparator, comparator + 1));
  if (numbered) return reading("outcome", verb ? "outcome-verb" : "target-level", words);
  // "Improve in-app documentation", "Scale hiring to plan": better work, no measure.
  const artifact = verb && verbClass !== "achieve" ? firstArtifact(input, verb.at + verb.span) : -1;
  if (artifact >= 0 && !input.lower.some((w, i) => !input.masked[i] && MEASURE_WORDS.has(w)))
    return reading("task", "deliverable-verb", span(input, verb?.at ?? 0, artifact));
  return reading("outcome", "metric-without-target", parsed.metric ?? words);
}

/**
 * Reads what kind of key result a sentence is, from cues a person can check: a question or
 * a withheld number (unmeasurable), a rule or bound (threshold), a deliverable in any voice
 * (task), and otherwise the change its verb and numbers ask for (outcome). The linter
 * refines it with what only the workspace knows (metrics, KPIs, the KR's own fields).
 */
export function readKind(input: KindInput): KindReading {
  const read = readFirstCue(input);
  if (read.kind !== "task") return read;
  // A task that also counts people or a share is less surely only work: say so.
  const actor = findActorCount(input);
  const share = input.tokens.findIndex((t, i) => t.unit === "%" && !input.masked[i]);
  const counter =
    actor >= 0 ? span(input, actor, actor + 2) : share >= 0 ? span(input, share, share) : undefined;
  return counter === undefined
    ? read
    : { kind: read.kind, evidence: { ...read.evidence, counter } };
}

const CHANGE_CLASSES = new Set(["increase", "decrease", "improve", "achieve"]);

/**
 * The common case, decided without the other cues or their allocations: a sentence that
 * leads with a change verb and states the change ("Reduce churn from 4% to 2%").
 */
export function quickKind(
  verb: KindInput["verb"],
  parsed: KindInput["parsed"],
  text: string,
  tokens: readonly Token[],
): KindReading | undefined {
  if (verb?.at !== 0 || verb.span !== 1) return undefined;
  const verbClass = verb.entry.verbClass;
  const changes = CHANGE_CLASSES.has(verbClass) && statesChange(parsed);
  // "Ship the billing dashboard": work, with no number, second sentence or measured change.
  const plainWork =
    verbClass === "deliver" &&
    !verb.entry.countVerb &&
    parsed.outcomeVerb === undefined &&
    !hasSentenceBreak(text) &&
    !tokens.some((t) => t.kind === "number");
  if (!changes && !plainWork) return undefined;
  const words = tokens[0]?.text ?? "";
  const cache = changes ? QUICK_CHANGE : QUICK_WORK;
  let known = cache.get(words);
  if (known === undefined) {
    known = reading(
      changes ? "outcome" : "task",
      changes ? "outcome-verb" : "deliverable-verb",
      words,
    );
    if (cache.size > 1000) cache.clear();
    cache.set(words, known);
  }
  return known;
}

const QUICK_CHANGE = new Map<string, KindReading>();
const QUICK_WORK = new Map<string, KindReading>();

function readFirstCue(input: KindInput): KindReading {
  const opening = readOpening(input);
  if (opening) return opening;
  const later = findLaterChange(input);
  const leading = readLeadingVerb(input);
  if (leading) return leading.kind === "task" && later ? later : leading;
  const subject = findActorCount(input);
  const firstVerb = input.verb?.at ?? input.tokens.length;
  if (subject >= 0 && subject < firstVerb && subject <= 3)
    return reading("outcome", "count-of-others", span(input, subject, subject + 1));
  const rule = findRule(input);
  if (rule) return rule;
  // "At least 500 items in total": a count to reach by the end, not a bound to hold.
  const count = readComparator(input.lower, 0);
  if (count?.comparator === "at-least" && /^\d+$/u.test(input.tokens[count.span]?.text ?? ""))
    return reading("outcome", "target-level", span(input, 0, count.span + 1));
  const leadsWithChange = input.verb?.at === 0 && input.verb.entry.verbClass !== "deliver";
  const deliverable = leadsWithChange ? undefined : findDeliverable(input);
  if (deliverable) return later ?? deliverable;
  const byNumbers = readByNumbers(input);
  if (byNumbers.evidence.cue !== "metric-without-target") return byNumbers;
  return later ?? findLaterWork(input) ?? byNumbers;
}
