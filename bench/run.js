// `npm run bench [-- --quick] [-- --out FILE] [-- NAME…]`: runs every bench/*.bench.mjs (or
// those whose name starts with one of NAME) against the built code, prints one table, and
// writes the results as JSON: bench/results/latest.json for a full run, only --out FILE for a
// quick or partial one (quick sizes prove the suite still runs; their figures mean nothing, and
// a partial run must not replace the record of the whole suite). Set
// DATABASE_URL (or run under scripts/with-postgres.sh) to include PostgreSQL figures.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { killAll } from "./lib/children.mjs";

const { values: options, positionals: only } = parseArgs({
  options: { quick: { type: "boolean", default: false }, out: { type: "string" } },
  allowPositionals: true,
});
// Benchmarks read quick mode from the environment, so their child processes see it too.
if (options.quick) process.env.BENCH_QUICK = "1";
const quick = process.env.BENCH_QUICK === "1";

const folder = new URL("./", import.meta.url);
const files = readdirSync(folder)
  .filter((name) => name.endsWith(".bench.mjs"))
  .filter((name) => only.length === 0 || only.some((o) => name.startsWith(o)))
  .sort();
if (files.length === 0) {
  console.error(
    `no benchmark matches ${only.join(", ")}; they are: ${readdirSync(folder).join(", ")}`,
  );
  process.exit(2);
}

function commitOf() {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return undefined;
  }
}

// Interrupted (Ctrl-C, or a test's timeout): stop the servers benchmarks started, then exit.
for (const signal of ["SIGINT", "SIGTERM"])
  process.once(signal, () => {
    killAll();
    process.exit(130);
  });

const loadBefore = loadavg()[0];
const all = [];
for (const file of files) {
  process.stderr.write(`running ${file}${quick ? " (quick)" : ""}…\n`);
  const started = performance.now();
  const { run } = await import(new URL(file, folder));
  const results = await run();
  for (const result of results) all.push({ bench: file.replace(".bench.mjs", ""), ...result });
  process.stderr.write(`  ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

const rows = all.map((r) => ({
  bench: r.bench,
  name: r.name,
  value: `${r.value} ${r.unit}`,
  ceiling: r.ceiling ?? "",
  ratio: r.ratio ?? "",
  target: r.target ?? "",
  note: r.note ?? "",
}));
console.table(rows);

const record = {
  at: new Date().toISOString(),
  quick,
  node: process.version,
  commit: commitOf(),
  machine: { cpus: cpus().length, loadAverageBefore: loadBefore, loadAverageAfter: loadavg()[0] },
  results: all,
};
const partial = quick || only.length > 0;
const out =
  options.out ?? (partial ? undefined : new URL("./results/latest.json", folder).pathname);
if (out) {
  mkdirSync(new URL("./results/", folder), { recursive: true });
  writeFileSync(out, `${JSON.stringify(record, null, 2)}\n`);
  process.stderr.write(`results written to ${out}\n`);
}
