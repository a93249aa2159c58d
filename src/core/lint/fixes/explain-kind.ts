import type { KindEvidence, ParsedKeyResult } from "../../language/parsed-key-result.js";
import { stripPrefix } from "../../language/strip-prefix.js";
import type { KeyResultView } from "../view/document-view.js";

const REASONS: Partial<Record<KindEvidence["cue"], string>> = {
  "deliverable-verb": "it leads with the work",
  "passive-deliverable": "it reports a deliverable as done",
  participle: "it reports something as done",
  "noun-phrase-deliverable": "it names a thing to make",
  capability: "it describes what a deliverable can do",
  "own-output-count": "it counts the team's own output",
  "work-without-metric": "what it asks to reach is no metric",
  learned: "its words read as work",
  comparator: "it states a bound to stay within",
  "negated-rule": "it is a rule against something happening",
  "hold-verb": "it asks to hold a level",
  "within-bound": "it sets a time limit to stay within",
  "no-failure": "it rules out failures for a period",
  floor: "it states an operating floor",
  sustained: "it asks for a level held all period",
  "no-change": "its baseline equals its target",
  "outcome-verb": "it asks for a change in a metric",
  "target-level": "it states a level to reach",
  "count-of-others": "it counts what other people do",
  "reported-by-people": "it counts what people report",
  "work-then-outcome": "it names the measured change the work is for",
  "metric-without-target": "it names a metric",
  placeholder: "it has a placeholder where the number should be",
  question: "it is a question",
  vague: "it names neither a number nor a metric",
};

/** Why the KR got its kind, in words a reader can check against the title: `it leads with the work ("Launch")`. */
export function because(evidence: KindEvidence): string {
  const reason = REASONS[evidence.cue] ?? "of how it reads";
  return `${reason} ("${evidence.words}")`;
}

/**
 * How the linter read a key result, for people: `task, because it reports a deliverable as
 * done ("fully documented"); label "Legal:" set aside`.
 */
export function describeReading(parsed: ParsedKeyResult): string {
  const label = parsed.prefix !== undefined ? `; label "${parsed.prefix}" set aside` : "";
  const counter =
    parsed.evidence.counter !== undefined
      ? `, though it also counts "${parsed.evidence.counter}"`
      : "";
  return `${parsed.kind}, because ${because(parsed.evidence)}${counter}${label}`;
}

/** The sentence a person wrote, without the labels, priorities and owners around it. */
export function sentenceOf(view: KeyResultView): string {
  return view.parsed.prefix === undefined && view.parsed.suffix === undefined
    ? view.keyResult.title
    : stripPrefix(view.keyResult.title).body;
}
