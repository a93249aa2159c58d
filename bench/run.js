// `npm run bench`: runs every bench/*.bench.mjs against the built code, prints a table,
// and writes bench/results/latest.json. Set DATABASE_URL to include PostgreSQL figures.
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";

const only = process.argv.slice(2);
const folder = new URL("./", import.meta.url);
const files = readdirSync(folder)
  .filter((name) => name.endsWith(".bench.mjs"))
  .filter((name) => only.length === 0 || only.some((o) => name.startsWith(o)))
  .sort();

const all = [];
for (const file of files) {
  process.stderr.write(`running ${file}…\n`);
  const { run } = await import(new URL(file, folder));
  const results = await run();
  for (const result of results) all.push({ bench: file.replace(".bench.mjs", ""), ...result });
}

const rows = all.map((r) => ({
  bench: r.bench,
  name: r.name,
  value: `${r.value} ${r.unit}`,
  target: r.target ?? "",
  ceiling: r.ceiling ?? "",
  note: r.note ?? "",
}));
console.table(rows);
mkdirSync(new URL("./results/", folder), { recursive: true });
writeFileSync(
  new URL("./results/latest.json", folder),
  `${JSON.stringify({ at: new Date().toISOString(), node: process.version, results: all }, null, 2)}\n`,
);
