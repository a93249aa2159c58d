import { defineConfig } from "vitest/config";

/**
 * The calendar is a test input: every server and CLI under test runs on OKAPI_TODAY, a fixed day
 * unless the caller sets another (`OKAPI_TODAY=2028-02-29 npm test`), so no test passes or fails
 * by the machine's date. The demo's property tests cover the other days.
 */
const OKAPI_TODAY = process.env.OKAPI_TODAY ?? "2026-11-23";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    env: { OKAPI_TODAY },
  },
});
