import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSource } from "../../src/connectors/run-source.js";
import { itHandlesFailures, testDeps } from "./fakes/contract-cases.js";
import {
  answerFailureMode,
  type FakeServer,
  sendJson,
  startFakeServer,
} from "./fakes/fake-server.js";
import { RecordingSink } from "./fakes/recording-sink.js";

const TOKEN = "status-api-token-ABCDEFGH";
const TICKETS = [{ hours: 5 }, { hours: "7" }, { hours: 12 }, { hours: 1 }, { hours: 3 }];

let api: FakeServer;
beforeAll(async () => {
  // A typical JSON API: Bearer auth, cursor pagination through links.next, 429 + Retry-After.
  api = await startFakeServer((request, response, fake) => {
    if (request.headers.authorization !== `Bearer ${TOKEN}`) {
      sendJson(response, 401, { error: "invalid_token" });
      return;
    }
    if (answerFailureMode(fake, response, {}, 1)) return;
    if (request.path === "/uptime")
      return sendJson(response, 200, { data: { uptime_percent: 99.95, label: "ok" } });
    if (request.path === "/tickets") {
      const cursor = Number(request.query.get("cursor") ?? "0");
      const next = cursor + 2;
      return sendJson(response, 200, {
        items: TICKETS.slice(cursor, next),
        links: { next: next < TICKETS.length ? `/tickets?cursor=${next}` : null },
      });
    }
    if (request.path === "/endless") {
      const cursor = Number(request.query.get("cursor") ?? "0");
      return sendJson(response, 200, {
        items: [{ hours: 1 }],
        links: { next: `/endless?cursor=${cursor + 1}` },
      });
    }
    sendJson(response, 404, { error: "not found" });
  });
});
afterAll(() => api.close());

const binding = (query: Record<string, unknown>) => ({
  metricId: "uptime",
  connector: "http-json" as const,
  query,
});

describe("httpJsonConnector", () => {
  it("reads the number a JSONPath selects", async () => {
    const result = await runSource(
      binding({ url: `${api.url}/uptime`, path: "$.data.uptime_percent" }),
      testDeps(new RecordingSink(), { token: TOKEN }),
    );
    expect(result).toMatchObject({ ok: true, value: 99.95 });
  });

  it("follows the next link of every page and reduces all matches, numeric strings included", async () => {
    api.requests.length = 0;
    const query = {
      url: `${api.url}/tickets`,
      path: "$.items[*].hours",
      aggregate: "median",
      nextPath: "$.links.next",
    };
    const result = await runSource(binding(query), testDeps(new RecordingSink(), { token: TOKEN }));
    expect(result).toMatchObject({ ok: true, value: 5 });
    expect(api.requests.map((r) => r.query.get("cursor"))).toEqual([null, "2", "4"]);
  });

  it("refuses a match that is not a number instead of writing a wrong value", async () => {
    const sink = new RecordingSink();
    const result = await runSource(
      binding({ url: `${api.url}/uptime`, path: "$.data.label" }),
      testDeps(sink, { token: TOKEN }),
    );
    expect(result).toMatchObject({ ok: false, failure: { kind: "bad-response" } });
    expect(sink.measurements).toHaveLength(0);
  });

  it("reports a JSONPath that matches nothing as not-found", async () => {
    const result = await runSource(
      binding({ url: `${api.url}/uptime`, path: "$.data.missing" }),
      testDeps(new RecordingSink(), { token: TOKEN }),
    );
    expect(result).toMatchObject({ ok: false, failure: { kind: "not-found" } });
  });

  it("sends the token in a custom header without the Bearer prefix when asked", async () => {
    api.requests.length = 0;
    await runSource(
      binding({ url: `${api.url}/uptime`, path: "$.data.uptime_percent", authHeader: "X-Api-Key" }),
      testDeps(new RecordingSink(), { token: TOKEN }),
    );
    expect(api.requests[0]?.headers["x-api-key"]).toBe(TOKEN);
  });

  it("refuses to compute a value from part of a result that runs past the page cap", async () => {
    api.requests.length = 0;
    const sink = new RecordingSink();
    const query = {
      url: `${api.url}/endless`,
      path: "$.items[*].hours",
      aggregate: "sum",
      nextPath: "$.links.next",
    };
    const result = await runSource(binding(query), testDeps(sink, { token: TOKEN }));
    expect(result).toMatchObject({
      ok: false,
      failure: { kind: "bad-response", message: expect.stringContaining("more than 100 pages") },
    });
    expect(api.requests).toHaveLength(100);
    expect(sink.measurements).toHaveLength(0);
  });

  itHandlesFailures({
    server: () => api,
    binding: () => binding({ url: `${api.url}/uptime`, path: "$.data.uptime_percent" }),
    credentials: () => ({ token: TOKEN }),
    badCredentials: () => ({ token: "expired-token-12345678" }),
    secrets: () => [TOKEN],
    retryAfterSeconds: 1,
  });
});
