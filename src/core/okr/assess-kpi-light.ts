import type { Kpi } from "../model/kpi.js";
import { endOfDayMs, toEpochMs } from "./measure-days.js";

type KpiLight = "green" | "amber" | "red" | "unknown";

export interface KpiReading {
  light: KpiLight;
  value?: number;
  at?: string;
}

/** The KPI's latest measurement on or before `asOf`, if any. */
export function latestKpiMeasurement(
  kpi: Kpi,
  asOf: string,
): { value: number; at: string } | undefined {
  const end = endOfDayMs(asOf);
  let best: { value: number; at: string } | undefined;
  for (const point of kpi.measurements ?? []) {
    const ms = toEpochMs(point.at);
    if (ms < end && (!best || ms >= toEpochMs(best.at))) best = point;
  }
  return best;
}

function outsideHealthy(kpi: Kpi, value: number): boolean {
  const healthy = kpi.healthy;
  if (!healthy) return false;
  const direction = kpi.direction ?? "within-range";
  const checkMin = direction !== "lower-is-better" && healthy.min !== undefined;
  const checkMax = direction !== "higher-is-better" && healthy.max !== undefined;
  return (
    (checkMin && value < (healthy.min as number)) || (checkMax && value > (healthy.max as number))
  );
}

/**
 * A KPI's traffic light at `asOf` from its latest measurement (docs/kpi-health.md): red
 * past an alert threshold, amber outside the healthy band, else green; unknown without
 * a measurement. A deliberately small reading for OKR risk; full KPI health (signals,
 * trends) lives in core/kpi.
 */
export function assessKpiLight(kpi: Kpi, asOf: string): KpiReading {
  const latest = latestKpiMeasurement(kpi, asOf);
  if (!latest) return { light: "unknown" };
  const { value, at } = latest;
  const alert = kpi.alert;
  const red =
    (alert?.below !== undefined && value < alert.below) ||
    (alert?.above !== undefined && value > alert.above);
  if (red) return { light: "red", value, at };
  return { light: outsideHealthy(kpi, value) ? "amber" : "green", value, at };
}
