import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DataSourceBinding, runSource } from "./run-source.js";
import type {
  MeasurementSink,
  SourcedMeasurement,
  SourceFailureRecord,
} from "./shared/measurement-sink.js";

class MemorySink implements MeasurementSink {
  measurements: [string, SourcedMeasurement][] = [];
  failures: [string, SourceFailureRecord][] = [];
  healthy: [string, string][] = [];
  async recordMeasurement(metricId: string, measurement: SourcedMeasurement) {
    this.measurements.push([metricId, measurement]);
  }
  async markSourceFailing(metricId: string, failure: SourceFailureRecord) {
    this.failures.push([metricId, failure]);
  }
  async markSourceHealthy(metricId: string, at: string) {
    this.healthy.push([metricId, at]);
  }
}

const now = () => new Date("2026-07-15T00:00:00Z");
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "okapi-run-source-"));
  await writeFile(join(dir, "nps.csv"), "date,value\n2026-07-01,41\n2026-07-14,44\n");
});
afterAll(() => rm(dir, { recursive: true }));

describe("runSource", () => {
  it("records the pulled value with its source and marks the source healthy", async () => {
    const sink = new MemorySink();
    const result = await runSource(
      { metricId: "nps", connector: "csv", query: { path: join(dir, "nps.csv") } },
      { sink, env: {}, now },
    );
    expect(result).toEqual({
      ok: true,
      value: 44,
      at: "2026-07-14",
      source: `csv:${join(dir, "nps.csv")}`,
      attempts: 1,
    });
    expect(sink.measurements).toEqual([
      ["nps", { at: "2026-07-14", value: 44, source: `csv:${join(dir, "nps.csv")}` }],
    ]);
    expect(sink.healthy).toEqual([["nps", "2026-07-15T00:00:00.000Z"]]);
    expect(sink.failures).toEqual([]);
  });

  it("marks the source failing, without calling it, when a required credential is missing, naming the variable", async () => {
    const sink = new MemorySink();
    const result = await runSource(
      { metricId: "orders", connector: "sql", query: { sql: "SELECT 1" } },
      { sink, env: {}, now },
    );
    expect(result).toEqual({
      ok: false,
      attempts: 0,
      failure: { ok: false, kind: "auth", message: "missing credentials: set OKAPI_SQL_URL" },
    });
    expect(sink.failures).toEqual([
      [
        "orders",
        {
          kind: "auth",
          message: "missing credentials: set OKAPI_SQL_URL",
          at: "2026-07-15T00:00:00.000Z",
        },
      ],
    ]);
    expect(sink.measurements).toEqual([]);
  });

  it("reads a second credential set from suffixed variables when the binding names one", async () => {
    const result = await runSource(
      {
        metricId: "orders",
        connector: "sql",
        query: { sql: "SELECT 1" },
        credentialsRef: "warehouse",
      },
      { sink: new MemorySink(), env: { OKAPI_SQL_URL: "postgres://x" }, now },
    );
    expect(result).toMatchObject({
      ok: false,
      failure: { message: "missing credentials: set OKAPI_SQL_URL_WAREHOUSE" },
    });
  });

  it("explains an invalid query field by field as a configuration failure", async () => {
    const sink = new MemorySink();
    const result = await runSource(
      {
        metricId: "prs",
        connector: "github",
        query: { repo: "not a repo", measure: "prs-merged", since: "7 days" },
      },
      { sink, env: {}, now },
    );
    expect(result).toMatchObject({ ok: false, attempts: 0, failure: { kind: "config" } });
    const message = result.ok ? "" : result.failure.message;
    expect(message).toContain('repo: write the repository as "owner/name"');
    expect(message).toContain("since:");
    expect(sink.failures).toHaveLength(1);
  });
});

describe("DataSourceBinding", () => {
  it("accepts the known connectors only", () => {
    expect(
      DataSourceBinding.safeParse({ metricId: "m", connector: "github", query: {} }).success,
    ).toBe(true);
    expect(
      DataSourceBinding.safeParse({ metricId: "m", connector: "slack", query: {} }).success,
    ).toBe(false);
  });
});
