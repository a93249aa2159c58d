import type { Risk } from "../okr/okr-types.js";

/** How many objectives are on track, at risk and off track. */
export interface RiskCounts {
  onTrack: number;
  atRisk: number;
  offTrack: number;
  total: number;
}

/**
 * The one count of objectives by risk, so the review's headline and its team table never
 * disagree ("off track" is `off-track` only; at risk is its own column).
 */
export function countObjectivesByRisk(risks: readonly Risk[]): RiskCounts {
  const count = (risk: Risk) => risks.filter((r) => r === risk).length;
  return {
    onTrack: count("on-track"),
    atRisk: count("at-risk"),
    offTrack: count("off-track"),
    total: risks.length,
  };
}
