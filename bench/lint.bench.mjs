// Goal linter: whole-process time of `okapi lint FILE --format json` on an okapi file
// with 10,000 objectives × 5 key results (50,000 KRs), as CI runs it: node start-up,
// parsing, validation, every rule, printing. The file is written as YAML (the usual
// okapi.yaml) and as JSON (same shape), because parsing dominates differently.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { dump } from "js-yaml";
import { CLI, cliFloorMs, floorRatio } from "./lib/cli.mjs";
import { size } from "./lib/quick.mjs";

const RUNS = size("BENCH_LINT_RUNS", 5, 1);
const OBJECTIVES = size("BENCH_LINT_OBJECTIVES", 10_000, 300);
const TARGET_MS = 1000;

const METRICS = [
  ["weekly active accounts", "", 785, 900],
  ["time-to-first-value", " days", 14, 5],
  ["net revenue retention", "%", 104, 108],
  ["p95 checkout latency", " ms", 900, 400],
  ["trial-to-paid conversion", "%", 14, 18],
  ["support first response time", " h", 4.6, 3],
  ["pipeline coverage", "x", 3.2, 3.8],
  ["monthly logo churn", "%", 1.7, 1.2],
];

/** A unique segment name in letters ("bcd"): numbers in a title would read as targets. */
function segment(n) {
  let name = "";
  let rest = n;
  do {
    name = String.fromCharCode(97 + (rest % 26)) + name;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return `seg-${name}`;
}

/** Mostly sound key results, with the classic mistakes mixed in at realistic rates. */
function keyResultTitle(o, k) {
  const [metric, unit, from, to] = METRICS[(o + k) % METRICS.length];
  const verb = to > from ? "Increase" : "Reduce";
  const variant = (o * 5 + k) % 20;
  if (variant === 0) return `Keep ${metric} for ${segment(o)} above ${from}${unit}`;
  if (variant === 1) return `Ship the ${metric} dashboard for ${segment(o)}`;
  if (variant === 2) return `${verb} ${metric} for ${segment(o)} to ${to}${unit} by June 30`;
  return `${verb} ${metric} for ${segment(o)} from ${from}${unit} to ${to}${unit}`;
}

function benchDocument(count) {
  const teams = Math.ceil(count / 3);
  return {
    version: 1,
    organization: "Bench Co",
    people: Array.from({ length: teams }, (_, t) => ({ id: `p${t}`, name: `Person ${t}` })),
    teams: Array.from({ length: teams }, (_, t) => ({
      id: `t${t}`,
      name: `Team ${t}`,
      lead: `p${t}`,
    })),
    objectives: Array.from({ length: count }, (_, o) => ({
      id: `o${o}`,
      title: `Make ${segment(o)} customers succeed without waiting on us`,
      owner: `p${Math.floor(o / 3)}`,
      team: `t${Math.floor(o / 3)}`,
      cycle: "2026-Q3",
      keyResults: Array.from({ length: 5 }, (_, k) => ({
        id: `o${o}-kr${k}`,
        title: keyResultTitle(o, k),
      })),
      ...(o % 4 !== 0 && { killCriteria: [{ metric: `o${o}-kr0`, below: 1, by: "2026-08-15" }] }),
    })),
  };
}

function timeLint(file) {
  const times = [];
  let output = "";
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    try {
      output = execFileSync(process.execPath, [CLI, "lint", file, "--format", "json"], {
        stdio: ["ignore", "pipe", "pipe"],
        maxBuffer: 1024 * 1024 * 1024,
        encoding: "utf8",
      });
    } catch (error) {
      // Exit 1 means error-level findings: expected here, the output is still complete.
      if (error.status !== 1) throw error;
      output = error.stdout;
    }
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    ms: Math.round(times[Math.floor(times.length / 2)]),
    findings: JSON.parse(output).findings.length,
  };
}

/** The same work inside one process, without node start-up: the library's own cost. */
async function timeInProcess(file) {
  const { parseOkapiFile } = await import("../dist/core/okapi-file/parse-okapi-file.js");
  const { lintDocument } = await import("../dist/core/lint/index.js");
  const text = readFileSync(file, "utf8");
  const document = parseOkapiFile(text, file).document;
  const lintTimes = [];
  const cpuStarted = process.cpuUsage();
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    lintDocument(document);
    lintTimes.push(performance.now() - started);
  }
  const lintCpuMs = Math.round(process.cpuUsage(cpuStarted).user / 1000 / RUNS);
  const parseStarted = performance.now();
  parseOkapiFile(text, file);
  const parseMs = performance.now() - parseStarted;
  lintTimes.sort((a, b) => a - b);
  return {
    lintMs: Math.round(lintTimes[Math.floor(lintTimes.length / 2)]),
    lintCpuMs,
    parseMs: Math.round(parseMs),
  };
}

const KEYSTROKES = size("BENCH_LINT_KEYSTROKES", 200, 20);
const KEYSTROKE_TARGET_MS = 2;

/**
 * The per-keystroke relint of the dashboard's "write an OKR" screen on the demo company: the
 * whole demo document linted again after one key result's title gained a character.
 */
async function timeKeystroke() {
  const demo = new URL("../dist/demo/generate-demo-workspace.js", import.meta.url);
  const { generateDemoWorkspace } = await import(demo.href);
  const { lintDocument } = await import("../dist/core/lint/index.js");
  const document = generateDemoWorkspace({ asOf: "2026-07-15" });
  const objective = document.objectives.find((o) => (o.keyResults ?? []).length > 0);
  const keyResult = objective.keyResults[0];
  const title = keyResult.title;
  lintDocument(document);
  const times = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    keyResult.title = `${title} ${"x".repeat(i % 7)}`.trim();
    const started = performance.now();
    lintDocument(document);
    times.push(performance.now() - started);
  }
  keyResult.title = title;
  times.sort((a, b) => a - b);
  return {
    median: Number(times[Math.floor(times.length / 2)].toFixed(2)),
    p95: Number(times[Math.floor(times.length * 0.95)].toFixed(2)),
    keyResults: document.objectives.reduce((n, o) => n + (o.keyResults ?? []).length, 0),
  };
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), "okapi-lint-bench-"));
  try {
    const document = benchDocument(OBJECTIVES);
    const yamlFile = join(dir, "bench.okapi.yaml");
    const jsonFile = join(dir, "bench.okapi.json");
    writeFileSync(yamlFile, dump(document, { flowLevel: 4, lineWidth: -1 }));
    writeFileSync(jsonFile, JSON.stringify(document));
    const mb = (file) => (statSync(file).size / 1e6).toFixed(1);
    const yaml = timeLint(yamlFile);
    const json = timeLint(jsonFile);
    const inProcess = await timeInProcess(yamlFile);
    const keystroke = await timeKeystroke();
    const floor = cliFloorMs(RUNS);
    const krs = OBJECTIVES * 5;
    return [
      {
        name: `lint ${OBJECTIVES} objectives (${krs} KRs), YAML ${mb(yamlFile)} MB, CLI end to end`,
        value: yaml.ms,
        unit: "ms",
        ceiling: floor,
        ratio: floorRatio(floor, yaml.ms),
        target: TARGET_MS,
        note: `${yaml.findings} findings; ceiling: okapi --version start-up`,
      },
      {
        name: `lint ${OBJECTIVES} objectives (${krs} KRs), JSON ${mb(jsonFile)} MB, CLI end to end`,
        value: json.ms,
        unit: "ms",
        ceiling: floor,
        ratio: floorRatio(floor, json.ms),
        target: TARGET_MS,
        note: `${json.findings} findings`,
      },
      {
        name: "lintDocument alone (in process, parsed document)",
        value: inProcess.lintMs,
        unit: "ms",
        note: `${inProcess.lintCpuMs} ms CPU per run; load average ${loadavg()[0].toFixed(1)} when measured`,
      },
      { name: "parseOkapiFile alone (YAML, in process)", value: inProcess.parseMs, unit: "ms" },
      {
        name: "relint of the demo company after one keystroke (in process, median)",
        value: keystroke.median,
        unit: "ms",
        target: KEYSTROKE_TARGET_MS,
        note: `p95 ${keystroke.p95} ms over ${KEYSTROKES} keystrokes; ${keystroke.keyResults} KRs`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.table(await run());
