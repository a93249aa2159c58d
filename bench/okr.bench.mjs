// OKR status: whole-process time of `okapi status FILE --as-of … --format json` on a
// company-sized file, as a user runs it (node start-up, parsing, computing, printing).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CLI, cliFloorMs, floorRatio, medianMs, timeCli } from "./lib/cli.mjs";
import { size } from "./lib/quick.mjs";

const DEMO = new URL("../dist/demo/generate-demo-workspace.js", import.meta.url);
const RUNS = size("BENCH_OKR_RUNS", 9, 1);
const AS_OF = "2026-08-14";
const TARGET_MS = 300;

function day(offset) {
  return new Date(Date.UTC(2026, 6, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

/** 10 teams × 5 objectives × 4 KRs × 10 weekly check-ins, a tripwire on every objective. */
function companyDocument() {
  const teams = Array.from({ length: 10 }, (_, t) => ({ id: `team-${t}`, name: `Team ${t}` }));
  const objectives = teams.flatMap((team, t) =>
    Array.from({ length: 5 }, (_, o) => ({
      id: `obj-${t}-${o}`,
      title: `Objective ${o} of ${team.name}`,
      team: team.id,
      cycle: "2026-Q3",
      ...(t > 0 && { parent: `obj-0-${o}` }),
      keyResults: Array.from({ length: 4 }, (_, k) => ({
        id: `kr-${t}-${o}-${k}`,
        title:
          k % 2 === 0
            ? "Grow the metric from 20 to 60"
            : "Reduce the metric from 14 days to 5 days",
        ...(k === 3 && { curve: "back-loaded" }),
        checkins: Array.from({ length: 10 }, (_, c) => ({
          at: day(c * 7 - 21),
          value: k % 2 === 0 ? 20 + c * (2 + ((t + o) % 3)) : 14 - c * 0.5,
          confidence: Math.max(2, 9 - ((c * (o + 1)) % 5)),
          note: "weekly update",
        })),
      })),
      killCriteria: [{ metric: `kr-${t}-${o}-0`, below: 30, by: "2026-08-01" }],
    })),
  );
  return { version: 1, organization: "Bench Co", teams, objectives };
}

// A program with only the status command registered: what `okapi status` would cost if
// the CLI loaded each command's modules lazily instead of all of them at start-up.
const STATUS_ONLY = `import { Command } from "commander";
import { registerStatusCommand } from ${JSON.stringify(new URL("../dist/cli/commands/status.js", import.meta.url).href)};
const program = new Command("okapi");
registerStatusCommand(program);
await program.parseAsync(process.argv);
`;

function timeStatus(file, entry = CLI) {
  if (entry === CLI) return timeCli(RUNS, ["status", file, "--as-of", AS_OF, "--format", "json"]);
  return medianMs(RUNS, () =>
    execFileSync(process.execPath, [entry, "status", file, "--as-of", AS_OF, "--format", "json"], {
      stdio: "pipe",
      maxBuffer: 256 * 1024 * 1024,
    }),
  );
}

/** The same work inside one process, without node start-up and module loading. */
async function timeInProcess(file) {
  const { parseOkapiFile } = await import("../dist/core/okapi-file/parse-okapi-file.js");
  const { computeOkrStatus } = await import("../dist/core/okr/compute-okr-status.js");
  const { toStatusJson } = await import("../dist/cli/okr/to-status-json.js");
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const parsed = parseOkapiFile(readFileSync(file, "utf8"), file);
    const status = computeOkrStatus(parsed.document, { asOf: AS_OF });
    JSON.stringify(toStatusJson(status), null, 2);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]);
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), "okapi-okr-bench-"));
  try {
    const company = join(dir, "company.okapi.json");
    // Inside the repository so `commander` resolves from its node_modules.
    const statusOnly = fileURLToPath(new URL("./.okr-status-only.tmp.mjs", import.meta.url));
    writeFileSync(statusOnly, STATUS_ONLY);
    writeFileSync(company, JSON.stringify(companyDocument()));
    const floor = cliFloorMs(RUNS);
    const statusMs = timeStatus(company);
    const results = [
      {
        name: "status --format json, 10 teams × 5 objectives × 4 KRs × 10 check-ins (median)",
        value: statusMs,
        unit: "ms",
        ceiling: floor,
        ratio: floorRatio(floor, statusMs),
        target: `< ${TARGET_MS} ms`,
        note: `${RUNS} runs, whole process; ceiling: okapi --version start-up`,
      },
      {
        name: "same file, a program loading only the status command (median)",
        value: timeStatus(company, statusOnly),
        unit: "ms",
        target: `< ${TARGET_MS} ms`,
        note: "what lazy command loading in src/cli would give",
      },
      {
        name: "okapi --version: CLI start-up alone, the floor of any command (median)",
        value: floor,
        unit: "ms",
        note: "node + commander; commands load their modules lazily",
      },
      {
        name: "same file in-process: parse + compute + JSON (median)",
        value: await timeInProcess(company),
        unit: "ms",
        note: "what status itself costs; the rest of the whole-process time is start-up",
      },
    ];
    if (existsSync(DEMO)) {
      const { generateDemoWorkspace } = await import(DEMO.href);
      const demo = join(dir, "demo.okapi.json");
      writeFileSync(demo, JSON.stringify(generateDemoWorkspace({ asOf: AS_OF })));
      const demoMs = timeStatus(demo);
      results.push({
        name: "status --format json on the demo company (median)",
        value: demoMs,
        unit: "ms",
        ceiling: floor,
        ratio: floorRatio(floor, demoMs),
        target: `< ${TARGET_MS} ms`,
        note: `${RUNS} runs, whole process`,
      });
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(fileURLToPath(new URL("./.okr-status-only.tmp.mjs", import.meta.url)), { force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.table(await run());
