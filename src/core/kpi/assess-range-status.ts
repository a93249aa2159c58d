import type { KpiRanges, RangeLight, SeriesPoint } from "./kpi-types.js";

export interface RangeStatus {
  status: RangeLight;
  value?: number;
  at?: string;
  /** How far the value is from the healthy band (0 inside it, in the KPI's unit). */
  distance?: number;
  /** Which way the value has to move to get back inside: up, down, or none. */
  toward?: "up" | "down" | "none";
  /** The first date of the current unbroken run of this status. */
  since?: string;
}

/** Whether the direction watches the lower and the upper edge of the band. */
function watchedEdges(ranges: KpiRanges): { low: boolean; high: boolean } {
  const direction = ranges.direction ?? "within-range";
  return { low: direction !== "lower-is-better", high: direction !== "higher-is-better" };
}

/** Green inside the healthy band, red past an alert threshold, amber in between (docs/kpi-health.md). */
export function classifyValue(ranges: KpiRanges, value: number): RangeLight {
  const { alert, healthy } = ranges;
  if (!healthy && !alert) return "unknown";
  const edges = watchedEdges(ranges);
  if (alert?.below !== undefined && value < alert.below) return "red";
  if (alert?.above !== undefined && value > alert.above) return "red";
  if (edges.low && healthy?.min !== undefined && value < healthy.min) return "amber";
  if (edges.high && healthy?.max !== undefined && value > healthy.max) return "amber";
  return "green";
}

/** The signed move back into the healthy band: positive means the value must rise. */
export function gapToHealthy(ranges: KpiRanges, value: number): number {
  const edges = watchedEdges(ranges);
  const { healthy } = ranges;
  if (edges.low && healthy?.min !== undefined && value < healthy.min) return healthy.min - value;
  if (edges.high && healthy?.max !== undefined && value > healthy.max) return healthy.max - value;
  return 0;
}

/**
 * The KPI's light from its latest point, the distance to the healthy band and since when
 * it has held that light. `points` are sorted by date.
 */
export function assessRangeStatus(ranges: KpiRanges, points: readonly SeriesPoint[]): RangeStatus {
  const last = points.at(-1);
  if (!last) return { status: "unknown" };
  const status = classifyValue(ranges, last.value);
  let since = last.at;
  for (let i = points.length - 2; i >= 0; i--) {
    const point = points[i] as SeriesPoint;
    if (classifyValue(ranges, point.value) !== status) break;
    since = point.at;
  }
  const gap = gapToHealthy(ranges, last.value);
  return {
    status,
    value: last.value,
    at: last.at,
    distance: Math.abs(gap),
    toward: gap > 0 ? "up" : gap < 0 ? "down" : "none",
    since,
  };
}
