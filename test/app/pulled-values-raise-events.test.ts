import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JobContext } from "../../src/agent/job-context.js";
import { pullSources } from "../../src/agent/jobs/pull-sources.js";
import { addSource } from "../../src/agent/sources/add-source.js";
import { storeDrivers, type TestStore } from "../../src/store/test-support/test-stores.js";
import { type FakeServer, sendJson, startFakeServer } from "../connectors/fakes/fake-server.js";

const NOW = new Date("2026-11-23T06:00:00Z");
let api: FakeServer;
let uptime = 0;

beforeAll(async () => {
  api = await startFakeServer((_request, response) =>
    sendJson(response, 200, { data: { uptime_percent: uptime } }),
  );
});
afterAll(() => api.close());

describe.each(storeDrivers)("the scheduled pull on $name", (driver) => {
  let testStore: TestStore;
  beforeAll(async () => {
    testStore = await driver.open();
    const { store } = testStore;
    await store.applyDocument(
      {
        version: 1,
        organization: "Acme",
        people: [{ id: "ana", name: "Ana" }],
        kpis: [
          {
            id: "uptime",
            name: "Uptime",
            unit: "%",
            direction: "higher-is-better",
            owner: "ana",
            healthy: { min: 99.9 },
            alert: { below: 99 },
            measurements: [{ at: "2026-11-16", value: 99.95 }],
          },
        ],
      },
      { actor: "test" },
    );
    await store.db.execute(sql`
      INSERT INTO webhooks (id, url, secret, events)
      VALUES ('ops', 'http://127.0.0.1:9/unused', 's', ARRAY['kpi.turned-red'])`);
    const added = await addSource(
      store,
      {
        id: "uptime-api",
        metric: "uptime",
        kind: "http-json",
        config: { url: `${api.url}/uptime`, path: "$.data.uptime_percent" },
        cadence: "daily",
      },
      { actor: "test", env: {} },
    );
    expect(added.ok).toBe(true);
  });
  afterAll(() => testStore.dispose());

  async function queued(): Promise<{ event: string; data: Record<string, unknown> }[]> {
    const result = (await testStore.store.db.execute(
      sql`SELECT event, data FROM webhook_deliveries ORDER BY created_at`,
    )) as unknown as { rows: { event: string; data: Record<string, unknown> }[] };
    return result.rows;
  }

  it("queues kpi.turned-red, with the value, when a pulled value turns its KPI red", async () => {
    uptime = 98.2;
    const context = {
      store: testStore.store,
      now: NOW,
      sourceDeps: { env: {}, timeoutMs: 2000, maxAttempts: 1, wait: async () => {} },
    } as unknown as JobContext;
    expect(await pullSources(context)).toMatchObject({ pulled: 1 });
    expect(await queued()).toEqual([
      {
        event: "kpi.turned-red",
        data: expect.objectContaining({ kpi: "uptime", previous: "green", value: 98.2 }),
      },
    ]);
    uptime = 97.5;
    const nextDay = { ...context, now: new Date("2026-11-24T06:00:00Z") } as JobContext;
    expect(await pullSources(nextDay)).toMatchObject({ pulled: 1 });
    expect(await queued()).toHaveLength(1);
  });
});
