import type { Kpi } from "../model/kpi.js";
import type { OkapiDocument } from "../model/okapi-file.js";
import type { ReviewKpi } from "./weekly-review-types.js";

export interface KpiLinks {
  touchedObjectives: ReviewKpi["touchedObjectives"];
  /** KPIs that list this one as a guardrail. */
  guardrailOf: string[];
  /** KPIs this one leads (it is declared among their leading indicators). */
  leads: { id: string; leadWeeks?: number }[];
}

/**
 * What a KPI touches: objectives whose key results measure it or that watch it as a leading
 * indicator, KPIs it guards and KPIs it leads. `objectiveIds` limits objectives to the live ones.
 */
export function findKpiLinks(
  kpi: Kpi,
  document: OkapiDocument,
  objectiveIds: ReadonlySet<string>,
): KpiLinks {
  const touchedObjectives: KpiLinks["touchedObjectives"] = [];
  for (const objective of document.objectives ?? []) {
    if (!objectiveIds.has(objective.id)) continue;
    const measured = (objective.keyResults ?? []).some(
      (kr) => kr.kpi === kpi.id || kr.metric === kpi.id,
    );
    if (measured)
      touchedObjectives.push({ id: objective.id, title: objective.title, via: "key-result" });
    else if ((objective.leadingIndicators ?? []).includes(kpi.id))
      touchedObjectives.push({
        id: objective.id,
        title: objective.title,
        via: "leading-indicator",
      });
  }
  const others = (document.kpis ?? []).filter((other) => other.id !== kpi.id);
  return {
    touchedObjectives,
    guardrailOf: others.filter((o) => (o.guardrails ?? []).includes(kpi.id)).map((o) => o.id),
    leads: others.flatMap((o) => {
      const link = (o.leading ?? []).find((l) => l.kpi === kpi.id);
      if (!link) return [];
      return [
        link.leadWeeks === undefined ? { id: o.id } : { id: o.id, leadWeeks: link.leadWeeks },
      ];
    }),
  };
}
