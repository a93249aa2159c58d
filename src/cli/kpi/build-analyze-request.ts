import type { AnalyzeOptions } from "../../core/kpi/analyze-kpi.js";
import type { KpiDefinition, SeriesPoint } from "../../core/kpi/kpi-types.js";
import { KpiInput } from "../../core/model/kpi.js";
import type { Cadence, Direction } from "../../core/model/primitives.js";
import { isCalendarDate } from "../../core/model/primitives.js";
import { MIN_BASELINE_POINTS } from "../../core/thresholds/kpi.js";
import { UsageError } from "../exit-codes.js";

export interface AnalyzeFlags {
  direction?: Direction;
  healthyMin?: number;
  healthyMax?: number;
  alertBelow?: number;
  alertAbove?: number;
  asOf?: string;
  cadence?: Cadence;
  name?: string;
  baseline?: number;
  rolling?: boolean;
  seasonal?: boolean;
}

function defined<T extends object>(value: T): T | undefined {
  return Object.values(value).some((v) => v !== undefined)
    ? (Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T)
    : undefined;
}

/** Checks that red lies outside green: a red threshold inside the healthy band is a typo. */
function checkThresholds(flags: AnalyzeFlags): void {
  const { healthyMin, healthyMax, alertBelow, alertAbove } = flags;
  if (alertBelow !== undefined && healthyMin !== undefined && alertBelow > healthyMin)
    throw new UsageError(
      `--alert-below (${alertBelow}) is above --healthy-min (${healthyMin}): red must lie outside green`,
    );
  if (alertAbove !== undefined && healthyMax !== undefined && alertAbove < healthyMax)
    throw new UsageError(
      `--alert-above (${alertAbove}) is below --healthy-max (${healthyMax}): red must lie outside green`,
    );
}

/** Turns validated CLI flags into the KPI definition and options `analyzeKpi` takes. */
export function buildAnalyzeRequest(
  id: string,
  name: string,
  points: readonly SeriesPoint[],
  flags: AnalyzeFlags,
): { kpi: KpiDefinition; options: AnalyzeOptions } {
  const healthy = defined({ min: flags.healthyMin, max: flags.healthyMax });
  const alert = defined({ below: flags.alertBelow, above: flags.alertAbove });
  const parsed = KpiInput.safeParse({
    id: /^[A-Za-z0-9]/.test(id) ? id.replace(/[^A-Za-z0-9._-]/g, "-").slice(0, 100) : "series",
    name,
    ...(flags.direction ? { direction: flags.direction } : {}),
    ...(flags.cadence ? { cadence: flags.cadence } : {}),
    ...(healthy ? { healthy } : {}),
    ...(alert ? { alert } : {}),
  });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join("; "));
  checkThresholds(flags);
  if (flags.asOf !== undefined && !isCalendarDate(flags.asOf))
    throw new UsageError(`--as-of must be a day written YYYY-MM-DD, got "${flags.asOf}"`);
  if (
    flags.baseline !== undefined &&
    (!Number.isInteger(flags.baseline) || flags.baseline < MIN_BASELINE_POINTS)
  )
    throw new UsageError(
      `--baseline must be a whole number of points, at least ${MIN_BASELINE_POINTS}`,
    );
  const last = points.reduce((latest, p) => (p.at > latest ? p.at : latest), "");
  const options: AnalyzeOptions = {
    asOf: flags.asOf ?? last.slice(0, 10),
    seasonal: flags.seasonal === true,
    baseline: {
      mode: flags.rolling ? "rolling" : "fixed",
      ...(flags.baseline ? { points: flags.baseline } : {}),
    },
  };
  return { kpi: parsed.data, options };
}
