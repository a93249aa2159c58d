import type { Cycle } from "../model/cycle.js";
import { daysBetween } from "./measure-days.js";
import type { Reason } from "./okr-types.js";

/**
 * The day a key result's first check-in clock starts: the cycle's start, or the day its objective
 * was set when that is later (an objective added mid-cycle owes no check-ins for the weeks before).
 */
export function trackingStart(cycle: Cycle, since: string | undefined): string {
  return since !== undefined && since > cycle.start ? since : cycle.start;
}

/**
 * `stale-checkin` when no update has come for more than `staleDays` days, counted up to
 * `asOf` (or the cycle's last day once it is over). A KR never updated is overdue once
 * `staleDays` have passed since tracking started (`trackingStart`).
 */
export function detectStaleCheckin(
  lastUpdate: string | undefined,
  cycle: Cycle,
  asOf: string,
  staleDays: number,
  since?: string,
): Reason | null {
  const day = asOf.slice(0, 10) < cycle.end ? asOf.slice(0, 10) : cycle.end;
  const start = trackingStart(cycle, since);
  const from = lastUpdate?.slice(0, 10) ?? start;
  const days = Math.floor(daysBetween(from, day));
  if (days <= staleDays) return null;
  const message = lastUpdate
    ? `no check-in for ${days} days (last on ${from}; check in at least every ${staleDays} days)`
    : start === cycle.start
      ? `no check-in ${days} days into the cycle (check in at least every ${staleDays} days)`
      : `no check-in ${days} days since the objective was set on ${start} (check in at least every ${staleDays} days)`;
  return { code: "stale-checkin", risk: "at-risk", message };
}
