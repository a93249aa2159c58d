// The server under test for the scale curve, run as its own process (child_process.fork) so
// its memory is measured alone: loads the demo company `BENCH_SCALE` times over into an
// in-memory store, adds one dense series for downsampling, then serves the API and, in the
// same process, a bare Hono route (the ceiling). Talks to the parent over IPC.
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import pino from "pino";
import { generateScaledWorkspace } from "../../dist/demo/index.js";
import { hashSecret } from "../../dist/server/auth/secrets.js";
import { startServer } from "../../dist/server/start-server.js";
import { openStore } from "../../dist/store/open-store.js";
import { createAccount, createApiToken } from "../../dist/store/repositories/accounts.js";

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const DENSE_POINTS = Number(process.env.BENCH_DENSE_POINTS ?? 100_000);
const AS_OF = process.env.BENCH_AS_OF ?? "2026-11-23";
const DENSE_METRIC = "bench-dense";
const TOKEN = "okp_bench";

/** One point every 10 minutes up to asOf: 100,000 points is about two years. */
function denseRows(count) {
  const end = Date.parse(`${AS_OF}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => ({
    metricId: DENSE_METRIC,
    at: new Date(end - (count - i) * 600_000).toISOString(),
    value: 50 + Math.sin(i / 144) * 10,
  }));
}

async function setUp() {
  const started = performance.now();
  const store = await openStore({ inMemory: true });
  const document = generateScaledWorkspace({ asOf: AS_OF, scale: SCALE });
  document.kpis.push({ id: DENSE_METRIC, name: "Dense series for downsampling" });
  await store.applyDocument(document, { actor: "bench" });
  await store.importMeasurements(denseRows(DENSE_POINTS));
  const account = await createAccount(
    store.db,
    { email: "bench@example.com", name: "Bench", role: "viewer", passwordHash: null },
    "bench",
  );
  await createApiToken(store.db, {
    userId: account.id,
    name: "bench",
    scope: "read",
    tokenHash: hashSecret(TOKEN),
  });
  const krs = document.objectives.flatMap((o) => o.keyResults ?? []);
  const withCheckins = krs.find((kr) => (kr.checkins?.length ?? 0) > 0);
  return {
    store,
    setupMs: performance.now() - started,
    counts: {
      kpis: document.kpis.length,
      objectives: document.objectives.length,
      keyResults: krs.length,
      measurements: document.kpis.reduce((n, k) => n + (k.measurements?.length ?? 0), 0),
      checkins: krs.reduce((n, kr) => n + (kr.checkins?.length ?? 0), 0),
    },
    keyResult: withCheckins.id,
    kpi: document.kpis[0].id,
  };
}

function listenBare() {
  const bare = new Hono();
  bare.get("/ping", (c) => c.json({ ok: true }));
  return new Promise((resolve) => {
    const server = serve({ fetch: bare.fetch, port: 0, hostname: "127.0.0.1" }, (info) =>
      resolve({ server, url: `http://127.0.0.1:${info.port}` }),
    );
  });
}

const setup = await setUp();
const api = await startServer({
  store: setup.store,
  port: 0,
  hostname: "127.0.0.1",
  env: {},
  logger: pino({ level: "silent" }),
});
const bare = await listenBare();
const setupPeakRss = process.resourceUsage().maxRSS * 1024;
let servingPeakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  servingPeakRss = Math.max(servingPeakRss, process.memoryUsage().rss);
}, 50);

// The benchmark that forked this process is gone (interrupted): nobody will say stop.
process.on("disconnect", () => process.exit(1));
process.on("message", async (message) => {
  if (message !== "stop") return;
  clearInterval(sampler);
  bare.server.close();
  await api.close();
  process.send({ servingPeakRss, setupPeakRss }, () => process.exit(0));
});
process.send({
  ready: true,
  url: api.url,
  bareUrl: bare.url,
  token: TOKEN,
  setupMs: setup.setupMs,
  counts: setup.counts,
  keyResult: setup.keyResult,
  kpi: setup.kpi,
  denseMetric: DENSE_METRIC,
  densePoints: DENSE_POINTS,
});
