/** Where the agent reads the time: injectable, so tests advance it without waiting. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * The calendar day of an instant in a time zone, YYYY-MM-DD: a job scheduled at 07:00 in
 * Tokyo on Monday belongs to Monday there, whatever UTC says.
 * @example localDay(new Date("2026-11-22T23:30:00Z"), "Asia/Tokyo") // "2026-11-23"
 */
export function localDay(instant: Date, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(instant);
}
