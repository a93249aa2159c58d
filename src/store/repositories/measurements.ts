import { and, asc, eq, gte, lte, sql } from "drizzle-orm";
import type { MeasurementPoint } from "../../core/model/index.js";
import type { Executor } from "../database.js";
import { canonicalInstant, instantFromDb } from "../documents/instants.js";
import { measurementToRow } from "../documents/kpi-rows.js";
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

interface SeriesRow {
  at: string;
  value: number;
  min: number;
  max: number;
  count: number;
}

/**
 * A metric's measurements in a time range, oldest first, optionally downsampled. The
 * database does the bucketing (equal-count buckets of consecutive points, each dated at its last point), so a chart of
 * a long series moves `points` rows to the server instead of every measurement.
 */
export async function readSeries(
  db: Executor,
  metricId: string,
  range: MeasurementRange,
): Promise<SeriesPoint[]> {
  const inRange = and(
    eq(t.measurements.metricId, metricId),
    range.from ? gte(t.measurements.at, canonicalInstant(range.from)) : undefined,
    range.to ? lte(t.measurements.at, endOf(range.to)) : undefined,
  );
  if (range.points === undefined) {
    const rows = await db
      .select({ at: t.measurements.at, value: t.measurements.value })
      .from(t.measurements)
      .where(inRange)
      .orderBy(asc(t.measurements.at), asc(t.measurements.id));
    return rows.map(({ at, value }) => ({
      at: instantFromDb(at),
      value,
      min: value,
      max: value,
      count: 1,
    }));
  }
  const target = Math.max(1, Math.floor(range.points));
  const result = (await db.execute(sql`
    WITH series AS (
      SELECT at, value,
             row_number() OVER (ORDER BY at, id) - 1 AS i,
             count(*) OVER () AS n
      FROM ${t.measurements} WHERE ${inRange}
    )
    SELECT max(at)::text AS at, avg(value) AS value, min(value) AS min, max(value) AS max,
           count(*)::int AS count
    FROM series
    GROUP BY i / ((n + ${target} - 1) / ${target})
    ORDER BY min(i)`)) as unknown as { rows: SeriesRow[] };
  return result.rows.map((row) => ({
    at: instantFromDb(row.at),
    value: Number(row.value),
    min: Number(row.min),
    max: Number(row.max),
    count: Number(row.count),
  }));
}

const INSERT_CHUNK_ROWS = 10_000;

/** Appends measurements of one metric in one transaction with one audit event. */
export async function addMeasurements(
  db: Executor,
  metricId: string,
  points: readonly MeasurementPoint[],
  actor: string,
): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = points.map((point) => measurementToRow(metricId, point));
    for (let i = 0; i < rows.length; i += INSERT_CHUNK_ROWS) {
      // One JSON parameter per chunk, unpacked by the database: 2–3× faster than Drizzle's
      // multi-row VALUES (one bound parameter per cell), and the same on both drivers.
      const chunk = JSON.stringify(rows.slice(i, i + INSERT_CHUNK_ROWS));
      await tx.execute(sql`
        INSERT INTO measurements (metric_id, at, value, source, note, by_person)
        SELECT r."metricId", r.at, r.value, r.source, r.note, r.by
        FROM jsonb_to_recordset(${chunk}::jsonb)
          AS r("metricId" text, at timestamptz, value float8, source text, note text, by text)`);
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
