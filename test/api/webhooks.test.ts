import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signWebhook } from "../../src/app/webhooks/sign-webhook.js";
import {
  createAccounts,
  drivers,
  startTestServer,
  type Team,
  type TestServer,
} from "./api-server.js";

interface Delivery {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver that fails the first `failures` deliveries with 500, then accepts. */
function receiver(failures: number) {
  const deliveries: Delivery[] = [];
  let failed = 0;
  const waiters: (() => void)[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      if (failed < failures) {
        failed += 1;
        res.writeHead(500).end();
        return;
      }
      deliveries.push({ headers: req.headers, body });
      res.writeHead(204).end();
      for (const wake of waiters.splice(0)) wake();
    });
  });
  return {
    deliveries,
    attempts: () => failed + deliveries.length,
    next: () => new Promise<void>((resolve) => waiters.push(resolve)),
    listen: () =>
      new Promise<string>((resolve) =>
        server.listen(0, "127.0.0.1", () =>
          resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`),
        ),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.each(drivers)("API webhooks on $name", ({ open }) => {
  let server: TestServer;
  let tokens: Team;
  const sink = receiver(1);
  let secret = "";

  beforeAll(async () => {
    server = await startTestServer(open, { OKAPI_WEBHOOK_BACKOFF_MS: "20" });
    tokens = await createAccounts(server);
    const url = await sink.listen();
    const created = await server.client(tokens.admin).POST("/api/v1/webhooks", {
      body: { url, events: ["checkin.created", "kpi.red"] },
    });
    secret = created.data?.secret ?? "";
  });
  afterAll(async () => {
    await server.stop();
    await sink.close();
  });

  it("lets only admins register webhooks, and never lists the secret", async () => {
    const editor = await server.client(tokens.editor).POST("/api/v1/webhooks", {
      body: { url: "http://127.0.0.1:1/x", events: ["kpi.red"] },
    });
    expect(editor.response.status).toBe(403);
    const list = await server.client(tokens.admin).GET("/api/v1/webhooks");
    expect(list.data?.items).toHaveLength(1);
    expect(JSON.stringify(list.data)).not.toContain(secret);
  });

  it("delivers a signed check-in event, retrying after a failed attempt", async () => {
    const delivered = sink.next();
    await server.client(tokens.editor).POST("/api/v1/key-results/{id}/checkins", {
      params: { path: { id: "adoption" } },
      body: { at: "2026-07-28", value: 42, confidence: 7 },
    });
    await delivered;
    expect(sink.attempts()).toBe(2);
    const { headers, body } = sink.deliveries[0] as Delivery;
    const timestamp = String(headers["x-okapi-timestamp"]);
    expect(headers["x-okapi-signature"]).toBe(signWebhook(secret, timestamp, body));
    expect(JSON.parse(body)).toMatchObject({
      event: "checkin.created",
      data: { keyResult: "adoption", checkin: { value: 42 } },
    });
  });

  it("refuses a check-in by someone who is not a person, and sends nothing", async () => {
    const before = sink.attempts();
    const refused = await server.client(tokens.editor).POST("/api/v1/key-results/{id}/checkins", {
      params: { path: { id: "adoption" } },
      body: { at: "2026-07-29", value: 43, by: "ghost" },
    });
    expect(refused.response.status).toBe(422);
    expect(refused.error).toMatchObject({ errors: [{ path: "/by" }] });
    await new Promise((r) => setTimeout(r, 200));
    expect(sink.attempts()).toBe(before);
  });

  it("sends kpi.red when a measurement turns a KPI red, and not again while it stays red", async () => {
    const delivered = sink.next();
    const editor = server.client(tokens.editor);
    await editor.POST("/api/v1/kpis/{id}/measurements", {
      params: { path: { id: "nrr" } },
      body: { at: "2026-07-31", value: 90 },
    });
    await delivered;
    const red = sink.deliveries.filter((d) => JSON.parse(d.body).event === "kpi.red");
    expect(red).toHaveLength(1);
    expect(JSON.parse(red[0]?.body ?? "{}").data).toMatchObject({ kpi: "nrr", previous: "amber" });
    await editor.POST("/api/v1/kpis/{id}/measurements", {
      params: { path: { id: "nrr" } },
      body: { at: "2026-08-31", value: 89 },
    });
    const count = sink.deliveries.length;
    await new Promise((r) => setTimeout(r, 200));
    expect(sink.deliveries.length).toBe(count);
  });
});
