import type { Verb } from "./find-verbs.js";
import type { KindCue, KindEvidence, KrKind, ParsedKeyResult } from "./parsed-key-result.js";
import type { Token } from "./tokenize.js";

/** A sentence's tokens and how the parser read them. */
export interface KindInput {
  text: string;
  tokens: Token[];
  lower: string[];
  masked: boolean[];
  verb: Verb | undefined;
  parsed: Omit<ParsedKeyResult, "kind" | "evidence">;
  /** Filled on first use: several cues ask where the bound and the count of people are. */
  comparatorAt?: number;
  actorCountAt?: number;
}

/** The kind a title reads as, with the cue and the words that decided it. */
export interface KindReading {
  kind: KrKind;
  evidence: KindEvidence;
}

// Most titles share their reading ("outcome", "outcome-verb", "Increase"): one object each,
// not one per title of a 50,000-KR file. Readings are never mutated.
const shared = new Map<string, KindReading>();

export function reading(kind: KrKind, cue: KindCue, words: string): KindReading {
  const key = `${kind}\u0000${cue}\u0000${words}`;
  let known = shared.get(key);
  if (known === undefined) {
    known = { kind, evidence: { cue, words } };
    if (shared.size > 20_000) shared.clear();
    shared.set(key, known);
  }
  return known;
}

/** The title's words from token `from` to token `to` (inclusive), as written. */
export function span(input: KindInput, from: number, to: number): string {
  const first = input.tokens[Math.max(0, from)];
  const last = input.tokens[Math.min(input.tokens.length - 1, to)];
  return first && last ? input.text.slice(first.start, last.end) : input.text;
}
