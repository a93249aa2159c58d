import type { Direction } from "../model/primitives.js";
import type { DecisionStructure } from "./read-decision-structure.js";
import type { DecisionAction } from "./structure-lexicon.js";

interface Push {
  actions: readonly DecisionAction[];
  /** Words of the object or scope the push needs. */
  when: RegExp;
  /** Knowledge-base metric ids the decision itself pushes down, and up. */
  down: readonly string[];
  up: readonly string[];
}

/**
 * Metrics a decision moves by its own mechanics, whatever else happens: removing a free plan
 * removes the free sign-ups that feed trials and product-qualified leads; a price rise lowers
 * conversion at every step of the funnel and raises churn and discount requests (the law of
 * demand); cutting marketing spend cuts the leads it buys; a hiring freeze cuts hires against
 * plan. A KR must not ask for the opposite of what the decision does to these.
 */
export const DECISION_PUSHES: readonly Push[] = [
  {
    actions: ["remove", "cut", "freeze"],
    when: /\bfree (?:plan|tier)\b|\bfreemium\b/i,
    down: [
      "trial-starts",
      "new-signups",
      "visitor-to-signup-conversion",
      "product-qualified-leads",
      "daily-active-users",
      "monthly-active-users",
      "weekly-active-accounts",
      "website-sessions",
    ],
    up: [],
  },
  {
    actions: ["raise"],
    when: /\bpric/i,
    down: [
      "visitor-to-signup-conversion",
      "trial-to-paid-conversion",
      "store-conversion-rate",
      "landing-page-conversion-rate",
      "add-to-cart-rate",
      "new-signups",
      "trial-starts",
      "paying-customers",
    ],
    up: ["logo-churn-rate", "discount-request-rate", "cart-abandonment-rate"],
  },
  {
    actions: ["cut"],
    when: /\bpric/i,
    down: ["average-revenue-per-account", "average-order-value", "price-realization"],
    up: [],
  },
  {
    actions: ["cut", "freeze"],
    when: /\b(?:marketing|advertising|ad spend|paid)\b/i,
    down: [
      "marketing-qualified-leads",
      "website-sessions",
      "marketing-sourced-pipeline",
      "share-of-voice",
      "webinar-registrations",
    ],
    up: [],
  },
  {
    actions: ["freeze", "cut"],
    when: /\b(?:hiring|headcount|hires)\b/i,
    down: ["headcount-plan-attainment"],
    up: [],
  },
];

/** Where the decision itself pushes a metric, if it does. */
export function pushOnMetric(
  structure: DecisionStructure,
  metric: string,
): "down" | "up" | undefined {
  const { action } = structure;
  if (!action) return undefined;
  const words = `${structure.object ?? ""} ${structure.scope.map((part) => part.text).join(" ")}`;
  for (const push of DECISION_PUSHES) {
    if (!push.actions.includes(action) || !push.when.test(words)) continue;
    if (push.down.includes(metric)) return "down";
    if (push.up.includes(metric)) return "up";
  }
  return undefined;
}

/** True when a KR on this metric would ask for the opposite of what the decision does to it. */
export function fightsTheDecision(
  structure: DecisionStructure,
  candidate: { metric: string; direction: Direction },
): boolean {
  const push = pushOnMetric(structure, candidate.metric);
  return (
    (push === "down" && candidate.direction === "higher-is-better") ||
    (push === "up" && candidate.direction === "lower-is-better")
  );
}
