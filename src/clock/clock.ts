/**
 * Where Okapi reads the time. The core never does: every edge asks a Clock for "today" and
 * passes it in as `asOf`, so tests and demos can fix the calendar without touching the machine's.
 */
export interface Clock {
  /** The current instant: timestamps, expiry, rate limits and schedules. */
  now(): Date;
  /** The calendar day of an instant in a time zone, YYYY-MM-DD. A fixed-day clock always answers its day. */
  dayOf(instant: Date, timeZone: string): string;
}

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

export const systemClock: Clock = { now: () => new Date(), dayOf: localDay };

const DAY_MS = 86_400_000;

/**
 * A clock that lives on `day`: its instants are that day at the real time of day, so a value
 * pulled "now" is dated on the day every review, status and chart is computed for. Only the
 * calendar is fixed; sessions, tokens and rate limits keep reading the real time.
 */
export function fixedDayClock(day: string, base: Clock = systemClock): Clock {
  const midnight = Date.parse(`${day}T00:00:00Z`);
  return {
    now: () => new Date(midnight + (base.now().getTime() % DAY_MS)),
    dayOf: () => day,
  };
}

/** Today in a time zone (UTC by default) by the clock's calendar. */
export function todayOf(clock: Clock, timeZone = "UTC"): string {
  return clock.dayOf(clock.now(), timeZone);
}
