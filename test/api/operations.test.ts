import { readFileSync } from "node:fs";
import { request } from "node:http";
import SwaggerParser from "@apidevtools/swagger-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createAccounts,
  drivers,
  startTestServer,
  type Team,
  type TestServer,
} from "./api-server.js";

describe.each(drivers)("API operations on $name", ({ open }) => {
  let server: TestServer;
  let tokens: Team;

  beforeAll(async () => {
    server = await startTestServer(open, { OKAPI_BODY_LIMIT: "65536" });
    tokens = await createAccounts(server);
  });
  afterAll(() => server.stop());

  it("serves the page the one-time setup link opens, which posts to the setup endpoint", async () => {
    const response = await fetch(`${server.url}/setup?token=anything`);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain("Create the first admin");
    expect(page).toContain('fetch("/api/v1/setup"');
  });

  it("serves an OpenAPI 3.1 document that validates", async () => {
    const document = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(document.openapi).toBe("3.1.0");
    await expect(SwaggerParser.validate(document as never)).resolves.toBeDefined();
    expect(Object.keys(document.paths)).toContain("/api/v1/kpis/{id}/measurements");
  });

  it("serves the document the test client was generated from (`npm run api:types` after a change)", async () => {
    const document = await (await fetch(`${server.url}/api/v1/openapi.json`)).json();
    const committed = readFileSync(new URL("./generated/openapi.json", import.meta.url), "utf8");
    expect(document).toEqual(JSON.parse(committed));
  });

  it("serves interactive docs and, without a dashboard build, a page saying so", async () => {
    const docs = await fetch(`${server.url}/api/docs`);
    expect(await docs.text()).toContain("/api/v1/openapi.json");
    const home = await (await fetch(`${server.url}/`)).text();
    expect(home).toContain("dashboard has not been built");
  });

  it("answers liveness and readiness probes", async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
  });

  it("gives every response a request id", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("exposes request latency and error counts as Prometheus metrics", async () => {
    await fetch(`${server.url}/api/v1/kpis`);
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toContain("okapi_http_request_duration_seconds_bucket");
    expect(text).toMatch(/okapi_http_errors_total\{route="\/api\/v1\/kpis",status="401"\} [1-9]/);
  });

  it("refuses a body over the limit with 413", async () => {
    const items = Array.from({ length: 5000 }, (_, i) => ({ at: "2026-01-01", value: i }));
    const response = await fetch(`${server.url}/api/v1/kpis/nrr/measurements`, {
      method: "POST",
      headers: { authorization: `Bearer ${tokens.editor}`, "content-type": "application/json" },
      body: JSON.stringify({ items }),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });

  it("answers an unknown API path with a problem+json 404", async () => {
    const response = await fetch(`${server.url}/api/v1/nothing-here`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ status: 404, title: "Not found" });
  });

  it("sends no CORS headers by default", async () => {
    const response = await fetch(`${server.url}/api/v1/openapi.json`, {
      headers: { origin: "https://evil.example" },
    });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("finishes an in-flight request when shut down, then refuses new connections", async () => {
    const body = JSON.stringify({ at: "2026-09-30", value: 107 });
    const url = new URL(`${server.url}/api/v1/kpis/nrr/measurements`);
    const status = new Promise<number>((resolve, reject) => {
      const req = request(
        url,
        {
          method: "POST",
          headers: {
            authorization: `Bearer ${tokens.editor}`,
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on("error", reject);
      // Half the body now, the rest after shutdown has begun: the request is mid-flight.
      req.write(body.slice(0, 10));
      setTimeout(() => {
        closing = server.server.close();
        setTimeout(() => req.end(body.slice(10)), 100);
      }, 100);
    });
    let closing: Promise<void> | undefined;
    expect(await status).toBe(201);
    await closing;
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });
});
