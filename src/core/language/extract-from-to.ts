import { parseKeyResult } from "./parse-key-result.js";

/** Numbers a key result title states as its baseline and target. */
export interface StatedFromTo {
  from?: number;
  to?: number;
}

/**
 * Reads the baseline and target a key result title states ("from X to Y", "to Y",
 * "(current X)"). A threshold ("keep NPS above 45") states no target: it is a floor.
 * @example extractFromTo("Reduce time-to-first-value from 14 days to 5 days") // { from: 14, to: 5 }
 */
export function extractFromTo(title: string): StatedFromTo {
  const parsed = parseKeyResult(title);
  const statesTarget =
    parsed.comparator === undefined &&
    parsed.band === undefined &&
    (parsed.direction === "increase" ||
      parsed.direction === "decrease" ||
      parsed.direction === "achieve");
  return {
    ...(parsed.from !== undefined && { from: parsed.from }),
    ...(statesTarget && parsed.to !== undefined && { to: parsed.to }),
  };
}
