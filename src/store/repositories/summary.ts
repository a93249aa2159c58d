import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import { classifyValue } from "../../core/kpi/assess-range-status.js";
import type { RangeLight } from "../../core/kpi/kpi-types.js";
import type { Direction } from "../../core/model/index.js";
import type { Executor } from "../database.js";
import { compact } from "../documents/compact.js";
import { instantFromDb } from "../documents/instants.js";
import * as t from "../schema.js";
import { type Viewer, visibleTo } from "./visibility.js";

/** What the dashboard's first screen shows, in one request. */
export interface WorkspaceSummary {
  counts: { people: number; teams: number; kpis: number; objectives: number; keyResults: number };
  kpiStatus: Record<RangeLight, number>;
  kpis: { id: string; name: string; status: RangeLight; value?: number; at?: string }[];
  objectives: {
    id: string;
    title: string;
    cycle?: string;
    team?: string;
    keyResults: {
      id: string;
      title: string;
      latest?: { at: string; value: number; confidence?: number };
    }[];
  }[];
}

async function readKpiLights(db: Executor, viewer: Viewer) {
  const kpis = await db
    .select()
    .from(t.kpis)
    .where(visibleTo(viewer, t.kpis.private, t.kpis.teamId))
    .orderBy(asc(t.kpis.id));
  const ids = kpis.map((k) => k.id);
  // One index probe per KPI (LATERAL … ORDER BY at DESC LIMIT 1): DISTINCT ON would read
  // every measurement of every KPI, which grows with history, not with the number of KPIs.
  const latest = ids.length
    ? (
        (await db.execute(sql`
          SELECT k.id AS "metricId", m.at::text AS at, m.value
          FROM jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb) AS k(id)
          CROSS JOIN LATERAL (
            SELECT at, value FROM ${t.measurements}
            WHERE metric_id = k.id ORDER BY at DESC LIMIT 1
          ) AS m`)) as unknown as { rows: { metricId: string; at: string; value: number }[] }
      ).rows
    : [];
  const latestBy = new Map(latest.map((row) => [row.metricId, row]));
  return kpis.map((kpi) => {
    const point = latestBy.get(kpi.id);
    const ranges = compact({
      direction: kpi.direction as Direction | null,
      healthy: compact({ min: kpi.healthyMin, max: kpi.healthyMax }),
      alert: compact({ below: kpi.alertBelow, above: kpi.alertAbove }),
    });
    const status: RangeLight = point ? classifyValue(ranges, point.value) : "unknown";
    return {
      id: kpi.id,
      name: kpi.name,
      status,
      ...(point ? { value: point.value, at: instantFromDb(point.at) } : {}),
    };
  });
}

async function readObjectives(db: Executor, viewer: Viewer, cycle: string | undefined) {
  const objectives = await db
    .select({
      id: t.objectives.id,
      title: t.objectives.title,
      cycle: t.objectives.cycle,
      team: t.objectives.teamId,
    })
    .from(t.objectives)
    .where(
      and(
        visibleTo(viewer, t.objectives.private, t.objectives.teamId),
        cycle ? eq(t.objectives.cycle, cycle) : undefined,
      ),
    )
    .orderBy(asc(t.objectives.id));
  const ids = objectives.map((o) => o.id);
  const krs = ids.length
    ? await db
        .select({
          id: t.keyResults.id,
          title: t.keyResults.title,
          objectiveId: t.keyResults.objectiveId,
        })
        .from(t.keyResults)
        .where(inArray(t.keyResults.objectiveId, ids))
        .orderBy(asc(t.keyResults.position))
    : [];
  const krIds = krs.map((kr) => kr.id);
  const latest = krIds.length
    ? await db
        .selectDistinctOn([t.checkins.keyResultId], {
          keyResultId: t.checkins.keyResultId,
          at: t.checkins.at,
          value: t.checkins.value,
          confidence: t.checkins.confidence,
        })
        .from(t.checkins)
        .where(and(inArray(t.checkins.keyResultId, krIds), eq(t.checkins.superseded, false)))
        .orderBy(t.checkins.keyResultId, desc(t.checkins.at), desc(t.checkins.id))
    : [];
  const latestBy = new Map(latest.map((row) => [row.keyResultId, row]));
  return objectives.map((o) => ({
    id: o.id,
    title: o.title,
    ...(o.cycle ? { cycle: o.cycle } : {}),
    ...(o.team ? { team: o.team } : {}),
    keyResults: krs
      .filter((kr) => kr.objectiveId === o.id)
      .map((kr) => {
        const last = latestBy.get(kr.id);
        return {
          id: kr.id,
          title: kr.title,
          ...(last
            ? {
                latest: {
                  at: instantFromDb(last.at),
                  value: last.value,
                  ...(last.confidence !== null ? { confidence: last.confidence } : {}),
                },
              }
            : {}),
        };
      }),
  }));
}

/** Counts, each visible KPI's light from its latest value, and objectives with latest check-ins. */
export async function summarizeWorkspace(
  db: Executor,
  viewer: Viewer,
  filter: { cycle?: string | undefined },
): Promise<WorkspaceSummary> {
  const [people] = await db.select({ n: count() }).from(t.people);
  const [teams] = await db.select({ n: count() }).from(t.teams);
  const kpis = await readKpiLights(db, viewer);
  const objectives = await readObjectives(db, viewer, filter.cycle);
  const kpiStatus: Record<RangeLight, number> = { green: 0, amber: 0, red: 0, unknown: 0 };
  for (const kpi of kpis) kpiStatus[kpi.status] += 1;
  return {
    counts: {
      people: people?.n ?? 0,
      teams: teams?.n ?? 0,
      kpis: kpis.length,
      objectives: objectives.length,
      keyResults: objectives.reduce((n, o) => n + o.keyResults.length, 0),
    },
    kpiStatus,
    kpis,
    objectives,
  };
}
