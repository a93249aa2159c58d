// Decision engine: whole-process time of `okapi draft "…" --format json` offline, as a user
// runs it (node start-up, module loading, the reasoning loop, the linter, printing).
import { fileURLToPath } from "node:url";
import { cliFloorMs, floorRatio, timeCli } from "./lib/cli.mjs";
import { QUICK, size } from "./lib/quick.mjs";

const RUNS = size("BENCH_DRAFT_RUNS", 5, 1);
const AS_OF = "2026-05-20";
const TARGET_MS = 300;
const ALL_DECISIONS = [
  "Should we expand into mid-market EMEA in H2?",
  "Do we raise Pro prices 20% next quarter?",
  "improve sales performance",
  "Should we hire 10 more support agents?",
  "Should we launch a self-serve plan?",
  "How do we cut churn among SMB customers?",
  "Should we cut cloud costs by moving off Kubernetes?",
  "Should we invest in reducing bugs before the redesign?",
  "Should we automate support ticket triage to raise agent productivity?",
  "Should we move to a 99.9% uptime SLA for enterprise?",
];

const DECISIONS = QUICK ? ALL_DECISIONS.slice(0, 2) : ALL_DECISIONS;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]);
}

function timeCommand(args) {
  const env = { ...process.env };
  delete env.OKAPI_LLM_URL;
  return timeCli(RUNS, args, env);
}

/** The loop alone, in one process: what `draft` costs beyond start-up. */
async function timeInProcess() {
  const { draftDecision } = await import("../dist/core/reasoning/draft-decision.js");
  draftDecision(DECISIONS[0], { asOf: AS_OF });
  const times = DECISIONS.map((decision) => {
    const started = performance.now();
    draftDecision(decision, { asOf: AS_OF });
    return performance.now() - started;
  });
  return median(times);
}

export async function run() {
  const perDecision = DECISIONS.map((decision) =>
    timeCommand(["draft", decision, "--as-of", AS_OF, "--format", "json"]),
  );
  const floor = cliFloorMs(RUNS);
  const typical = median(perDecision);
  const slowest = Math.max(...perDecision);
  return [
    {
      name: `draft --format json, median over ${DECISIONS.length} decisions (median of ${RUNS} runs each)`,
      value: typical,
      unit: "ms",
      ceiling: floor,
      ratio: floorRatio(floor, typical),
      target: `< ${TARGET_MS} ms`,
      note: "whole process, offline; ceiling: okapi --version start-up",
    },
    {
      name: "draft --format json, slowest decision",
      value: slowest,
      unit: "ms",
      ceiling: floor,
      ratio: floorRatio(floor, slowest),
      target: `< ${TARGET_MS} ms`,
      note: "whole process, offline",
    },
    {
      name: "okapi --version: CLI start-up alone (median)",
      value: floor,
      unit: "ms",
      note: "the floor of any command: node + commander, no command module loaded",
    },
    {
      name: "draftDecision in-process, warm (median per decision)",
      value: await timeInProcess(),
      unit: "ms",
      note: "the reasoning loop + lint without start-up",
    },
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.table(await run());
