/** Today in UTC as YYYY-MM-DD: the CLI owns the clock, the core takes `asOf`. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
