import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addSource, SourceInputError } from "../../src/agent/sources/add-source.js";
import { runStoredSource } from "../../src/app/run-stored-source.js";
import { buildWeeklyReview } from "../../src/core/review/build-weekly-review.js";
import { getSource, listSources, readSourceFailures } from "../../src/store/agent/sources.js";
import { readSeries } from "../../src/store/repositories/measurements.js";
import { storeDrivers, type TestStore } from "../../src/store/test-support/test-stores.js";
import {
  answerFailureMode,
  type FakeServer,
  sendJson,
  startFakeServer,
} from "../connectors/fakes/fake-server.js";

const TOKEN = "uptime-token-9f8e7d6c5b4a";
const SECRET_KEY = randomBytes(32).toString("base64");
const env = { OKAPI_SECRET_KEY: SECRET_KEY };
const NOW = new Date("2026-11-23T06:00:00Z");

const DOCUMENT = {
  version: 1 as const,
  organization: "Acme",
  people: [{ id: "ana", name: "Ana" }],
  kpis: [
    {
      id: "uptime",
      name: "Uptime",
      unit: "%",
      direction: "higher-is-better" as const,
      owner: "ana",
      healthy: { min: 99.9 },
      alert: { below: 99 },
      measurements: [{ at: "2026-11-16", value: 99.95 }],
    },
  ],
};

let api: FakeServer;
beforeAll(async () => {
  api = await startFakeServer((request, response, fake) => {
    if (request.headers.authorization !== `Bearer ${TOKEN}`)
      return sendJson(response, 401, { error: "invalid_token" });
    if (answerFailureMode(fake, response, {}, 1)) return;
    sendJson(response, 200, { data: { uptime_percent: 99.97 } });
  });
});
afterAll(() => api.close());

const fastDeps = { env, timeoutMs: 300, maxAttempts: 2, wait: async () => {}, now: () => NOW };

describe.each(storeDrivers)("stored data sources on $name", (driver) => {
  let testStore: TestStore;
  // One store per driver (creating one costs seconds); each test starts without sources or pulled values.
  beforeAll(async () => {
    testStore = await driver.open();
    await testStore.store.applyDocument(DOCUMENT, { actor: "test" });
  });
  afterAll(() => testStore.dispose());
  beforeEach(async () => {
    await testStore.store.db.execute(sql`DELETE FROM sources`);
    await testStore.store.db.execute(sql`DELETE FROM measurements WHERE source IS NOT NULL`);
    api.mode = "ok";
  });

  async function add(token: string) {
    const outcome = await addSource(
      testStore.store,
      {
        id: "uptime-api",
        metric: "uptime",
        kind: "http-json",
        config: { url: `${api.url}/uptime`, path: "$.data.uptime_percent" },
        credentials: { token },
        cadence: "daily",
      },
      { actor: "test", env },
    );
    if (!outcome.ok) throw new Error(`source not added: ${outcome.reason}`);
    const source = await getSource(testStore.store.db, "uptime-api");
    if (!source) throw new Error("source not stored");
    return source;
  }

  it("stores credentials encrypted and never in what it returns", async () => {
    const source = await add(TOKEN);
    expect(source.hasStoredCredentials).toBe(true);
    const raw = await testStore.store.db.execute(
      sql`SELECT sealed_credentials::text AS s FROM sources`,
    );
    const stored = JSON.stringify(raw);
    expect(stored).toContain("v1:");
    expect(stored).not.toContain(TOKEN);
    const audit = await testStore.store.db.execute(
      sql`SELECT after::text AS a FROM audit_events WHERE entity = 'source'`,
    );
    expect(JSON.stringify(audit)).not.toContain("v1:");
    expect(JSON.stringify(await listSources(testStore.store.db))).not.toContain(TOKEN);
  });

  it("writes a pulled value with its source and marks the source healthy", async () => {
    const source = await add(TOKEN);
    const result = await runStoredSource(testStore.store, source, fastDeps);
    expect(result).toMatchObject({ ok: true, value: 99.97 });
    const series = await readSeries(testStore.store.db, "uptime", {});
    expect(series.map((p) => p.value)).toEqual([99.95, 99.97]);
    const after = await getSource(testStore.store.db, "uptime-api");
    expect(after).toMatchObject({ status: "healthy", lastSuccessAt: NOW.toISOString() });
    expect(after?.error).toBeUndefined();
  });

  for (const [mode, kind, token] of [
    ["ok", "auth", "wrong-token-000000"],
    ["rate-limit-always", "rate-limited", TOKEN],
    ["hang", "timeout", TOKEN],
  ] as const) {
    it(`marks the KPI stale: source failing (${kind}) and writes no value`, async () => {
      const source = await add(token);
      api.mode = mode;
      const result = await runStoredSource(testStore.store, source, fastDeps);
      expect(result).toMatchObject({ ok: false, failure: { kind } });
      const series = await readSeries(testStore.store.db, "uptime", {});
      expect(series.map((p) => p.value)).toEqual([99.95]);
      const failures = await readSourceFailures(testStore.store.db);
      expect(failures.get("uptime")).toMatchObject({ kind, since: NOW.toISOString() });
      expect(JSON.stringify([...failures])).not.toContain(TOKEN);
      const document = await testStore.store.exportDocument();
      const review = buildWeeklyReview(document as never, {
        asOf: "2026-11-23",
        sourceFailures: failures,
      });
      const uptime = review.kpis.find((k) => k.id === "uptime");
      expect(uptime?.sourceFailing?.kind).toBe(kind);
      expect(uptime?.whatToTestNext).toMatch(/^Fix the data source first/);
    });
  }

  it("keeps the first failure's time while a source keeps failing, and clears it on success", async () => {
    const source = await add(TOKEN);
    api.mode = "unauthorized";
    await runStoredSource(testStore.store, source, fastDeps);
    const later = new Date(NOW.getTime() + 86_400_000);
    await runStoredSource(testStore.store, source, { ...fastDeps, now: () => later });
    expect((await getSource(testStore.store.db, "uptime-api"))?.error?.since).toBe(
      NOW.toISOString(),
    );
    api.mode = "ok";
    await runStoredSource(testStore.store, source, { ...fastDeps, now: () => later });
    expect((await getSource(testStore.store.db, "uptime-api"))?.status).toBe("healthy");
  });

  it("refuses a source for an unknown metric, a bad query, or credentials without OKAPI_SECRET_KEY", async () => {
    const base = {
      id: "x",
      metric: "uptime",
      kind: "http-json" as const,
      config: { url: `${api.url}/uptime`, path: "$.a" },
      cadence: "daily" as const,
    };
    await expect(
      addSource(testStore.store, { ...base, metric: "nope" }, { actor: "t", env }),
    ).rejects.toThrow(/no KPI or key result with id "nope"/);
    await expect(
      addSource(testStore.store, { ...base, config: { path: "$.a" } }, { actor: "t", env }),
    ).rejects.toThrow(SourceInputError);
    await expect(
      addSource(
        testStore.store,
        { ...base, credentials: { token: "t0k3n" } },
        { actor: "t", env: {} },
      ),
    ).rejects.toThrow(/OKAPI_SECRET_KEY is not set/);
    expect(await listSources(testStore.store.db)).toEqual([]);
  });
});
