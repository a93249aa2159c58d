import { extractFromTo } from "./extract-from-to.js";
import { parseKeyResult } from "./parse-key-result.js";

/** The baseline, target and unit a key result title states, as the linter reads them. */
export interface KeyResultNumbers {
  from?: number;
  to?: number;
  unit?: string;
}

/**
 * What a form can fill from a title: the linter's own from/to (so the form never disagrees with
 * the from-to check) and the unit written beside those numbers. A title without a stated baseline
 * or target gives nothing, not even a unit: a unit alone would be a guess about which number it is.
 * @example readKeyResultNumbers("Increase trial conversion from 2.1% to 3.5%") // { from: 2.1, to: 3.5, unit: "%" }
 */
export function readKeyResultNumbers(title: string): KeyResultNumbers {
  const stated = extractFromTo(title);
  if (stated.from === undefined && stated.to === undefined) return {};
  const unit = parseKeyResult(title).unit;
  return { ...stated, ...(unit !== undefined && { unit }) };
}
