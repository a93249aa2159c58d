import type { Comparator } from "./quantity-words.js";

/** What a key result asks for, read from its verb (and numbers when the verb is neutral). */
export type KrDirection = "increase" | "decrease" | "maintain" | "achieve" | "deliver" | "unknown";

/** What a key result is, as the linter reads it (docs/lint-json.md). */
export type KrKind = "outcome" | "task" | "threshold" | "unmeasurable";

/** Why a key result got its kind: a stable cue and the words of the title that decided it. */
export type KindCue =
  | "outcome-verb"
  | "target-level"
  | "count-of-others"
  | "reported-by-people"
  | "work-then-outcome"
  | "metric-without-target"
  | "deliverable-verb"
  | "passive-deliverable"
  | "participle"
  | "work-without-metric"
  | "learned"
  | "noun-phrase-deliverable"
  | "capability"
  | "own-output-count"
  | "comparator"
  | "negated-rule"
  | "hold-verb"
  | "within-bound"
  | "no-failure"
  | "floor"
  | "sustained"
  | "no-change"
  | "placeholder"
  | "question"
  | "vague";

export interface KindEvidence {
  cue: KindCue;
  /** The words of the title (after its prefix) that decided it, as written. */
  words: string;
  /** For a task: words that point to an outcome too ("at least 5 new communities", "20%"). */
  counter?: string;
}

/** A key result sentence understood: the `parsed` field of the linter's JSON output. */
export interface ParsedKeyResult {
  /** The main verb's base form ("reduce", "roll out"). */
  verb?: string;
  direction: KrDirection;
  metric?: string;
  from?: number;
  to?: number;
  /** A change stated relative to today ("by 40%"). */
  by?: { value: number; unit?: string };
  /** A threshold rather than a point: "above 45" is at-least 45. */
  comparator?: Comparator;
  band?: { min: number; max: number };
  unit?: string;
  deadline?: string;
  /** For an activity that also names a measured change ("Launch X to lift conversion…"). */
  task?: string;
  outcomeVerb?: string;
  /** Outcome, task, threshold or unmeasurable, and the evidence for it. */
  kind: KrKind;
  evidence: KindEvidence;
  /** Labels, numbering, priorities and owners written before the sentence ("KR3:", "P1 - @sam -"). */
  prefix?: string;
  /** Tags and owners written after it ("[P0][DP]", "- @alanshaw"). */
  suffix?: string;
}
