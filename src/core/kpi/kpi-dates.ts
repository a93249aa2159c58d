import type { Cadence } from "../model/primitives.js";
import { PERIOD_DAYS } from "../thresholds/kpi.js";

const MS_PER_DAY = 86_400_000;

/** Whole days since 1970-01-01 (UTC) of a day or an instant. */
export function dayNumber(at: string): number {
  return Math.floor(Date.parse(at.length === 10 ? `${at}T00:00:00Z` : at) / MS_PER_DAY);
}

/** The day (`YYYY-MM-DD`) of a day number. */
export function dayText(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Monday-based week index: day 0 (1970-01-01) was a Thursday, so shift by 3. */
export function weekIndex(day: number): number {
  return Math.floor((day + 3) / 7);
}

/** The index of the review period (week, month or quarter) containing a date. */
export function periodIndex(at: string, cadence: Cadence): number {
  if (cadence === "daily" || cadence === "weekly") return weekIndex(dayNumber(at));
  const year = Number(at.slice(0, 4));
  const month = Number(at.slice(5, 7)) - 1;
  return cadence === "monthly" ? year * 12 + month : year * 4 + Math.floor(month / 3);
}

/** Days per period of a cadence. */
export function periodDays(cadence: Cadence): number {
  return PERIOD_DAYS[cadence];
}

/** Guesses the cadence from the median spacing of the dates when the KPI does not declare one. */
export function inferCadence(ats: readonly string[]): Cadence {
  const tail = ats.slice(-27).map(dayNumber);
  const gaps = tail.slice(1).map((day, i) => day - (tail[i] as number));
  if (gaps.length === 0) return "weekly";
  gaps.sort((a, b) => a - b);
  const median = gaps[Math.floor(gaps.length / 2)] as number;
  if (median <= 3) return "daily";
  if (median <= 14) return "weekly";
  if (median <= 60) return "monthly";
  return "quarterly";
}

/** "week", "month"… for sentences. */
export function periodNoun(cadence: Cadence, count: number): string {
  const noun = { daily: "day", weekly: "week", monthly: "month", quarterly: "quarter" }[cadence];
  return count === 1 ? noun : `${noun}s`;
}
