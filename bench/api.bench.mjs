// API: the dashboard summary endpoint's throughput and p95 latency under autocannon on loopback,
// side by side with a bare Hono route in the same process and run (the ratio is the figure
// that travels between machines), plus `okapi serve` start-to-ready on the demo workspace.

import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import autocannon from "autocannon";
import { Hono } from "hono";
import pino from "pino";
import { generateDemoWorkspace } from "../dist/demo/index.js";
import { hashSecret } from "../dist/server/auth/secrets.js";
import { startServer } from "../dist/server/start-server.js";
import { openStore } from "../dist/store/open-store.js";
import { createAccount, createApiToken } from "../dist/store/repositories/accounts.js";

const DURATION = Number(process.env.BENCH_API_SECONDS ?? 5);
const CONNECTIONS = 10;
const AS_OF = "2026-11-23";
const BIN = new URL("../bin/okapi.js", import.meta.url).pathname;

/** Runs autocannon; autocannon reports p90 and p97.5, so p95 comes from every response time. */
function load(url, headers = {}) {
  const times = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, connections: CONNECTIONS, duration: DURATION, headers },
      (error, result) => {
        if (error) return reject(error);
        times.sort((a, b) => a - b);
        const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? 0;
        resolve({ ...result, p95: Number(p95.toFixed(2)) });
      },
    );
    instance.on("response", (_client, _status, _bytes, ms) => times.push(ms));
  });
}

function listen(app) {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) =>
      resolve({ server, url: `http://127.0.0.1:${info.port}` }),
    );
  });
}

async function waitReady(url, started) {
  for (;;) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) return performance.now() - started;
    } catch {}
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Spawns `okapi serve` and returns milliseconds until /readyz answers 200. */
async function timeStart(dataDir, port, demo) {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [BIN, "serve", "--port", String(port), ...(demo ? ["--demo"] : [])],
    {
      env: {
        ...process.env,
        OKAPI_DATA_DIR: dataDir,
        OKAPI_AUTH: "off",
        DATABASE_URL: "",
        LOG_LEVEL: "error",
      },
      stdio: "ignore",
    },
  );
  const ms = await waitReady(`http://127.0.0.1:${port}`, started);
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
  return ms;
}

export async function run() {
  const store = await openStore({ inMemory: true });
  await store.applyDocument(generateDemoWorkspace({ asOf: AS_OF }), { actor: "bench" });
  const account = await createAccount(
    store.db,
    { email: "bench@example.com", name: "Bench", role: "viewer", passwordHash: null },
    "bench",
  );
  const token = "okp_bench";
  await createApiToken(store.db, {
    userId: account.id,
    name: "bench",
    scope: "read",
    tokenHash: hashSecret(token),
  });
  const api = await startServer({
    store,
    port: 0,
    hostname: "127.0.0.1",
    env: {},
    logger: pino({ level: "silent" }),
  });
  const bare = new Hono();
  bare.get("/ping", (c) => c.json({ ok: true }));
  const baseline = await listen(bare);

  const summary = await load(`${api.url}/api/v1/summary`, { authorization: `Bearer ${token}` });
  const ping = await load(`${baseline.url}/ping`);
  await api.close();
  baseline.server.close();

  const dir = mkdtempSync(join(tmpdir(), "okapi-bench-api-"));
  const firstStart = await timeStart(dir, 4590, true);
  const warmStart = await timeStart(dir, 4591, false);
  rmSync(dir, { recursive: true, force: true });

  const ratio = summary.requests.average / ping.requests.average;
  const errors = summary.non2xx + summary.errors;
  return [
    {
      name: "GET /api/v1/summary (demo, token auth)",
      value: Math.round(summary.requests.average),
      unit: "req/s",
      note: `${errors} errors`,
    },
    { name: "GET /api/v1/summary p95", value: summary.p95, unit: "ms", ceiling: 100 },
    { name: "bare Hono GET /ping", value: Math.round(ping.requests.average), unit: "req/s" },
    { name: "bare Hono GET /ping p95", value: ping.p95, unit: "ms" },
    {
      name: "summary / bare throughput ratio",
      value: Number(ratio.toFixed(4)),
      unit: "x",
      note: `${CONNECTIONS} connections, ${DURATION} s each`,
    },
    {
      name: "okapi serve start-to-ready (existing demo store)",
      value: Math.round(warmStart),
      unit: "ms",
      target: 2000,
    },
    {
      name: "okapi serve first start (new store + demo load)",
      value: Math.round(firstStart),
      unit: "ms",
      note: "PGlite initdb + migrations + demo apply",
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await run());
}
