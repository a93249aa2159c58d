import { and, asc, eq, gte, lte } from "drizzle-orm";
import type { MeasurementPoint } from "../../core/model/index.js";
import type { Database, Executor } from "../database.js";
import { canonicalInstant } from "../documents/instants.js";
import { measurementFromRow, measurementToRow } from "../documents/kpi-rows.js";
import * as t from "../schema.js";
import { writeAudit } from "./audit.js";

export interface MeasurementRange {
  from?: string | undefined;
  to?: string | undefined;
  /** At most this many points: consecutive points are averaged into equal-count buckets. */
  points?: number | undefined;
}

/** A point of a downsampled series: the mean of a bucket, with its extremes kept for charts. */
export interface SeriesPoint {
  at: string;
  value: number;
  min: number;
  max: number;
  count: number;
}

function endOf(day: string): string {
  return day.length === 10 ? `${day}T23:59:59.999Z` : day;
}

/** Averages points into at most `target` buckets, keeping each bucket's min and max. */
export function downsample(points: readonly MeasurementPoint[], target: number): SeriesPoint[] {
  const size = Math.max(1, Math.ceil(points.length / Math.max(1, target)));
  const out: SeriesPoint[] = [];
  for (let start = 0; start < points.length; start += size) {
    const bucket = points.slice(start, start + size);
    const values = bucket.map((p) => p.value);
    out.push({
      at: (bucket.at(-1) as MeasurementPoint).at,
      value: values.reduce((a, b) => a + b, 0) / values.length,
      min: Math.min(...values),
      max: Math.max(...values),
      count: values.length,
    });
  }
  return out;
}

/** A metric's measurements in a time range, oldest first, optionally downsampled. */
export async function readSeries(
  db: Executor,
  metricId: string,
  range: MeasurementRange,
): Promise<SeriesPoint[]> {
  const rows = await db
    .select()
    .from(t.measurements)
    .where(
      and(
        eq(t.measurements.metricId, metricId),
        range.from ? gte(t.measurements.at, canonicalInstant(range.from)) : undefined,
        range.to ? lte(t.measurements.at, endOf(range.to)) : undefined,
      ),
    )
    .orderBy(asc(t.measurements.at), asc(t.measurements.id));
  const points = rows.map(measurementFromRow);
  return downsample(points, range.points ?? points.length);
}

/** Appends measurements of one metric in one transaction with one audit event. */
export async function addMeasurements(
  db: Database,
  metricId: string,
  points: readonly MeasurementPoint[],
  actor: string,
): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = points.map((point) => measurementToRow(metricId, point));
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000).map((row) => ({
        metricId: row.metricId,
        at: row.at,
        value: row.value,
        source: row.source ?? null,
        note: row.note ?? null,
        by: row.by ?? null,
      }));
      await tx.insert(t.measurements).values(chunk);
    }
    await writeAudit(tx, {
      actor,
      entity: "measurement",
      entityId: metricId,
      action: "create",
      before: null,
      after: points.length === 1 ? points[0] : { count: points.length },
    });
    return rows.length;
  });
}
