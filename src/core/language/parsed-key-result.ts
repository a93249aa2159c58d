import type { Comparator } from "./quantity-words.js";

/** What a key result asks for, read from its verb (and numbers when the verb is neutral). */
export type KrDirection = "increase" | "decrease" | "maintain" | "achieve" | "deliver" | "unknown";

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
}
