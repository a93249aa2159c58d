import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { occurred } from "../../src/app/occurred.js";
import { deliverDueWebhooks } from "../../src/app/webhooks/deliver-webhooks.js";
import { fixedDayClock } from "../../src/clock/clock.js";
import { enqueueEvents } from "../../src/store/repositories/webhook-outbox.js";
import { storeDrivers, type TestStore } from "../../src/store/test-support/test-stores.js";
import { type FakeServer, startFakeServer } from "../connectors/fakes/fake-server.js";

const clock = fixedDayClock("2026-07-21");
const fast = { attempts: 3, backoffMs: 1, timeoutMs: 2000 };
let receiver: FakeServer;
let refuse = false;

function checkinEvent(value: number) {
  return occurred(clock, {
    name: "checkin.recorded",
    data: { keyResult: "adoption", checkin: { at: "2026-07-21", value }, corrected: false },
  });
}

beforeAll(async () => {
  receiver = await startFakeServer((_request, response) => {
    response.writeHead(refuse ? 500 : 204).end();
  });
});
afterAll(() => receiver.close());

describe.each(storeDrivers)("the webhook outbox on $name", (driver) => {
  let testStore: TestStore;
  beforeAll(async () => {
    testStore = await driver.open();
    const { db } = testStore.store;
    await db.execute(sql`
      INSERT INTO webhooks (id, url, secret, events) VALUES
        ('new-names', ${`${receiver.url}/new`}, 's1', ARRAY['checkin.recorded']),
        ('old-names', ${`${receiver.url}/old`}, 's2', ARRAY['checkin.created', 'kpi.red']),
        ('kpis-only', ${`${receiver.url}/kpis`}, 's3', ARRAY['kpi.turned-red'])`);
  });
  afterAll(() => testStore.dispose());
  beforeEach(async () => {
    await testStore.store.db.execute(sql`DELETE FROM webhook_deliveries`);
    receiver.requests.length = 0;
    refuse = false;
  });

  it("queues an event for each subscriber, under the name it subscribed with", async () => {
    const { db } = testStore.store;
    await enqueueEvents(db, [checkinEvent(41)]);
    const round = await deliverDueWebhooks(db, fast);
    expect(round.delivered).toBe(2);
    const byPath = Object.fromEntries(
      receiver.requests.map((r) => [r.path, JSON.parse(r.body).event]),
    );
    expect(byPath).toEqual({ "/new": "checkin.recorded", "/old": "checkin.created" });
    expect((await deliverDueWebhooks(db, fast)).delivered).toBe(0);
  });

  it("delivers nothing for a change whose transaction rolled back", async () => {
    const { db } = testStore.store;
    await expect(
      db.transaction(async (tx) => {
        await enqueueEvents(tx, [checkinEvent(42)]);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect((await deliverDueWebhooks(db, fast)).delivered).toBe(0);
    expect(receiver.requests).toHaveLength(0);
  });

  it("delivers each event once to each webhook when several processes deliver at the same time", async () => {
    const { db } = testStore.store;
    await enqueueEvents(
      db,
      Array.from({ length: 30 }, (_, i) => checkinEvent(i)),
    );
    const rounds = await Promise.all(
      [1, 2, 3].map(() => deliverDueWebhooks(db, { ...fast, batch: 4 })),
    );
    expect(rounds.reduce((sum, r) => sum + r.delivered, 0)).toBe(60);
    const seen = receiver.requests.map((r) => `${r.path} ${JSON.parse(r.body).id}`);
    expect(new Set(seen).size).toBe(60);
    expect(seen).toHaveLength(60);
  });

  it("retries a refused delivery with the same body, and gives up after its last attempt", async () => {
    const { db } = testStore.store;
    refuse = true;
    await enqueueEvents(db, [checkinEvent(43)]);
    let gaveUp = 0;
    for (let round = 0; round < 10 && gaveUp < 2; round++) {
      gaveUp += (await deliverDueWebhooks(db, fast)).gaveUp.length;
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(gaveUp).toBe(2);
    expect(receiver.requests).toHaveLength(2 * fast.attempts);
    const bodies = new Set(receiver.requests.filter((r) => r.path === "/new").map((r) => r.body));
    expect(bodies.size).toBe(1);
    refuse = false;
    expect((await deliverDueWebhooks(db, fast)).delivered).toBe(0);
  });
});
