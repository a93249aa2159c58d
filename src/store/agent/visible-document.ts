import { eq, inArray } from "drizzle-orm";
import type { Store } from "../open-store.js";
import { canSee, type Viewer } from "../repositories/visibility.js";
import * as t from "../schema.js";

/** Ids of the team-private KPIs and objectives a viewer may not see, and every metric of them. */
export async function hiddenFrom(
  store: Store,
  viewer: Viewer,
): Promise<{ kpis: Set<string>; objectives: Set<string>; metrics: Set<string> }> {
  if (viewer.admin) return { kpis: new Set(), objectives: new Set(), metrics: new Set() };
  const [kpis, objectives] = await Promise.all([
    store.db
      .select({ id: t.kpis.id, private: t.kpis.private, team: t.kpis.teamId })
      .from(t.kpis)
      .where(eq(t.kpis.private, true)),
    store.db
      .select({ id: t.objectives.id, private: t.objectives.private, team: t.objectives.teamId })
      .from(t.objectives)
      .where(eq(t.objectives.private, true)),
  ]);
  const hidden = (rows: { id: string; private: boolean; team: string | null }[]) =>
    new Set(rows.filter((row) => !canSee(viewer, row)).map((row) => row.id));
  const hiddenObjectives = hidden(objectives);
  const keyResults = hiddenObjectives.size
    ? await store.db
        .select({ id: t.keyResults.id })
        .from(t.keyResults)
        .where(inArray(t.keyResults.objectiveId, [...hiddenObjectives]))
    : [];
  const hiddenKpis = hidden(kpis);
  return {
    kpis: hiddenKpis,
    objectives: hiddenObjectives,
    metrics: new Set([...hiddenKpis, ...keyResults.map((kr) => kr.id)]),
  };
}
