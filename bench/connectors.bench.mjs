// Connectors: how long one pull takes through the real client against a local fake server,
// next to the floor of the same pages fetched with a bare fetch loop (no client, no checks).

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runSource } from "../dist/connectors/run-source.js";
import { size } from "./lib/quick.mjs";

const ITEMS = size("BENCH_CONNECTOR_ITEMS", 10_000, 500);
const CSV_ROWS = size("BENCH_CONNECTOR_CSV_ROWS", 100_000, 2_000);
const RUNS = size("BENCH_CONNECTOR_RUNS", 5, 1);
const PAGE = 100;
const AS_OF = new Date("2026-07-15T00:00:00Z");
const TOKEN = "bench-token";

const sink = {
  async recordMeasurement() {},
  async markSourceFailing() {},
  async markSourceHealthy() {},
};

function githubServer() {
  const items = Array.from({ length: ITEMS }, (_, i) => {
    const at = new Date(AS_OF.getTime() - 60_000 * (i + 1)).toISOString();
    return {
      number: i,
      created_at: at,
      updated_at: at,
      merged_at: at,
      title: `PR ${i}`,
      user: { login: "dev" },
    };
  });
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    const page = Number(url.searchParams.get("page") ?? "1");
    const last = Math.ceil(items.length / PAGE);
    const base = `http://127.0.0.1:${server.address().port}${url.pathname}`;
    const link = page < last ? `<${base}?per_page=100&page=${page + 1}>; rel="next"` : "";
    res.writeHead(200, { "content-type": "application/json", ...(link ? { link } : {}) });
    res.end(JSON.stringify(items.slice((page - 1) * PAGE, page * PAGE)));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function time(fn, runs = RUNS) {
  await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

export async function run() {
  const server = await githubServer();
  const url = `http://127.0.0.1:${server.address().port}`;
  const binding = {
    metricId: "m",
    connector: "github",
    query: { repo: "acme/app", measure: "pr-lead-time-hours", since: "4w", baseUrl: url },
  };
  const deps = { sink, credentials: { token: TOKEN }, env: {}, now: () => AS_OF };
  const result = await runSource(binding, deps);
  if (!result.ok) throw new Error(`bench pull failed: ${result.failure.message}`);
  const viaClient = await time(() => runSource(binding, deps));
  const floor = await time(async () => {
    for (let page = 1; page <= ITEMS / PAGE; page++) {
      const response = await fetch(`${url}/repos/acme/app/pulls?per_page=100&page=${page}`);
      await response.json();
    }
  });
  server.close();

  const dir = mkdtempSync(join(tmpdir(), "okapi-bench-csv-"));
  const csv = join(dir, "series.csv");
  let text = "date,value\n";
  for (let i = 0; i < CSV_ROWS; i++)
    text += `${new Date(Date.UTC(2000, 0, 1) + i * 60_000).toISOString()},${i % 97}\n`;
  writeFileSync(csv, text);
  const csvBinding = { metricId: "m", connector: "csv", query: { path: csv, aggregate: "mean" } };
  const csvMs = await time(() => runSource(csvBinding, { sink, env: {}, now: () => AS_OF }));
  rmSync(dir, { recursive: true });

  const pages = ITEMS / PAGE;
  return [
    {
      name: `github PR lead time, ${ITEMS} PRs / ${pages} Link-header pages (Octokit)`,
      value: Math.round(viaClient),
      unit: "ms",
      ceiling: Math.round(floor),
      ratio: Number((floor / viaClient).toFixed(2)),
      target: Math.round(floor * 3),
      note: "ceiling: a bare fetch loop over the same pages; target: 3x that",
    },
    { name: `bare fetch of the same ${pages} pages (floor)`, value: Math.round(floor), unit: "ms" },
    {
      name: "client + runSource overhead per page",
      value: +((viaClient - floor) / pages).toFixed(2),
      unit: "ms",
    },
    {
      name: `csv mean over ${CSV_ROWS} rows (file)`,
      value: Math.round(csvMs),
      unit: "ms",
      target: 1000,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await run());
