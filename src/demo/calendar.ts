const DAY_MS = 86_400_000;

function toDate(day: string): Date {
  return new Date(`${day.slice(0, 10)}T00:00:00Z`);
}

function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day `days` after `day` (negative goes back). */
export function addDays(day: string, days: number): string {
  return toDay(new Date(toDate(day).getTime() + days * DAY_MS));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY_MS);
}

/** The Monday on or before `day`. */
export function mondayOnOrBefore(day: string): string {
  const weekday = toDate(day).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** The `count` Mondays up to and including the last one on or before `asOf`, oldest first. */
export function weeklyDates(asOf: string, count: number): string[] {
  const last = mondayOnOrBefore(asOf);
  return Array.from({ length: count }, (_, i) => addDays(last, -7 * (count - 1 - i)));
}

function lastDayOfMonth(year: number, monthIndex: number): string {
  return toDay(new Date(Date.UTC(year, monthIndex + 1, 0)));
}

/** The `count` month ends on or before `asOf`, oldest first: a month is reported once it closes. */
export function monthlyDates(asOf: string, count: number): string[] {
  const date = toDate(asOf);
  const year = date.getUTCFullYear();
  let month = date.getUTCMonth();
  if (lastDayOfMonth(year, month) > asOf.slice(0, 10)) month -= 1;
  const ends: string[] = [];
  for (let i = 0; i < count; i++) {
    const absolute = year * 12 + month - i;
    ends.unshift(lastDayOfMonth(Math.floor(absolute / 12), absolute % 12));
  }
  return ends;
}

/** Months from the month of `from` to the month of `to` (June → August is 2). */
export function monthsBetween(from: string, to: string): number {
  const a = toDate(from);
  const b = toDate(to);
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
}

/** Month of the year, 1–12. */
export function monthOf(day: string): number {
  return toDate(day).getUTCMonth() + 1;
}

/** Day of the month, 1–31. */
export function dayOfMonth(day: string): number {
  return toDate(day).getUTCDate();
}

/** The calendar quarter holding `day`, written as the okapi file writes cycles: `2026-Q4`. */
export function quarterOf(day: string): string {
  const date = toDate(day);
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** The quarter before `quarter` (`2026-Q1` → `2025-Q4`). */
export function previousQuarter(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(-1));
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
}

/** The quarter after `quarter` (`2026-Q4` → `2027-Q1`). */
export function nextQuarter(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(-1));
  return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
}
