import type { ParsedKeyResult } from "./parsed-key-result.js";
import { PERIOD_WORDS, readComparator, UNIT_WORDS } from "./quantity-words.js";
import { CLAUSE_BREAKS, DETERMINERS, isNumber } from "./token-helpers.js";
import type { Token } from "./tokenize.js";

/** The quantities of a clause, and where its metric words are. */
export interface Numbers {
  from?: number;
  to?: number;
  by?: { value: number; unit?: string };
  comparator?: ParsedKeyResult["comparator"];
  band?: { min: number; max: number };
  unit?: string;
  metricStart: number;
  metricEnd: number;
}

interface Quantity {
  value: number;
  unit?: string;
  next: number;
}

/** Reads a number and the unit after it: attached ("40%"), a unit word ("14 days") and a rate ("per month"). */
function readQuantity(tokens: Token[], lower: string[], at: number, value: number): Quantity {
  const number = tokens[at];
  let unit = number?.unit;
  let next = at + 1;
  if (UNIT_WORDS.has(lower[next] ?? "")) {
    unit = unit ? `${unit} ${tokens[next]?.text}` : tokens[next]?.text;
    next++;
  }
  const rate = lower[next];
  if (
    (rate === "per" || rate === "a" || rate === "each" || rate === "every") &&
    PERIOD_WORDS.has(lower[next + 1] ?? "")
  ) {
    unit = `${unit ? `${unit} ` : ""}per ${lower[next + 1]}`;
    next += 2;
  }
  return unit === undefined ? { value, next } : { value, unit, next };
}

const OPENS_QUANTITY = new Set(["from", "to", "of", "at", "=", "~", "by", "between"]);

/** Reads from/to/by, thresholds, bands and the metric span of a clause, left to right. */
export function readNumbers(
  tokens: Token[],
  lower: string[],
  masked: boolean[],
  start: number,
  end: number,
): Numbers {
  const out: Numbers = { metricStart: -1, metricEnd: -1 };
  let metricOpen = true;
  const note = (unit: string | undefined) => {
    if (unit !== undefined && out.unit === undefined) out.unit = unit;
  };
  const take = (i: number): Quantity | undefined => {
    const t = tokens[i];
    if (!isNumber(t) || masked[i]) return undefined;
    return readQuantity(tokens, lower, i, t.value);
  };
  let i = start;
  while (i < end) {
    const t = tokens[i];
    const w = lower[i] ?? "";
    if (!t || masked[i]) {
      if (out.metricStart >= 0) metricOpen = false;
      i++;
      continue;
    }
    // Only these words take the number after them as theirs.
    const next = OPENS_QUANTITY.has(w) ? take(i + 1) : undefined;
    if (w === "from" && next) {
      out.from = next.value;
      note(next.unit);
      metricOpen = false;
      i = next.next;
      continue;
    }
    if ((w === "to" || w === "of" || w === "at" || w === "=" || w === "~") && next) {
      out.to = next.value;
      note(next.unit);
      if (tokens[i + 1]?.plus) out.comparator = "at-least";
      metricOpen = false;
      i = next.next;
      continue;
    }
    if (w === "by" && next) {
      out.by = { value: next.value, ...(next.unit !== undefined && { unit: next.unit }) };
      metricOpen = false;
      i = next.next;
      continue;
    }
    if (w === "between" && next && lower[next.next] === "and") {
      const upper = take(next.next + 1);
      if (upper) {
        out.band = {
          min: Math.min(next.value, upper.value),
          max: Math.max(next.value, upper.value),
        };
        note(next.unit ?? upper.unit);
        metricOpen = false;
        i = upper.next;
        continue;
      }
    }
    const skipTo = w === "to" ? 1 : 0;
    const comparator = readComparator(lower, i + skipTo);
    const bound = comparator ? take(i + skipTo + comparator.span) : undefined;
    if (comparator && bound) {
      out.comparator = comparator.comparator;
      out.to = bound.value;
      note(bound.unit);
      metricOpen = false;
      i = bound.next;
      continue;
    }
    if (isNumber(t)) {
      if (w !== "" && lower[i - 1] === "per" && out.metricStart >= 0 && metricOpen) {
        out.metricEnd = i;
        i++;
        continue;
      }
      const number = take(i);
      if (number && out.to === undefined && !(out.from !== undefined)) {
        out.to = number.value;
        note(number.unit);
        if (t.plus) out.comparator = "at-least";
        if (out.metricStart >= 0) metricOpen = false;
        i = number.next;
        continue;
      }
      metricOpen = false;
      i++;
      continue;
    }
    if (CLAUSE_BREAKS.has(w) && out.metricStart >= 0) metricOpen = false;
    else if (
      metricOpen &&
      (t.kind === "word" || (out.metricStart >= 0 && (w === "/" || w === "&")))
    ) {
      if (out.metricStart < 0) {
        if (!DETERMINERS.has(w)) out.metricStart = i;
      } else out.metricEnd = i;
      if (out.metricStart === i) out.metricEnd = i;
    }
    i++;
  }
  return out;
}
