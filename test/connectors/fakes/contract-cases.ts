import { expect, it } from "vitest";
import {
  type DataSourceBinding,
  type RunSourceDeps,
  runSource,
} from "../../../src/connectors/run-source.js";
import type { Credentials } from "../../../src/connectors/shared/pull-connector.js";
import type { FakeServer } from "./fake-server.js";
import { RecordingSink } from "./recording-sink.js";

export const AS_OF = new Date("2026-07-15T00:00:00Z");

/** What the shared contract needs from one connector's test file. */
export interface ContractSetup {
  server: () => FakeServer;
  binding: () => DataSourceBinding;
  credentials: () => Credentials;
  badCredentials: () => Credentials;
  /** Every string that must never show up in a failure. */
  secrets: () => string[];
  /** The Retry-After the fake sends with its 429s. */
  retryAfterSeconds: number;
}

/** Deps for a test run: fixed clock, recorded waits, no environment, short timeout. */
export function testDeps(
  sink: RecordingSink,
  credentials: Credentials,
  waits: number[] = [],
): RunSourceDeps {
  return {
    sink,
    credentials,
    env: {},
    now: () => AS_OF,
    // Generous for loaded CI machines; the timeout cases set their own short one.
    timeoutMs: 5_000,
    wait: async (ms) => {
      waits.push(ms);
    },
  };
}

function expectNoSecrets(sink: RecordingSink, texts: string[], secrets: string[]): void {
  const everything = JSON.stringify([sink, texts]);
  for (const secret of secrets) expect(everything).not.toContain(secret);
}

/** The four failure cases every pull connector must handle, against its fake server. */
export function itHandlesFailures(setup: ContractSetup): void {
  it("waits out a 429's Retry-After, retries and then records the value", async () => {
    const server = setup.server();
    server.mode = "rate-limit-once";
    const sink = new RecordingSink();
    const waits: number[] = [];
    const result = await runSource(setup.binding(), testDeps(sink, setup.credentials(), waits));
    expect(result.ok).toBe(true);
    expect(waits[0]).toBe(setup.retryAfterSeconds * 1000);
    expect(sink.measurements).toHaveLength(1);
    expect(sink.failures).toHaveLength(0);
  });

  it("gives up after the retry bound, marks the source failing and writes no value", async () => {
    const server = setup.server();
    server.mode = "rate-limit-always";
    const before = server.requests.length;
    const sink = new RecordingSink();
    const waits: number[] = [];
    const deps = { ...testDeps(sink, setup.credentials(), waits), maxAttempts: 3 };
    const result = await runSource(setup.binding(), deps);
    expect(result).toMatchObject({ ok: false, attempts: 3, failure: { kind: "rate-limited" } });
    expect(server.requests.length - before).toBe(3);
    expect(waits).toEqual([setup.retryAfterSeconds * 1000, setup.retryAfterSeconds * 1000]);
    expect(sink.measurements).toHaveLength(0);
    expect(sink.failures[0]?.failure.kind).toBe("rate-limited");
    server.mode = "ok";
  });

  it("fails with kind timeout, quickly, when the server never answers", async () => {
    const server = setup.server();
    server.mode = "hang";
    const sink = new RecordingSink();
    const started = performance.now();
    const result = await runSource(setup.binding(), {
      ...testDeps(sink, setup.credentials()),
      timeoutMs: 200,
    });
    const elapsed = performance.now() - started;
    server.mode = "ok";
    expect(result).toMatchObject({ ok: false, failure: { kind: "timeout" } });
    expect(elapsed).toBeLessThan(2_000);
    expect(sink.measurements).toHaveLength(0);
    expect(sink.failures).toHaveLength(1);
  });

  it("reports rejected credentials as auth with a clear message, marks the metric stale and writes nothing", async () => {
    const sink = new RecordingSink();
    const result = await runSource(setup.binding(), testDeps(sink, setup.badCredentials()));
    expect(result).toMatchObject({ ok: false, attempts: 1, failure: { kind: "auth" } });
    const message = result.ok ? "" : result.failure.message;
    expect(message).toMatch(/credentials|token|key|password/i);
    expect(message).toMatch(/OKAPI_[A-Z_]+/);
    expect(sink.measurements).toHaveLength(0);
    expect(sink.failures).toEqual([
      {
        metricId: setup.binding().metricId,
        failure: { kind: "auth", message, at: AS_OF.toISOString() },
      },
    ]);
    expectNoSecrets(
      sink,
      [message],
      [...setup.secrets(), ...Object.values(setup.badCredentials())],
    );
  });
}
