const DAY_MS = 86_400_000;

/** Milliseconds since the epoch for a day (UTC midnight) or an instant with an offset. */
export function toEpochMs(dateOrInstant: string): number {
  return Date.parse(dateOrInstant);
}

/** The first millisecond after the given day ends (UTC), so "on or before asOf" is `< endOfDayMs(asOf)`. */
export function endOfDayMs(day: string): number {
  return Date.parse(day.slice(0, 10)) + DAY_MS;
}

/** Whole and fractional days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return (toEpochMs(to) - toEpochMs(from)) / DAY_MS;
}

/** Adds whole days to a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(day.slice(0, 10)) + days * DAY_MS).toISOString().slice(0, 10);
}
