import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { WeeklyReview } from "../../src/core/review/weekly-review-types.js";
import { runCli } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "okapi-today-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the calendar the CLI runs on", () => {
  it.each(["2026-01-01", "2028-02-29"])(
    "tells the demo's stories in the weekly review of a store initialised on %s",
    (day) => {
      const env = { OKAPI_DATA_DIR: join(dir, day) };
      expect(runCli(["init", "--demo", "--as-of", day], env).status).toBe(0);
      const result = runCli(["review", "weekly", "--as-of", day, "--format", "json"], env);
      expect(result.status).toBe(0);
      const review = JSON.parse(result.stdout) as WeeklyReview;
      expect(review.asOf).toBe(day);
      expect(review.kpis.filter((k) => k.status === "red").length).toBeGreaterThan(0);
      expect(review.decisions.map((d) => d.objective)).toEqual(["guided-setup"]);
    },
  );

  it("takes today from OKAPI_TODAY when no --as-of is given", () => {
    const result = runCli(["status", "examples/acme.okapi.yaml", "--format", "json"], {
      OKAPI_TODAY: "2026-12-01",
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).asOf).toBe("2026-12-01");
  });

  it("refuses a malformed OKAPI_TODAY when a command needs today, and any in production mode, with one line and exit 2", () => {
    const malformed = runCli(["status", "examples/acme.okapi.yaml"], { OKAPI_TODAY: "2026-02-30" });
    expect(malformed.status).toBe(2);
    expect(malformed.stderr).toBe(
      'okapi: OKAPI_TODAY must be a calendar day written YYYY-MM-DD (for example 2026-03-31), got "2026-02-30"\n',
    );
    for (const args of [["--help"], ["checkin", "--help"], ["decide", "--help"]])
      expect(runCli(args, { OKAPI_TODAY: "2026-02-30" }).status, args.join(" ")).toBe(0);
    const production = runCli(["serve", "--port", "0"], {
      OKAPI_TODAY: "2026-03-31",
      NODE_ENV: "production",
      OKAPI_DATA_DIR: join(dir, "production"),
    });
    expect(production.status).toBe(2);
    expect(production.stderr).toContain("refused when NODE_ENV=production: unset it");
  });
});
