/** Keys of the periods the operating rhythm runs on, from a day written YYYY-MM-DD. */

function utcDay(day: string): Date {
  return new Date(`${day.slice(0, 10)}T00:00:00Z`);
}

/**
 * The ISO 8601 week of a day: weeks start on Monday and belong to the year of their Thursday.
 * @example isoWeekKey("2026-11-23") // "2026-W48"
 */
export function isoWeekKey(day: string): string {
  const date = utcDay(day);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  date.setUTCDate(date.getUTCDate() - weekday + 3); // the Thursday of this week
  const year = date.getUTCFullYear();
  const firstThursday = utcDay(`${year}-01-04`);
  const firstWeekday = (firstThursday.getUTCDay() + 6) % 7;
  firstThursday.setUTCDate(firstThursday.getUTCDate() - firstWeekday + 3);
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** @example monthKey("2026-11-23") // "2026-11" */
export function monthKey(day: string): string {
  return day.slice(0, 7);
}

/** @example quarterKey("2026-11-23") // "2026-Q4" */
export function quarterKey(day: string): string {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}
