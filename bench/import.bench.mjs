// Ingestion of 1,000,000 measurements, as users send them: `okapi import measurements` of a
// CSV (whole process) and the API's bulk endpoint (POST /kpis/{id}/measurements, 50,000 items
// a request, to a running `okapi serve`), each against the ceiling of the same database:
// raw COPY and 1000-row INSERTs. PGlite always; PostgreSQL when DATABASE_URL is set.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import copyStreams from "pg-copy-streams";
import { CLI } from "./lib/cli.mjs";
import { startOkapiServe } from "./lib/okapi-serve.mjs";
import { size } from "./lib/quick.mjs";

const ROWS = size("BENCH_IMPORT_ROWS", 1_000_000, 5_000);
const API_BATCH = 50_000;

function makeCsv(rows) {
  const start = Date.UTC(2000, 0, 1);
  let text = "date,value\n";
  for (let i = 0; i < rows; i++) {
    text += `${new Date(start + i * 60_000).toISOString().replace(".000Z", "Z")},${(50 + Math.sin(i / 500) * 10).toFixed(3)}\n`;
  }
  return text;
}

const WORKSPACE = JSON.stringify({
  version: 1,
  organization: "Bench",
  kpis: [
    { id: "bench-metric", name: "Bench metric" },
    { id: "bench-api", name: "Bench metric via the API" },
  ],
});

function runCli(args, env) {
  const started = performance.now();
  execFileSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, ...env },
    stdio: "pipe",
  });
  return (performance.now() - started) / 1000;
}

function rawRows(csv) {
  return csv
    .split("\n")
    .slice(1, -1)
    .map((line) => {
      const [at, value] = line.split(",");
      return `bench-raw,${at},${value}`;
    });
}

async function pgliteCeiling(dataDir, csv) {
  const db = await PGlite.create({ dataDir });
  const lines = rawRows(csv);
  let started = performance.now();
  await db.query(
    "COPY measurements (metric_id, at, value) FROM '/dev/blob' WITH (FORMAT csv)",
    [],
    {
      blob: new Blob([`${lines.join("\n")}\n`]),
    },
  );
  const copySeconds = (performance.now() - started) / 1000;
  await db.exec("DELETE FROM measurements WHERE metric_id = 'bench-raw'");
  started = performance.now();
  await insertBatches((sql) => db.exec(sql), lines);
  const insertSeconds = (performance.now() - started) / 1000;
  await db.close();
  return { copySeconds, insertSeconds };
}

async function insertBatches(exec, lines) {
  for (let i = 0; i < lines.length; i += 1000) {
    const values = lines
      .slice(i, i + 1000)
      .map((line) => {
        const [metric, at, value] = line.split(",");
        return `('${metric}','${at}',${value})`;
      })
      .join(",");
    await exec(`INSERT INTO measurements (metric_id, at, value) VALUES ${values}`);
  }
}

async function postgresCeiling(url, csv) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const lines = rawRows(csv);
  let started = performance.now();
  await pipeline(
    Readable.from([`${lines.join("\n")}\n`]),
    client.query(
      copyStreams.from("COPY measurements (metric_id, at, value) FROM STDIN WITH (FORMAT csv)"),
    ),
  );
  const copySeconds = (performance.now() - started) / 1000;
  await client.query("DELETE FROM measurements WHERE metric_id = 'bench-raw'");
  started = performance.now();
  await insertBatches((sql) => client.query(sql), lines);
  const insertSeconds = (performance.now() - started) / 1000;
  await client.end();
  return { copySeconds, insertSeconds };
}

/** Seconds to POST every row to a running `okapi serve`, API_BATCH items a request. */
async function importViaApi(csv, env) {
  const server = await startOkapiServe({ env });
  try {
    const items = csv
      .split("\n")
      .slice(1, -1)
      .map((line) => {
        const [at, value] = line.split(",");
        return { at, value: Number(value) };
      });
    const started = performance.now();
    for (let i = 0; i < items.length; i += API_BATCH) {
      const response = await fetch(`${server.url}/api/v1/kpis/bench-api/measurements`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ items: items.slice(i, i + API_BATCH) }),
      });
      if (response.status !== 201)
        throw new Error(`bulk POST answered ${response.status}: ${await response.text()}`);
    }
    return (performance.now() - started) / 1000;
  } finally {
    await server.stop();
  }
}

function results(driver, cliSeconds, apiSeconds, ceiling) {
  const rate = (seconds) => Math.round(ROWS / seconds);
  const copy = rate(ceiling.copySeconds);
  return [
    {
      name: `import ${ROWS} rows via okapi CLI (${driver})`,
      value: rate(cliSeconds),
      unit: "rows/s",
      ceiling: copy,
      ratio: Number((ceiling.copySeconds / cliSeconds).toFixed(2)),
      note: `whole process ${cliSeconds.toFixed(2)} s; ceiling: raw COPY into the same database`,
    },
    {
      name: `import ${ROWS} rows via the API bulk endpoint (${driver})`,
      value: rate(apiSeconds),
      unit: "rows/s",
      ceiling: copy,
      ratio: Number((ceiling.copySeconds / apiSeconds).toFixed(2)),
      note: `${Math.ceil(ROWS / API_BATCH)} POSTs of up to ${API_BATCH} items, ${apiSeconds.toFixed(2)} s; ceiling: raw COPY`,
    },
    {
      name: `raw 1000-row INSERTs into the same database (${driver})`,
      value: rate(ceiling.insertSeconds),
      unit: "rows/s",
      ceiling: copy,
      ratio: Number((ceiling.copySeconds / ceiling.insertSeconds).toFixed(2)),
      note: "the ceiling without COPY",
    },
  ];
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), "okapi-bench-import-"));
  try {
    const csvPath = join(dir, "measurements.csv");
    const workspacePath = join(dir, "workspace.json");
    const csv = makeCsv(ROWS);
    writeFileSync(csvPath, csv);
    writeFileSync(workspacePath, WORKSPACE);
    const out = [];
    const dataDir = join(dir, "pglite");
    const pglite = { OKAPI_DATA_DIR: dataDir, DATABASE_URL: "" };
    runCli(["apply", workspacePath], pglite);
    const cliArgs = ["import", "measurements", csvPath, "--metric", "bench-metric"];
    const pgliteCli = runCli(cliArgs, pglite);
    const pgliteApi = await importViaApi(csv, pglite);
    out.push(...results("PGlite", pgliteCli, pgliteApi, await pgliteCeiling(dataDir, csv)));
    if (process.env.DATABASE_URL) {
      runCli(["apply", workspacePath], {});
      const pgCli = runCli(cliArgs, {});
      const pgApi = await importViaApi(csv, {});
      out.push(
        ...results(
          "PostgreSQL",
          pgCli,
          pgApi,
          await postgresCeiling(process.env.DATABASE_URL, csv),
        ),
      );
    } else {
      out.push({
        name: "PostgreSQL ingestion",
        value: "skipped",
        unit: "",
        note: "DATABASE_URL is not set: run under scripts/with-postgres.sh for PostgreSQL figures",
      });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await run()) console.log(`${r.name}: ${r.value} ${r.unit} (${r.note})`);
}
