import type { Risk } from "./okr-types.js";

/**
 * What its key results say about an objective: off track once off-track KRs carry at
 * least half its weight, at risk when any KR is not on track, else on track. One lagging
 * KR out of four makes an objective worth a look, not a lost cause.
 */
export function combineKeyResultRisks(keyResults: readonly { risk: Risk; weight: number }[]): Risk {
  const total = keyResults.reduce((sum, kr) => sum + kr.weight, 0);
  const offTrack = keyResults
    .filter((kr) => kr.risk === "off-track")
    .reduce((sum, kr) => sum + kr.weight, 0);
  if (total > 0 && offTrack * 2 >= total) return "off-track";
  return keyResults.some((kr) => kr.risk !== "on-track") ? "at-risk" : "on-track";
}
