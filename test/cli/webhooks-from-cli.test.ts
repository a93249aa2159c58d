import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signWebhook } from "../../src/app/webhooks/sign-webhook.js";
import { openStore } from "../../src/store/open-store.js";
import { ADMIN, signIn, startTestServer, tokenFor } from "../api/api-server.js";
import { type FakeServer, sendJson, startFakeServer } from "../connectors/fakes/fake-server.js";
import { runCliAsync } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "okapi-cli-webhooks-"));
const env = { OKAPI_DATA_DIR: join(dir, "store"), OKAPI_WEBHOOK_BACKOFF_MS: "1" };
let receiver: FakeServer;
let connectorApi: FakeServer;
let refuseNext = 0;
let secret = "";

function events(): { event: string; data: Record<string, unknown>; id: string }[] {
  return receiver.requests.map((request) => JSON.parse(request.body));
}

beforeAll(async () => {
  receiver = await startFakeServer((_request, response) => {
    if (refuseNext > 0) {
      refuseNext -= 1;
      response.writeHead(503).end();
      return;
    }
    response.writeHead(204).end();
  });
  connectorApi = await startFakeServer((_request, response) =>
    sendJson(response, 200, { data: { burn: 720 } }),
  );
  // The webhook is registered through the API, over the store the CLI then uses.
  const server = await startTestServer(async () => {
    const store = await openStore({ dataDir: env.OKAPI_DATA_DIR });
    return { store, dispose: () => store.close() };
  });
  const admin = await tokenFor(
    server.url,
    await signIn(server.url, ADMIN.email, ADMIN.password),
    "write",
  );
  const created = await server.client(admin).POST("/api/v1/webhooks", {
    body: { url: `${receiver.url}/hook`, events: ["checkin.recorded", "kpi.turned-red"] },
  });
  secret = created.data?.secret ?? "";
  await server.stop();
}, 60_000);
afterAll(async () => {
  await Promise.all([receiver.close(), connectorApi.close()]);
  rmSync(dir, { recursive: true, force: true });
});

describe("webhooks fire for changes made from the CLI", () => {
  it("sends checkin.recorded, signed, for okapi checkin", async () => {
    const result = await runCliAsync(
      ["checkin", "adoption", "--value", "41", "--confidence", "6", "--at", "2026-07-21"],
      env,
    );
    expect(result.status, result.stderr).toBe(0);
    expect(events()).toHaveLength(1);
    expect(events()[0]).toMatchObject({
      event: "checkin.recorded",
      data: { keyResult: "adoption", checkin: { value: 41, confidence: 6 }, corrected: false },
    });
    const [request] = receiver.requests;
    const timestamp = String(request?.headers["x-okapi-timestamp"]);
    expect(request?.headers["x-okapi-signature"]).toBe(
      signWebhook(secret, timestamp, request?.body ?? ""),
    );
  });

  it("sends kpi.turned-red for okapi import measurements that turns a KPI red, once", async () => {
    const csv = join(dir, "nrr.csv");
    writeFileSync(csv, "date,value\n2026-07-31,97\n2026-08-31,91\n");
    const result = await runCliAsync(["import", "measurements", csv, "--metric", "nrr"], env);
    expect(result.status, result.stderr).toBe(0);
    const red = events().filter((e) => e.event === "kpi.turned-red");
    expect(red).toHaveLength(1);
    expect(red[0]?.data).toMatchObject({ kpi: "nrr", previous: "amber", value: 91 });
    writeFileSync(csv, "date,value\n2026-09-30,90\n");
    await runCliAsync(["import", "measurements", csv, "--metric", "nrr"], env);
    expect(events().filter((e) => e.event === "kpi.turned-red")).toHaveLength(1);
  });

  it("sends kpi.turned-red for a value a connector pull writes", async () => {
    const config = JSON.stringify({ url: `${connectorApi.url}/finance`, path: "$.data.burn" });
    const added = await runCliAsync(
      ["source", "add", "burn-api", "--metric", "burn", "--kind", "http-json", "--config", config],
      env,
    );
    expect(added.status, added.stderr).toBe(0);
    const pulled = await runCliAsync(["source", "run", "burn-api"], env);
    expect(pulled.status, pulled.stderr).toBe(0);
    const red = events().filter((e) => e.data.kpi === "burn");
    expect(red).toHaveLength(1);
    expect(red[0]).toMatchObject({ event: "kpi.turned-red", data: { previous: "unknown" } });
  });

  it("refuses a check-in by someone who is not a person, and sends nothing", async () => {
    const sent = receiver.requests.length;
    const result = await runCliAsync(
      ["checkin", "adoption", "--value", "44", "--by", "ghost"],
      env,
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--by ghost: no such person in the workspace");
    expect(receiver.requests.length).toBe(sent);
  });

  it("keeps a refused delivery queued without failing the command, and the next command sends it", async () => {
    refuseNext = 1;
    const sent = receiver.requests.length;
    const first = await runCliAsync(["checkin", "ttv", "--value", "12", "--at", "2026-07-21"], env);
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(
      /webhook checkin\.recorded to .* failed \(answered 503\); it stays queued/,
    );
    expect(receiver.requests.length).toBe(sent + 1);
    const second = await runCliAsync(
      ["checkin", "ttv", "--value", "11", "--at", "2026-07-28"],
      env,
    );
    expect(second.status).toBe(0);
    const delivered = events()
      .filter((e) => e.event === "checkin.recorded")
      .slice(-2);
    expect(delivered.map((e) => (e.data.checkin as { value: number }).value).sort()).toEqual([
      11, 12,
    ]);
    // The retry carries the same event id as the refused attempt, so a receiver can deduplicate.
    const refusedId = JSON.parse(receiver.requests[sent]?.body ?? "{}").id;
    expect(events().filter((e) => e.id === refusedId)).toHaveLength(2);
  });
});
