import type { Objective } from "../api/types";

/**
 * Mean confidence (0–10) of an objective's key results at each check-in date, oldest first:
 * each KR counts with its latest confidence on or before that date.
 */
export function confidenceTrend(objective: Objective, last = 8): number[] {
  const krs = (objective.keyResults ?? []).map((kr) =>
    (kr.checkins ?? [])
      .filter((c) => c.confidence !== undefined)
      .map((c) => ({ at: c.at.slice(0, 10), confidence: c.confidence as number })),
  );
  const dates = [...new Set(krs.flat().map((c) => c.at))].sort();
  const trend = dates.map((day) => {
    const known = krs.flatMap((checkins) => {
      const latest = checkins.filter((c) => c.at <= day).at(-1);
      return latest ? [latest.confidence] : [];
    });
    return known.reduce((sum, x) => sum + x, 0) / known.length;
  });
  return trend.slice(-last);
}
