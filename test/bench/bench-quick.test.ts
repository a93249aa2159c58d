import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// The benchmark suite at its quick sizes, so it cannot rot between full runs: every
// benchmark must run to the end against the built code and report well-formed results.
const QUICK_LIMIT_MS = 60_000;
const benchFolder = new URL("../../bench/", import.meta.url);
const dir = mkdtempSync(join(tmpdir(), "okapi-bench-quick-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface BenchResult {
  bench: string;
  name: string;
  value: number | string;
  unit: string;
  ceiling?: number;
  ratio?: number;
  note?: string;
}

describe("npm run bench -- --quick", () => {
  it(
    "runs every benchmark at smoke sizes and reports a figure, with its ceiling and ratio where it has one",
    () => {
      const out = join(dir, "quick.json");
      const run = spawnSync(
        process.execPath,
        [new URL("run.js", benchFolder).pathname, "--quick", "--out", out],
        {
          encoding: "utf8",
          env: { ...process.env, DATABASE_URL: "" },
          // Stopped (with the servers it started) a little before the test's own limit.
          timeout: QUICK_LIMIT_MS - 2_000,
        },
      );
      // spawnSync reports its timeout as an error (ETIMEDOUT) after stopping the run.
      expect(
        run.error?.message,
        `the quick run took over ${QUICK_LIMIT_MS / 1000} s`,
      ).toBeUndefined();
      expect(run.stderr).not.toMatch(/Error/);
      expect(run.status).toBe(0);
      const record = JSON.parse(readFileSync(out, "utf8")) as {
        quick: boolean;
        results: BenchResult[];
      };
      expect(record.quick).toBe(true);
      const benches = readdirSync(benchFolder)
        .filter((name) => name.endsWith(".bench.mjs"))
        .map((name) => name.replace(".bench.mjs", ""));
      expect(new Set(record.results.map((r) => r.bench))).toEqual(new Set(benches));
      for (const result of record.results) {
        if (result.value === "skipped") continue;
        expect(Number.isFinite(result.value), `${result.bench}: ${result.name}`).toBe(true);
        if (result.ceiling !== undefined) {
          expect(result.ceiling, result.name).toBeGreaterThan(0);
          expect(Number.isFinite(result.ratio), `${result.name} has a ratio`).toBe(true);
        }
        if (result.unit === "req/s") expect(result.note, result.name).toMatch(/; 0 errors;/);
      }
      expect(record.results.filter((r) => r.unit === "req/s").length).toBeGreaterThan(0);
      const ingestion = record.results.filter((r) => r.unit === "rows/s");
      expect(ingestion.map((r) => r.name).join("\n")).toMatch(/API bulk endpoint/);
    },
    QUICK_LIMIT_MS,
  );
});
