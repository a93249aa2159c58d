// Ingestion: `okapi import measurements` of a 1,000,000-row CSV (whole process, as a
// user runs it) against the ceiling of the same database: raw COPY and 1000-row INSERTs.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import copyStreams from "pg-copy-streams";

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
const CLI = fileURLToPath(new URL("../bin/okapi.js", import.meta.url));

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
  kpis: [{ id: "bench-metric", name: "Bench metric" }],
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

function results(driver, cliSeconds, ceiling) {
  const rate = (seconds) => Math.round(ROWS / seconds);
  return [
    {
      name: `import ${ROWS} rows via okapi CLI (${driver})`,
      value: rate(cliSeconds),
      unit: "rows/s",
      ceiling: rate(ceiling.copySeconds),
      note: `whole process ${cliSeconds.toFixed(2)} s; ceiling = raw COPY ${rate(ceiling.copySeconds)} rows/s, 1000-row INSERT ${rate(ceiling.insertSeconds)} rows/s; ratio to COPY ${(ceiling.copySeconds / cliSeconds).toFixed(2)}`,
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
    runCli(["apply", workspacePath], { OKAPI_DATA_DIR: dataDir, DATABASE_URL: "" });
    const pgliteSeconds = runCli(["import", "measurements", csvPath, "--metric", "bench-metric"], {
      OKAPI_DATA_DIR: dataDir,
      DATABASE_URL: "",
    });
    out.push(...results("PGlite", pgliteSeconds, await pgliteCeiling(dataDir, csv)));
    if (process.env.DATABASE_URL) {
      runCli(["apply", workspacePath], {});
      const pgSeconds = runCli(["import", "measurements", csvPath, "--metric", "bench-metric"], {});
      out.push(
        ...results("PostgreSQL", pgSeconds, await postgresCeiling(process.env.DATABASE_URL, csv)),
      );
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await run()) console.log(`${r.name}: ${r.value} ${r.unit} (${r.note})`);
}
