import type { OkapiDocument } from "../model/okapi-file.js";
import { gradeCycle } from "../okr/grade-cycle.js";
import { type AnalyzeOptions, analyzeKpi, type KpiAnalysis } from "./analyze-kpi.js";
import type { SeriesPoint } from "./kpi-types.js";
import { type KpiPromotionProposal, proposeKpiPromotion } from "./propose-kpi-promotion.js";

export interface WorkspaceKpiHealth {
  analyses: KpiAnalysis[];
  /** Successful key results of cycles closed by `asOf` whose metric is not a KPI yet. */
  promotions: KpiPromotionProposal[];
}

/**
 * Every KPI of a workspace analysed as of a day, each with its declared leading KPIs
 * as drivers, plus the OKR → KPI promotions the closed cycles earned.
 */
export function analyzeWorkspace(
  document: OkapiDocument,
  options: Omit<AnalyzeOptions, "drivers">,
): WorkspaceKpiHealth {
  const kpis = document.kpis ?? [];
  const series = new Map<string, readonly SeriesPoint[]>(
    kpis.map((kpi) => [kpi.id, (kpi.measurements ?? []).map(({ at, value }) => ({ at, value }))]),
  );
  const analyses = kpis
    .filter((kpi) => kpi.status !== "retired")
    .map((kpi) => {
      const drivers = new Map(
        (kpi.leading ?? []).flatMap((link) => {
          const points = series.get(link.kpi);
          return points ? [[link.kpi, points] as const] : [];
        }),
      );
      return analyzeKpi(kpi, series.get(kpi.id) ?? [], { ...options, drivers });
    });
  const kpiIds = new Set(kpis.map((kpi) => kpi.id));
  const cycles = new Set(
    (document.objectives ?? []).flatMap((objective) => (objective.cycle ? [objective.cycle] : [])),
  );
  const promotions: KpiPromotionProposal[] = [];
  for (const cycle of cycles) {
    const grades = gradeCycle(document, cycle);
    if (!grades || grades.cycle.end >= options.asOf.slice(0, 10)) continue;
    for (const graded of grades.objectives) {
      const objective = document.objectives?.find((o) => o.id === graded.id);
      for (const krGrade of graded.grade.keyResults) {
        const keyResult = objective?.keyResults?.find((kr) => kr.id === krGrade.id);
        const proposal = keyResult && proposeKpiPromotion(keyResult, krGrade.score, kpiIds);
        if (proposal) promotions.push(proposal);
      }
    }
  }
  return { analyses, promotions };
}
