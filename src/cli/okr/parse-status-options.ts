import { isCalendarDate } from "../../core/model/primitives.js";
import { UsageError } from "../exit-codes.js";

/** Validates `--as-of` as a real calendar day. */
export function parseAsOf(text: string): string {
  if (!isCalendarDate(text))
    throw new UsageError(
      `--as-of must be a day written YYYY-MM-DD (e.g. 2026-08-14), got "${text}"`,
    );
  return text;
}

/** Validates `--stale-days` as a whole number of days, at least 1. */
export function parseStaleDays(text: string): number {
  const days = Number(text);
  if (!Number.isInteger(days) || days < 1)
    throw new UsageError(`--stale-days must be a whole number of days, at least 1, got "${text}"`);
  return days;
}
