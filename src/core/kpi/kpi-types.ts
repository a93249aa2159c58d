import type { Kpi } from "../model/kpi.js";
import type { Direction } from "../model/primitives.js";

/** One measurement of a series: a day (`2026-07-14`) or an instant, and its value. */
export interface SeriesPoint {
  at: string;
  value: number;
}

export type RangeLight = "green" | "amber" | "red" | "unknown";

/** The pieces of a KPI definition the health functions read. */
export interface KpiRanges {
  direction?: Direction | undefined;
  healthy?: { min?: number | undefined; max?: number | undefined } | undefined;
  alert?: { below?: number | undefined; above?: number | undefined } | undefined;
}

/** XmR limits; sigma is the estimated standard deviation mR̄ / 1.128. */
export interface XmrLimits {
  center: number;
  lower: number;
  upper: number;
  averageMovingRange: number;
  upperRangeLimit: number;
  sigma: number;
  /** Dates of the first and last baseline point the limits come from. */
  baselineFrom: string;
  baselineTo: string;
}

export type SignalRule =
  | "beyond-limits"
  | "two-of-three-beyond-2-sigma"
  | "four-of-five-beyond-1-sigma"
  | "eight-on-one-side"
  | "six-trending";

export interface Signal {
  rule: SignalRule;
  at: string;
  /** Which side of the centre: above/below, or rising/falling for a trend. */
  side: "above" | "below";
  message: string;
  /** The rule's condition still holds at the latest point (it is reported once, at its start). */
  ongoing: boolean;
}

/** The parts of a KPI the analysis reads; a full `Kpi` from the model fits. */
export type KpiDefinition = Pick<Kpi, "id"> &
  Partial<Pick<Kpi, "name" | "unit" | "direction" | "healthy" | "alert" | "cadence" | "leading">>;
