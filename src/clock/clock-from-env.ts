import { isCalendarDate } from "../core/model/primitives.js";
import { type Clock, fixedDayClock, systemClock } from "./clock.js";

/** A setting that cannot be used as given; the message says what to change. */
export class ClockConfigError extends Error {
  override readonly name = "ClockConfigError";
}

/**
 * The clock an edge runs on: the system's, or one fixed to `OKAPI_TODAY` (YYYY-MM-DD) for tests
 * and demos. A malformed day is refused, and so is any fixed day when `NODE_ENV=production`: a
 * production server that reviewed the wrong week would be worse than one that does not start.
 * @example todayOf(clockFromEnv({ OKAPI_TODAY: "2028-02-29" })) // "2028-02-29"
 */
export function clockFromEnv(env: Readonly<Record<string, string | undefined>>): Clock {
  const fixed = env.OKAPI_TODAY?.trim();
  if (!fixed) return systemClock;
  if (!isCalendarDate(fixed))
    throw new ClockConfigError(
      `OKAPI_TODAY must be a calendar day written YYYY-MM-DD (for example 2026-03-31), got "${fixed}"`,
    );
  if (env.NODE_ENV === "production")
    throw new ClockConfigError(
      "OKAPI_TODAY fixes the calendar for tests and demos and is refused when NODE_ENV=production: unset it",
    );
  return fixedDayClock(fixed);
}
