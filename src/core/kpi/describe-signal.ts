import type { Cadence } from "../model/primitives.js";
import {
  RULE_FOUR_OF_FIVE,
  RULE_TWO_OF_THREE,
  RUN_ON_ONE_SIDE,
  RUN_TRENDING,
} from "../thresholds/kpi.js";
import { formatApart, formatNumber } from "./format-number.js";
import { periodNoun } from "./kpi-dates.js";
import type { SignalRule, XmrLimits } from "./kpi-types.js";

export interface SignalContext {
  rule: SignalRule;
  side: "above" | "below";
  at: string;
  value: number;
  limits: XmrLimits;
  name: string;
  cadence: Cadence;
}

/** The sentence a person reads for one signal: what happened and why it is not noise. */
export function describeSignal(context: SignalContext): string {
  const { rule, side, at, value, limits, name, cadence } = context;
  const average = formatNumber(limits.center);
  switch (rule) {
    case "beyond-limits": {
      const limit = side === "above" ? limits.upper : limits.lower;
      const which = side === "above" ? "upper" : "lower";
      const [valueText, limitText] = formatApart(value, limit);
      return `${name} at ${valueText} on ${at} is past its ${which} natural process limit (${limitText}): a point this far out is a signal, not noise — find out what happened.`;
    }
    case "two-of-three-beyond-2-sigma":
      return `${RULE_TWO_OF_THREE.hits} of the last ${RULE_TWO_OF_THREE.window} values of ${name} are far ${side} its average of ${average} (beyond 2σ): an early warning that it has moved.`;
    case "four-of-five-beyond-1-sigma":
      return `${RULE_FOUR_OF_FIVE.hits} of the last ${RULE_FOUR_OF_FIVE.window} values of ${name} are ${side} its average of ${average} by more than 1σ: it has probably moved, not wobbled.`;
    case "eight-on-one-side":
      return `${name} has been ${side} its average of ${average} for ${RUN_ON_ONE_SIDE} ${periodNoun(cadence, RUN_ON_ONE_SIDE)} in a row: this is a shift, not noise.`;
    case "six-trending":
      return `${name} has been ${side === "above" ? "rising" : "falling"} for ${RUN_TRENDING} ${periodNoun(cadence, RUN_TRENDING)} in a row: this is a trend, not noise.`;
  }
}
