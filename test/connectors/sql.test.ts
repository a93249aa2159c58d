import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSource } from "../../src/connectors/run-source.js";
import { testDeps } from "./fakes/contract-cases.js";
import { type FakePostgres, startFakePostgres } from "./fakes/postgres-server.js";
import { RecordingSink } from "./fakes/recording-sink.js";

const PASSWORD = "s3cret-db-password!";
const NUMERIC = 1700;
const TEXT = 25;
const COUNT_ORDERS = "SELECT count(*) FROM orders WHERE created_at >= now() - interval '7 days'";
const TWO_COLUMNS = "SELECT 1 AS a, 2 AS b";
const WORDS = "SELECT 'many' AS label";

let db: FakePostgres;
beforeAll(async () => {
  db = await startFakePostgres("okapi", PASSWORD, {
    [COUNT_ORDERS]: { columns: [{ name: "count", typeOid: NUMERIC }], rows: [["1284.5"]] },
    [TWO_COLUMNS]: {
      columns: [
        { name: "a", typeOid: NUMERIC },
        { name: "b", typeOid: NUMERIC },
      ],
      rows: [["1", "2"]],
    },
    [WORDS]: { columns: [{ name: "label", typeOid: TEXT }], rows: [["many"]] },
  });
});
afterAll(() => db.close());

const binding = (sql: string) => ({
  metricId: "orders-7d",
  connector: "sql" as const,
  query: { sql },
});

describe("sqlConnector", () => {
  it("runs the query in a read-only session and records its single numeric value", async () => {
    const sink = new RecordingSink();
    const result = await runSource(
      binding(COUNT_ORDERS),
      testDeps(sink, { url: db.url(PASSWORD) }),
    );
    expect(result).toMatchObject({ ok: true, value: 1284.5 });
    expect(db.queries.at(-1)).toBe(COUNT_ORDERS);
    expect(db.startups.at(-1)).toMatchObject({
      user: "okapi",
      database: "metrics",
      options: "-c default_transaction_read_only=on",
    });
    expect(sink.measurements[0]?.measurement.value).toBe(1284.5);
  });

  it("refuses a result with more than one column and writes no value", async () => {
    const sink = new RecordingSink();
    const result = await runSource(binding(TWO_COLUMNS), testDeps(sink, { url: db.url(PASSWORD) }));
    expect(result).toMatchObject({ ok: false, failure: { kind: "bad-response" } });
    expect(sink.measurements).toHaveLength(0);
  });

  it("refuses a non-numeric value rather than storing NaN", async () => {
    const result = await runSource(
      binding(WORDS),
      testDeps(new RecordingSink(), { url: db.url(PASSWORD) }),
    );
    expect(result).toMatchObject({ ok: false, failure: { kind: "bad-response" } });
  });

  it("reports an unknown table as a query problem (SQLSTATE 42P01)", async () => {
    const result = await runSource(
      binding("SELECT count(*) FROM nowhere"),
      testDeps(new RecordingSink(), { url: db.url(PASSWORD) }),
    );
    expect(result).toMatchObject({ ok: false, failure: { kind: "config" } });
  });

  it("rejects a statement that is not a SELECT before connecting", async () => {
    const before = db.connections;
    const result = await runSource(
      binding("DELETE FROM orders"),
      testDeps(new RecordingSink(), { url: db.url(PASSWORD) }),
    );
    expect(result).toMatchObject({ ok: false, failure: { kind: "config" } });
    expect(db.connections).toBe(before);
  });

  it("backs off and reconnects when the server has too many connections (53300), then records the value", async () => {
    db.mode = "too-many-once";
    const waits: number[] = [];
    const result = await runSource(binding(COUNT_ORDERS), {
      ...testDeps(new RecordingSink(), { url: db.url(PASSWORD) }, waits),
      random: () => 0.5,
      backoffBaseMs: 100,
    });
    expect(result).toMatchObject({ ok: true, attempts: 2 });
    expect(waits).toEqual([50]);
  });

  it("gives up after the retry bound when connections stay exhausted and writes no value", async () => {
    db.mode = "too-many-always";
    const sink = new RecordingSink();
    const result = await runSource(binding(COUNT_ORDERS), {
      ...testDeps(sink, { url: db.url(PASSWORD) }),
      maxAttempts: 3,
    });
    db.mode = "ok";
    expect(result).toMatchObject({ ok: false, attempts: 3, failure: { kind: "rate-limited" } });
    expect(sink.measurements).toHaveLength(0);
    expect(sink.failures).toHaveLength(1);
  });

  it("fails with kind timeout, quickly, when the server accepts the connection but never answers", async () => {
    db.mode = "hang";
    const started = performance.now();
    const result = await runSource(binding(COUNT_ORDERS), {
      ...testDeps(new RecordingSink(), { url: db.url(PASSWORD) }),
      timeoutMs: 200,
    });
    db.mode = "ok";
    expect(result).toMatchObject({ ok: false, failure: { kind: "timeout" } });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("reports a wrong password (28P01) as auth, names OKAPI_SQL_URL, and never shows the password or URL", async () => {
    const sink = new RecordingSink();
    const wrong = "not-the-password-123";
    const result = await runSource(binding(COUNT_ORDERS), testDeps(sink, { url: db.url(wrong) }));
    expect(result).toMatchObject({ ok: false, attempts: 1, failure: { kind: "auth" } });
    expect(db.passwords.at(-1)).toBe(wrong);
    const text = JSON.stringify([result, sink]);
    expect(text).toContain("OKAPI_SQL_URL");
    expect(text).not.toContain(wrong);
    expect(text).not.toContain(PASSWORD);
    expect(sink.measurements).toHaveLength(0);
  });
});
