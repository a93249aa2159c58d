import { asc } from "drizzle-orm";
import type { Kpi, OkapiDocument } from "../../core/model/index.js";
import type { Executor } from "../database.js";
import * as t from "../schema.js";
import { compact } from "./compact.js";
import { kpiFromRows, measurementFromRow } from "./kpi-rows.js";
import { objectiveFromRows } from "./objective-rows.js";

/** Rows grouped by a key, each group in the rows' order. */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** KPI definitions only (no measurements), in file order. */
async function readKpis(db: Executor): Promise<Kpi[]> {
  const [rows, leading, guardrails] = await Promise.all([
    db.select().from(t.kpis).orderBy(asc(t.kpis.position), asc(t.kpis.id)),
    db.select().from(t.kpiLeading).orderBy(asc(t.kpiLeading.kpiId), asc(t.kpiLeading.position)),
    db
      .select()
      .from(t.kpiGuardrails)
      .orderBy(asc(t.kpiGuardrails.kpiId), asc(t.kpiGuardrails.position)),
  ]);
  const leadingBy = groupBy(leading, (r) => r.kpiId);
  const guardrailsBy = groupBy(guardrails, (r) => r.kpiId);
  return rows.map((row) =>
    kpiFromRows(row, leadingBy.get(row.id) ?? [], guardrailsBy.get(row.id) ?? []),
  );
}

/** The whole workspace as an okapi file, or null when nothing was ever applied. */
export async function exportDocument(db: Executor): Promise<OkapiDocument | null> {
  const [workspace] = await db.select().from(t.workspace);
  if (!workspace) return null;
  const [people, teams, cycles, kpis, measurements, objectives, krs, checkins, criteria] =
    await Promise.all([
      db.select().from(t.people).orderBy(asc(t.people.position), asc(t.people.id)),
      db.select().from(t.teams).orderBy(asc(t.teams.position), asc(t.teams.id)),
      db.select().from(t.cycles).orderBy(asc(t.cycles.position), asc(t.cycles.id)),
      readKpis(db),
      db
        .select()
        .from(t.measurements)
        .orderBy(asc(t.measurements.metricId), asc(t.measurements.at), asc(t.measurements.id)),
      db.select().from(t.objectives).orderBy(asc(t.objectives.position), asc(t.objectives.id)),
      db
        .select()
        .from(t.keyResults)
        .orderBy(asc(t.keyResults.objectiveId), asc(t.keyResults.position)),
      db
        .select()
        .from(t.checkins)
        .orderBy(asc(t.checkins.keyResultId), asc(t.checkins.at), asc(t.checkins.id)),
      db
        .select()
        .from(t.killCriteria)
        .orderBy(asc(t.killCriteria.objectiveId), asc(t.killCriteria.position)),
    ]);
  const measurementsBy = groupBy(measurements, (r) => r.metricId);
  const krsBy = groupBy(krs, (r) => r.objectiveId);
  const checkinsBy = groupBy(checkins, (r) => r.keyResultId);
  const criteriaBy = groupBy(criteria, (r) => r.objectiveId);
  return compact({
    version: 1 as const,
    organization: workspace.organization,
    people: people.length
      ? people.map((p) => compact({ id: p.id, name: p.name, email: p.email }))
      : null,
    teams: teams.length
      ? teams.map((team) =>
          compact({ id: team.id, name: team.name, lead: team.leadId, parent: team.parentId }),
        )
      : null,
    cycles: cycles.length
      ? cycles.map((c) => compact({ id: c.id, name: c.name, start: c.start, end: c.end }))
      : null,
    kpis: kpis.length
      ? kpis.map((kpi) => {
          const points = measurementsBy.get(kpi.id);
          return points ? { ...kpi, measurements: points.map(measurementFromRow) } : kpi;
        })
      : null,
    objectives: objectives.length
      ? objectives.map((o) =>
          objectiveFromRows(o, krsBy.get(o.id) ?? [], checkinsBy, criteriaBy.get(o.id) ?? []),
        )
      : null,
    lint: workspace.lint,
  }) as OkapiDocument;
}
