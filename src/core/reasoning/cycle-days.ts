import type { Cycle } from "../model/cycle.js";

/** Adds days to a YYYY-MM-DD day, in UTC. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The day a share of the cycle has elapsed. */
export function dayAtShare(cycle: Cycle, share: number): string {
  const start = Date.parse(`${cycle.start}T00:00:00Z`);
  const end = Date.parse(`${cycle.end}T00:00:00Z`);
  const days = Math.round(((end - start) / 86_400_000) * share);
  return addDays(cycle.start, days);
}
