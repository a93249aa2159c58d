/** The three risk levels of the `okapi status` contract (docs/okr-tracking.md), best first. */
export type Risk = "on-track" | "at-risk" | "off-track";

/** Health after precedence: closed → stale → computed risk → pending (docs/okr-tracking.md). */
export type Health = "achieved" | "missed" | "stopped" | "stale" | "pending" | Risk;

type ReasonCode =
  | "behind-pace"
  | "low-confidence"
  | "confidence-falling"
  | "stale-checkin"
  | "kpi-red"
  | "tripwire-hit"
  | "tripwire-unchecked"
  | "value-flat"
  | "projection-misses-target"
  | "no-checkin"
  | "no-target"
  | "baseline-equals-target";

/**
 * A reason a person can act on. Rolled up to its objective, `keyResult` and `keyResultTitle` say
 * which key result it is about, so no screen shows one KR's reason as if it were the objective's.
 */
export interface Reason {
  code: ReasonCode;
  message: string;
  risk: Risk;
  keyResult?: string;
  keyResultTitle?: string;
}

const RANK: Record<Risk, number> = { "on-track": 0, "at-risk": 1, "off-track": 2 };

/** The worst of several risk levels; none means on track. */
export function worstRisk(risks: readonly Risk[]): Risk {
  let worst: Risk = "on-track";
  for (const risk of risks) if (RANK[risk] > RANK[worst]) worst = risk;
  return worst;
}
