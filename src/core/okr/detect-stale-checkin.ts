import type { Cycle } from "../model/cycle.js";
import { daysBetween } from "./measure-days.js";
import type { Reason } from "./okr-types.js";

/**
 * `stale-checkin` when no update has come for more than `staleDays` days, counted up to
 * `asOf` (or the cycle's last day once it is over). A KR never updated is overdue once
 * `staleDays` have passed since the cycle started.
 */
export function detectStaleCheckin(
  lastUpdate: string | undefined,
  cycle: Cycle,
  asOf: string,
  staleDays: number,
): Reason | null {
  const day = asOf.slice(0, 10) < cycle.end ? asOf.slice(0, 10) : cycle.end;
  const since = lastUpdate?.slice(0, 10) ?? cycle.start;
  const days = Math.floor(daysBetween(since, day));
  if (days <= staleDays) return null;
  const message = lastUpdate
    ? `no check-in for ${days} days (last on ${since}; check in at least every ${staleDays} days)`
    : `no check-in ${days} days into the cycle (check in at least every ${staleDays} days)`;
  return { code: "stale-checkin", risk: "at-risk", message };
}
