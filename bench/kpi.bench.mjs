// KPI health: analyzeKpi (range status, XmR limits and run rules, Theil–Sen trend,
// proposals) over 1,000 KPIs × 1,000 weekly points each, in-process against dist/.
import { analyzeKpi } from "../dist/core/kpi/analyze-kpi.js";
import { measureLeadLag } from "../dist/core/kpi/measure-lead-lag.js";
import { size } from "./lib/quick.mjs";

const KPIS = size("BENCH_KPI_COUNT", 1000, 50);
const POINTS = size("BENCH_KPI_POINTS", 1000, 200);
const DAY = 86_400_000;

function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeSeries(seed, count) {
  const random = mulberry32(seed);
  const start = Date.UTC(2006, 0, 2);
  const points = [];
  let level = 50;
  for (let i = 0; i < count; i++) {
    level += (random() - 0.5) * 0.2;
    const value = level + (random() - 0.5) * 4 - (i > count - 20 ? (i - count + 20) * 0.5 : 0);
    points.push({ at: new Date(start + i * 7 * DAY).toISOString().slice(0, 10), value });
  }
  return points;
}

function makeKpi(i) {
  return {
    id: `kpi-${i}`,
    name: `KPI ${i}`,
    direction: "higher-is-better",
    cadence: "weekly",
    healthy: { min: 45 },
    alert: { below: 40 },
  };
}

/**
 * The floor of any analysis of the same data: one pass per KPI for the XmR centre line and
 * limits (mean and average moving range), nothing else.
 */
function xmrLimitsOnly(kpis) {
  let sink = 0;
  for (const { points } of kpis) {
    let sum = 0;
    let movingRange = 0;
    for (let i = 0; i < points.length; i++) {
      sum += points[i].value;
      if (i > 0) movingRange += Math.abs(points[i].value - points[i - 1].value);
    }
    const mean = sum / points.length;
    sink += mean + 2.66 * (movingRange / (points.length - 1));
  }
  return sink;
}

/** Runs the benchmark; data generation is outside the timed section. */
export async function run() {
  const kpis = Array.from({ length: KPIS }, (_, i) => ({
    kpi: makeKpi(i),
    points: makeSeries(i + 1, POINTS),
  }));
  const asOf = kpis[0].points.at(-1).at;
  for (const { kpi, points } of kpis.slice(0, 50)) analyzeKpi(kpi, points, { asOf }); // warm-up
  let signals = 0;
  let proposals = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (const { kpi, points } of kpis) {
    const result = analyzeKpi(kpi, points, { asOf });
    signals += result.signals.length;
    proposals += result.proposals.length;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  xmrLimitsOnly(kpis);
  const floorStarted = performance.now();
  xmrLimitsOnly(kpis);
  const floorSeconds = (performance.now() - floorStarted) / 1000;
  const pairStarted = performance.now();
  const pairs = Math.min(100, KPIS - 1);
  for (let i = 0; i < pairs; i++) measureLeadLag(kpis[i].points, kpis[i + 1].points);
  const pairMs = (performance.now() - pairStarted) / pairs;
  return [
    {
      name: `analyzeKpi, ${KPIS} KPIs × ${POINTS} points`,
      value: Number(seconds.toFixed(3)),
      unit: "s",
      ceiling: Number(floorSeconds.toFixed(4)),
      ratio: Number((floorSeconds / seconds).toFixed(4)),
      target: "< 1 s",
      note: `${signals} signals, ${proposals} proposals; ceiling: one pass for XmR limits alone`,
    },
    {
      name: "same, CPU time of this process",
      value: Number(cpuSeconds.toFixed(3)),
      unit: "s",
      note: "less sensitive than wall time to other processes on a shared machine",
    },
    {
      name: `measureLeadLag, one pair of ${POINTS} weekly points`,
      value: Number(pairMs.toFixed(2)),
      unit: "ms",
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await run());
