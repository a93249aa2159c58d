import type { ReactNode } from "react";

export type Tone =
  | "green"
  | "amber"
  | "red"
  | "unknown"
  | "on-track"
  | "at-risk"
  | "off-track"
  | "neutral";

const WORDS: Partial<Record<Tone, string>> = {
  green: "Healthy",
  amber: "Watch",
  red: "Red",
  unknown: "No data",
  "on-track": "On track",
  "at-risk": "At risk",
  "off-track": "Off track",
};

/** A status or risk pill. The colour is never the only signal: the word is always there. */
export function Badge({ tone, children }: { tone: Tone; children?: ReactNode }) {
  return (
    <span className="badge" data-tone={tone}>
      {children ?? WORDS[tone] ?? tone}
    </span>
  );
}
