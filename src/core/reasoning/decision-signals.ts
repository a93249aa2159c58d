import type { DecisionStructure } from "./read-decision-structure.js";
import type { DecisionAction } from "./structure-lexicon.js";

interface FirstSignal {
  actions: readonly DecisionAction[];
  /** Words of the object or scope the signal needs; any object when absent. */
  when?: RegExp;
  metric: string;
}

/**
 * The earliest leading indicator of the causal chain an action bets on (a first slice of the
 * decision playbooks): entering a market or adding sellers bets on demand that shows as
 * pipeline before it shows as bookings; adding support agents on faster first answers; a
 * reliability commitment on the error budget it burns; removing a free plan on the paid
 * conversion of those who still sign up; a launch on activation.
 */
const FIRST_SIGNALS: readonly FirstSignal[] = [
  { actions: ["expand"], metric: "pipeline-coverage" },
  {
    actions: ["hire", "double", "invest"],
    when: /\b(?:AEs?|account executives?|sales|reps?|SDRs?|salespeople|sellers|outbound)\b/i,
    metric: "pipeline-coverage",
  },
  {
    actions: ["hire"],
    when: /\b(?:support|agents?|customer success)\b/i,
    metric: "first-response-time",
  },
  { actions: ["hire"], when: /\b(?:engineers?|developers?)\b/i, metric: "throughput" },
  {
    actions: ["move", "replace", "build", "buy", "invest", "launch", "raise"],
    when: /\b(?:uptime|SLA|SLO|reliability|availability)\b/i,
    metric: "error-budget-burn-rate",
  },
  {
    actions: ["remove"],
    when: /\bfree (?:plan|tier)\b|\bfreemium\b/i,
    metric: "trial-to-paid-conversion",
  },
  { actions: ["launch"], metric: "activation-rate" },
];

/** The metric id of the first signal the decision's action bets on, if the table knows one. */
export function firstSignalOf(structure: DecisionStructure): string | undefined {
  const words = `${structure.object ?? ""} ${structure.scope.map((part) => part.text).join(" ")}`;
  const { action } = structure;
  if (!action) return undefined;
  return FIRST_SIGNALS.find(
    (signal) => signal.actions.includes(action) && (!signal.when || signal.when.test(words)),
  )?.metric;
}
