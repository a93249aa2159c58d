import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { gunzipSync } from "node:zlib";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../../src/server/start-server.js";
import { writeBackup } from "../../src/store/backup/write-backup.js";
import { storeDrivers, type TestStore } from "../../src/store/test-support/test-stores.js";
import { testToday } from "../test-today.js";

/** Distinctive values: finding any of them in any output is a leak. */
const TOKEN = `tok-LEAKCHECK-${randomBytes(6).toString("hex")}`;
const BAD_TOKEN = `tok-LEAKCHECK-BAD-${randomBytes(6).toString("hex")}`;
const ADMIN = { email: "admin@example.com", password: "correct horse battery staple" };

/**
 * A hostile upstream: it answers the right token with a number, and anything else with an
 * error that quotes the credentials it received — as some real services do.
 */
let echoed = "";
function startUpstream(): Promise<Server> {
  const server = createServer((request, response) => {
    const auth = request.headers.authorization ?? "";
    echoed += auth;
    if (auth === `Bearer ${TOKEN}` && request.url === "/ok") {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ data: { value: 42 } }));
      return;
    }
    response.writeHead(request.url === "/ok" ? 401 : 500, { "content-type": "application/json" });
    response.end(JSON.stringify({ error: `token rejected: ${auth}`, echo: request.headers }));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

describe("connector credentials never leave the connector", () => {
  const dir = mkdtempSync(join(tmpdir(), "okapi-secrets-"));
  const seen: string[] = [];
  let logs = "";
  let store: TestStore;
  let server: RunningServer;
  let upstream: Server;
  let upstreamUrl: string;
  let cookie: string;

  async function api(method: string, path: string, body?: unknown) {
    const response = await fetch(`${server.url}/api/v1${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    seen.push(
      `${method} ${path} → ${response.status} ${JSON.stringify([...response.headers])} ${text}`,
    );
    return { status: response.status, text };
  }

  beforeAll(async () => {
    process.env.OKAPI_SECRET_KEY = randomBytes(32).toString("base64");
    upstream = await startUpstream();
    upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    store = await (storeDrivers[0] as (typeof storeDrivers)[number]).open();
    await store.store.applyDocument(
      {
        version: 1,
        organization: "Acme",
        people: [{ id: "maria", name: "Maria Lopez" }],
        kpis: [{ id: "uptime", name: "Uptime", unit: "%", owner: "maria" }],
      },
      { actor: "test" },
    );
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logs += chunk.toString();
        done();
      },
    });
    server = await startServer({
      store: store.store,
      port: 0,
      hostname: "127.0.0.1",
      env: {
        OKAPI_ADMIN_EMAIL: ADMIN.email,
        OKAPI_ADMIN_PASSWORD: ADMIN.password,
        OKAPI_TODAY: testToday(),
      },
      logger: pino({ level: "trace" }, sink),
    });
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(ADMIN),
    });
    cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  });
  afterAll(async () => {
    await server?.close();
    await store?.dispose().catch(() => undefined); // the server closes its store on shutdown
    upstream?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("keeps stored credentials out of responses, errors, audit, exports, backups and logs", async () => {
    const source = (id: string, path: string, token: string) => ({
      id,
      metric: "uptime",
      kind: "http-json",
      config: { url: `${upstreamUrl}${path}`, path: "$.data.value" },
      credentials: { token },
    });
    expect((await api("POST", "/sources", source("good", "/ok", TOKEN))).status).toBe(201);
    expect((await api("POST", "/sources", source("rejected", "/ok", BAD_TOKEN))).status).toBe(201);
    expect((await api("POST", "/sources", source("broken", "/fail", TOKEN))).status).toBe(201);
    // Refused inputs must not echo the credential either.
    const refused = [
      { ...source("bad-config", "/ok", TOKEN), config: { url: "not a url", path: "x" } },
      { ...source("bad-key", "/ok", TOKEN), credentials: { password: TOKEN } },
      { ...source("bad-metric", "/ok", TOKEN), metric: "nope" },
    ];
    for (const body of refused) expect((await api("POST", "/sources", body)).status).toBe(422);

    const good = await api("POST", "/sources/good/run");
    expect(JSON.parse(good.text)).toMatchObject({ ok: true, value: 42 });
    for (const id of ["rejected", "broken"]) {
      const failed = await api("POST", `/sources/${id}/run`);
      expect(JSON.parse(failed.text)).toMatchObject({ ok: false });
    }
    // The upstream did receive and echo the credentials: the paths below had them to leak.
    expect(echoed).toContain(BAD_TOKEN);
    await api("GET", "/sources");
    await api("GET", "/audit-events?limit=200");
    await api("GET", "/workspace");
    await api("GET", "/kpis/uptime/measurements");
    const metrics = await fetch(`${server.url}/metrics`);
    seen.push(await metrics.text());
    seen.push(JSON.stringify(await store.store.exportDocument()));
    const archive = join(dir, "backup.gz");
    await writeBackup(store.store.db, store.store.driver, archive);
    const backup = gunzipSync(readFileSync(archive)).toString("utf8");
    expect(backup).toContain('"sources"');
    seen.push(backup);

    const outputs = { responses: seen.join("\n"), logs };
    for (const [where, text] of Object.entries(outputs)) {
      for (const secret of [TOKEN, BAD_TOKEN]) {
        const at = text.indexOf(secret);
        expect(at, `${where} leak: …${text.slice(Math.max(0, at - 200), at + 60)}…`).toBe(-1);
      }
    }
    expect(logs.length).toBeGreaterThan(0);
  });
});
