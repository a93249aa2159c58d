import { and, asc, gte, inArray, lte, sql } from "drizzle-orm";
import type { CycleDefinition, Kpi } from "../../core/model/index.js";
import { assessObjective, type ObjectiveTrackingStatus } from "../../core/okr/assess-objective.js";
import { resolveObjectiveCycle } from "../../core/okr/resolve-objective-cycle.js";
import { STALE_AFTER_DAYS } from "../../core/thresholds/okr.js";
import type { Executor } from "../database.js";
import { groupBy } from "../documents/export-document.js";
import { kpiFromRows, measurementFromRow } from "../documents/kpi-rows.js";
import * as t from "../schema.js";
import type { ObjectiveResource } from "./objectives.js";
import { toCycle } from "./teams.js";

/** Every KPI an objective's status reads: linked by a KR, named by a tripwire, or leading. */
function kpisNamedBy(objectives: readonly ObjectiveResource[]): string[] {
  const ids = new Set<string>();
  for (const objective of objectives) {
    for (const kr of objective.keyResults ?? []) if (kr.kpi) ids.add(kr.kpi);
    for (const criterion of objective.killCriteria ?? [])
      if (criterion.metric) ids.add(criterion.metric);
    for (const indicator of objective.leadingIndicators ?? []) ids.add(indicator);
  }
  return [...ids];
}

type MeasurementRow = typeof t.measurements.$inferSelect;

/**
 * The measurements tracking reads: those from `since` up to the end of `asOf` (a KR's cycle
 * window), plus each KPI's latest one before `since` (a light or tripwire reads the latest
 * value on a day) — not years of history.
 */
async function readMeasurements(
  db: Executor,
  ids: string[],
  since: string,
  asOf: string,
): Promise<MeasurementRow[]> {
  // Explicit UTC instants: the session's time zone must not move the window.
  const from = `${since}T00:00:00.000Z`;
  const until = `${asOf.slice(0, 10)}T23:59:59.999Z`;
  const [inWindow, before] = await Promise.all([
    db
      .select()
      .from(t.measurements)
      .where(
        and(
          inArray(t.measurements.metricId, ids),
          gte(t.measurements.at, from),
          lte(t.measurements.at, until),
        ),
      )
      .orderBy(asc(t.measurements.metricId), asc(t.measurements.at), asc(t.measurements.id)),
    db.execute(sql`
      SELECT m.* FROM jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb) AS k(id)
      CROSS JOIN LATERAL (
        SELECT metric_id AS "metricId", at::text AS at, value, source, note, by_person AS by
        FROM ${t.measurements} WHERE metric_id = k.id AND at < ${from}
        ORDER BY at DESC LIMIT 1
      ) AS m`) as unknown as Promise<{ rows: MeasurementRow[] }>,
  ]);
  return [...before.rows, ...inWindow];
}

async function loadKpis(
  db: Executor,
  ids: string[],
  since: string,
  asOf: string,
): Promise<Map<string, Kpi>> {
  if (ids.length === 0) return new Map();
  const [rows, points] = await Promise.all([
    db.select().from(t.kpis).where(inArray(t.kpis.id, ids)),
    readMeasurements(db, ids, since, asOf),
  ]);
  const pointsBy = groupBy(points, (row) => row.metricId);
  return new Map(
    rows.map((row) => {
      // Tracking reads a KPI's ranges and values, never its leading or guardrail links.
      const kpi = kpiFromRows(row, [], []);
      const history = (pointsBy.get(row.id) ?? []).map(measurementFromRow);
      return [row.id, history.length ? { ...kpi, measurements: history } : kpi];
    }),
  );
}

/** The earliest day tracking looks at: a cycle's first day or a tripwire's date. */
function earliestDay(
  objectives: readonly ObjectiveResource[],
  cycles: readonly CycleDefinition[],
  asOf: string,
): string {
  const days = objectives.flatMap((objective) => [
    resolveObjectiveCycle(objective.cycle, cycles, asOf).start,
    ...(objective.killCriteria ?? []).flatMap((criterion) => (criterion.by ? [criterion.by] : [])),
  ]);
  return days.reduce((min, day) => (day < min ? day : min), asOf.slice(0, 10));
}

/**
 * The tracking status (progress, risk, fired tripwires, decision required) of stored
 * objectives at `asOf`, reading only the KPIs and cycles they refer to.
 */
export async function assessStoredObjectives(
  db: Executor,
  objectives: readonly ObjectiveResource[],
  asOf: string,
): Promise<Map<string, ObjectiveTrackingStatus>> {
  if (objectives.length === 0) return new Map();
  const cycles = (await db.select().from(t.cycles)).map(toCycle);
  const since = earliestDay(objectives, cycles, asOf);
  const kpis = await loadKpis(db, kpisNamedBy(objectives), since, asOf);
  const context = { asOf, staleDays: STALE_AFTER_DAYS, kpis, cycles };
  return new Map(
    objectives.map((objective) => [objective.id, assessObjective(objective, context)]),
  );
}
