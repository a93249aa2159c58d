import { type Clock, todayOf } from "../clock/clock.js";
import { ClockConfigError, clockFromEnv } from "../clock/clock-from-env.js";
import { UsageError } from "./exit-codes.js";

/** The system clock, or `OKAPI_TODAY`'s fixed calendar; a bad setting is a usage error (exit 2). */
export function cliClock(): Clock {
  try {
    return clockFromEnv(process.env);
  } catch (error) {
    if (error instanceof ClockConfigError) throw new UsageError(error.message);
    throw error;
  }
}

/** Today in UTC as YYYY-MM-DD by the CLI's clock: the CLI owns the clock, the core takes `asOf`. */
export function today(): string {
  return todayOf(cliClock());
}
