/**
 * Seconds to wait from a Retry-After value: delta-seconds or an HTTP-date (RFC 9110 §10.2.3).
 * Returns undefined for anything else, and 0 for a date already past.
 */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  // All three HTTP-date forms (IMF-fixdate, RFC 850, asctime) start with the day name.
  if (!/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? /.test(text)) return undefined;
  // HTTP-dates are always GMT; asctime omits the zone, which Date.parse would read as local time.
  const when = Date.parse(/GMT$/.test(text) ? text : `${text} GMT`);
  if (Number.isNaN(when)) return undefined;
  return Math.max(0, Math.ceil((when - now.getTime()) / 1000));
}

/** Seconds until an epoch-seconds reset header (GitHub's x-ratelimit-reset) comes due. */
export function secondsUntilEpoch(value: string | null | undefined, now: Date): number | undefined {
  if (value === null || value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  return Math.max(0, Math.ceil(Number(value) - now.getTime() / 1000));
}
