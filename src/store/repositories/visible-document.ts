import { not } from "drizzle-orm";
import type { OkapiDocument } from "../../core/model/index.js";
import type { Executor } from "../database.js";
import { exportDocument } from "../documents/export-document.js";
import * as t from "../schema.js";
import { type Viewer, visibleTo } from "./visibility.js";

/**
 * The workspace as an okapi document without the team-private KPIs and objectives the
 * viewer may not see, so whole-workspace computations (lint, risk) cannot leak them.
 * Null when nothing was ever applied.
 */
export async function exportVisibleDocument(
  db: Executor,
  viewer: Viewer,
): Promise<OkapiDocument | null> {
  const kpiRule = visibleTo(viewer, t.kpis.private, t.kpis.teamId);
  const objectiveRule = visibleTo(viewer, t.objectives.private, t.objectives.teamId);
  const [document, hiddenKpis, hiddenObjectives] = await Promise.all([
    exportDocument(db),
    kpiRule ? db.select({ id: t.kpis.id }).from(t.kpis).where(not(kpiRule)) : [],
    objectiveRule
      ? db.select({ id: t.objectives.id }).from(t.objectives).where(not(objectiveRule))
      : [],
  ]);
  if (!document || (hiddenKpis.length === 0 && hiddenObjectives.length === 0)) return document;
  const kpiIds = new Set(hiddenKpis.map((row) => row.id));
  const objectiveIds = new Set(hiddenObjectives.map((row) => row.id));
  return {
    ...document,
    ...(document.kpis && { kpis: document.kpis.filter((kpi) => !kpiIds.has(kpi.id)) }),
    ...(document.objectives && {
      objectives: document.objectives.filter((objective) => !objectiveIds.has(objective.id)),
    }),
  };
}
