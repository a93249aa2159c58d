/** The day the suites run on (OKAPI_TODAY, set by vitest.config.ts): servers and CLIs under test see it as today. */
export function testToday(): string {
  const day = process.env.OKAPI_TODAY;
  if (!day)
    throw new Error(
      "OKAPI_TODAY is not set: run the suites through vitest (vitest.config.ts sets it)",
    );
  return day;
}
