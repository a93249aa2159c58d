/** Today in UTC as YYYY-MM-DD: the server owns the clock, the core takes `asOf`. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
