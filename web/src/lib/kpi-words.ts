import type { KpiHealth } from "../api/types";

/** The signal a person should read first: the newest one still going on, else none. */
function latestSignal(kpi: KpiHealth): KpiHealth["signals"][number] | undefined {
  return kpi.signals
    .filter((s) => s.ongoing)
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))[0];
}

/** One sentence on where the KPI stands, for tiles and screen readers. */
export function describeKpi(kpi: KpiHealth): string {
  const signal = latestSignal(kpi);
  if (signal) return signal.message;
  if (kpi.status === "unknown") return "No measurements yet.";
  return "No signal: the latest values vary within the natural process limits.";
}

/** Indexes of the points that carry a signal, for marking them on a chart. */
export function signalIndexes(kpi: KpiHealth): number[] {
  const days = new Set(kpi.signals.map((s) => s.at.slice(0, 10)));
  return kpi.points.flatMap((p, i) => (days.has(p.at.slice(0, 10)) ? [i] : []));
}
