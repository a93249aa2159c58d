import type { OkapiDocument } from "../model/okapi-file.js";
import type { ObjectiveTrackingStatus } from "../okr/assess-objective.js";
import { daysBetween } from "../okr/measure-days.js";
import { STALE_AFTER_DAYS } from "../thresholds/okr.js";
import { firstOwner } from "./first-owner.js";
import type { ReviewStaleOwner } from "./weekly-review-types.js";

/**
 * Key results whose check-in is overdue, grouped by the person who owes it (the KR's owner,
 * else the objective's). A KR never checked in counts once the cycle is a week old.
 */
export function collectStaleCheckins(
  document: OkapiDocument,
  live: readonly ObjectiveTrackingStatus[],
  asOf: string,
): ReviewStaleOwner[] {
  const names = new Map((document.people ?? []).map((p) => [p.id, p.name]));
  const byOwner = new Map<string, ReviewStaleOwner["keyResults"]>();
  for (const status of live) {
    const objective = document.objectives?.find((o) => o.id === status.id);
    const cycleAge = daysBetween(status.cycle.start, asOf);
    for (const kr of status.keyResults) {
      const overdue =
        kr.health === "stale" || (kr.health === "pending" && cycleAge > STALE_AFTER_DAYS);
      if (!overdue) continue;
      const definition = objective?.keyResults?.find((k) => k.id === kr.id);
      const owner = firstOwner(definition?.owner) ?? firstOwner(objective?.owner) ?? "(no owner)";
      const lastCheckin = kr.current?.source === "checkin" ? kr.current.at : null;
      const list = byOwner.get(owner) ?? [];
      list.push({ id: kr.id, title: kr.title, objective: status.id, lastCheckin });
      byOwner.set(owner, list);
    }
  }
  return [...byOwner]
    .map(([owner, keyResults]) => ({ owner, name: names.get(owner) ?? owner, keyResults }))
    .sort((a, b) => b.keyResults.length - a.keyResults.length || a.owner.localeCompare(b.owner));
}
