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
}

/** The kind a title reads as, with the cue and the words that decided it. */
export interface KindReading {
  kind: KrKind;
  evidence: KindEvidence;
}

export const reading = (kind: KrKind, cue: KindCue, words: string): KindReading => ({
  kind,
  evidence: { cue, words },
});

/** The title's words from token `from` to token `to` (inclusive), as written. */
export function span(input: KindInput, from: number, to: number): string {
  const first = input.tokens[Math.max(0, from)];
  const last = input.tokens[Math.min(input.tokens.length - 1, to)];
  return first && last ? input.text.slice(first.start, last.end) : input.text;
}
