// API: the dashboard's summary and list endpoints under autocannon on loopback, each next to
// a bare Hono route served by the same process in the same run (the ratio is the figure that
// travels between machines), at 1×, 10× and 100× the demo company: cost per request at each
// size, how it grows, and the server's peak RSS. Plus `okapi serve` start-to-ready.

import { fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { track } from "./lib/children.mjs";
import { classifyGrowth } from "./lib/growth.mjs";
import { load } from "./lib/load.mjs";
import { startOkapiServe } from "./lib/okapi-serve.mjs";
import { QUICK, size } from "./lib/quick.mjs";

const SECONDS = size("BENCH_API_SECONDS", 5, 1);
/** Quick runs send a fixed number of requests instead of loading for SECONDS. */
const LENGTH = QUICK ? { amount: 20 } : { seconds: SECONDS };
// Quick runs use 2 connections: on a busy machine 10 would queue requests past autocannon's
// 10 s timeout, and quick figures only have to show that every endpoint answers.
const CONNECTIONS = QUICK ? 2 : 10;
const SCALES = (process.env.BENCH_API_SCALES ?? (QUICK ? "1" : "1,10,100")).split(",").map(Number);
const DENSE_POINTS = size("BENCH_DENSE_POINTS", 100_000, 2_000);
const SERVER = new URL("./lib/scaled-server.mjs", import.meta.url).pathname;
const MB = 1024 * 1024;

/** The endpoints the dashboard calls, by what they stand for. */
function endpoints(ready) {
  return [
    ["GET /summary", "/api/v1/summary"],
    ["GET /objectives?limit=50", "/api/v1/objectives?limit=50"],
    ["GET /kpis?limit=50", "/api/v1/kpis?limit=50"],
    ["GET /kpis/{id}/measurements?points=200", `/api/v1/kpis/${ready.kpi}/measurements?points=200`],
    [
      `GET /kpis/{id}/measurements?points=500 (${ready.densePoints} stored)`,
      `/api/v1/kpis/${ready.denseMetric}/measurements?points=500`,
    ],
    ["GET /key-results/{id}/checkins", `/api/v1/key-results/${ready.keyResult}/checkins`],
  ];
}

function startScaledServer(scale) {
  const child = track(
    fork(SERVER, [], {
      env: { ...process.env, BENCH_SCALE: String(scale), BENCH_DENSE_POINTS: String(DENSE_POINTS) },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    }),
  );
  const next = () =>
    new Promise((resolve, reject) => {
      child.once("message", resolve);
      child.once("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
    });
  return { child, next };
}

/** Loads every endpoint and the bare route at one size; the server process is new each time. */
async function measureScale(scale) {
  const { child, next } = startScaledServer(scale);
  try {
    const ready = await next();
    const headers = { authorization: `Bearer ${ready.token}` };
    const bare = await load(`${ready.bareUrl}/ping`, { ...LENGTH, connections: CONNECTIONS });
    const figures = [];
    for (const [name, path] of endpoints(ready)) {
      // One checked request first: a broken endpoint fails the run instead of timing errors.
      const response = await fetch(`${ready.url}${path}`, { headers });
      if (!response.ok)
        throw new Error(`${name} answered ${response.status}: ${await response.text()}`);
      const figure = await load(`${ready.url}${path}`, {
        ...LENGTH,
        connections: CONNECTIONS,
        headers,
      });
      figures.push({ name, ...figure });
    }
    child.send("stop");
    const memory = await next();
    return { scale, ready, bare, figures, memory };
  } finally {
    if (child.exitCode === null) child.kill();
  }
}

/** Milliseconds from spawning `okapi serve` to its first 200 on /readyz. */
async function timeStart(dataDir, demo) {
  const server = await startOkapiServe({
    env: { OKAPI_DATA_DIR: dataDir, DATABASE_URL: "" },
    args: demo ? ["--demo"] : [],
  });
  await server.stop();
  return server.readyMs;
}

const msPerRequest = (rps) => 1000 / rps;

function scaleResults({ scale, ready, bare, figures, memory }) {
  const at = `${scale}× demo`;
  const rows = figures.map((f) => ({
    name: `${f.name} @ ${at}`,
    value: Math.round(f.rps),
    unit: "req/s",
    ceiling: Math.round(bare.rps),
    ratio: Number((f.rps / bare.rps).toFixed(4)),
    note: `p50 ${f.p50} / p95 ${f.p95} / p99 ${f.p99} ms; ${f.errors} errors; ceiling: bare GET /ping in the same process`,
  }));
  const c = ready.counts;
  rows.push(
    {
      name: `bare Hono GET /ping @ ${at} (the ceiling)`,
      value: Math.round(bare.rps),
      unit: "req/s",
      note: `p50 ${bare.p50} / p95 ${bare.p95} / p99 ${bare.p99} ms; ${bare.errors} errors; the same process serves the API`,
    },
    {
      name: `server peak RSS while serving @ ${at}`,
      value: Math.round(memory.servingPeakRss / MB),
      unit: "MB",
      note: `peak ${Math.round(memory.setupPeakRss / MB)} MB while loading ${c.kpis} KPIs / ${c.measurements + ready.densePoints} measurements / ${c.objectives} objectives / ${c.keyResults} KRs / ${c.checkins} check-ins in ${Math.round(ready.setupMs)} ms (in-memory PGlite)`,
    },
  );
  return rows;
}

function curveResults(measured) {
  return measured[0].figures.map((_, i) => {
    const points = measured.map((m) => ({ scale: m.scale, cost: msPerRequest(m.figures[i].rps) }));
    const { slope, growth } = classifyGrowth(points);
    const first = points[0];
    const last = points.at(-1);
    return {
      name: `cost growth ${first.scale}×→${last.scale}×: ${measured[0].figures[i].name}`,
      value: Number((last.cost / first.cost).toFixed(2)),
      unit: "x",
      note: `${growth} (log-log slope ${slope}); ms per request: ${points.map((p) => `${p.scale}× ${p.cost.toFixed(2)}`).join(", ")}`,
    };
  });
}

export async function run() {
  const measured = [];
  for (const scale of SCALES) measured.push(await measureScale(scale));
  const results = measured.flatMap(scaleResults);
  if (measured.length > 1) results.push(...curveResults(measured));

  // Start-up creates an on-disk store (~5 s of initdb alone): left out of quick runs, where
  // the ingestion benchmark still starts `okapi serve` on an existing store.
  if (QUICK) return results;
  const dir = mkdtempSync(join(tmpdir(), "okapi-bench-api-"));
  try {
    const firstStart = await timeStart(dir, true);
    const warmStart = await timeStart(dir, false);
    results.push(
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
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await run());
