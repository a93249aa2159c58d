import { metricKnowledge } from "../../knowledge/knowledge-base.js";
import type { Kpi } from "../../model/kpi.js";
import { matchMetric } from "../knowledge/match-metric.js";
import type { LintRule, RuleHit } from "../lint-types.js";
import type { KpiView } from "../view/document-view.js";

/** Doc KPIs whose knowledge entry is one of `ids`: companions already being measured. */
function companionsInDocument(
  ids: readonly string[],
  kpis: readonly KpiView[],
  self: Kpi,
): string[] {
  const wanted = new Set(ids);
  return kpis
    .filter((k) => k.kpi.id !== self.id && wanted.has(matchMetric(k.kpi.name)?.entry.id ?? ""))
    .map((k) => k.kpi.id);
}

export const kpiMissingGuardrail: LintRule = {
  id: "kpi-missing-guardrail",
  severity: "warning",
  why: "A metric that is easy to game needs a companion that catches the gaming (speed vs quality, volume vs value).",
  check({ view, thresholds }) {
    const hits: RuleHit[] = [];
    for (const { kpi, path } of view.kpis) {
      if ((kpi.guardrails?.length ?? 0) > 0 || kpi.status === "retired") continue;
      const match = matchMetric(kpi.name);
      const gameability = match?.entry.gameability;
      const axis = kpi.axis ?? match?.entry.axis;
      const gameable =
        (gameability !== undefined && gameability >= thresholds.gameableAt) ||
        (axis === "quantity" &&
          (gameability ?? thresholds.quantityGameableAt) >= thresholds.quantityGameableAt);
      if (!gameable) continue;
      const guardIds = match?.entry.guardrails ?? [];
      const inDocument = companionsInDocument(guardIds, view.kpis, kpi);
      const qualityKpis = view.kpis
        .filter(
          (k) =>
            k.kpi.id !== kpi.id &&
            k.kpi.axis === "quality" &&
            (kpi.team === undefined || k.kpi.team === kpi.team),
        )
        // Counts are usually gamed at the expense of a "bad things" rate (repeats, defects, churn).
        .sort(
          (a, b) =>
            Number(b.kpi.direction === "lower-is-better") -
            Number(a.kpi.direction === "lower-is-better"),
        )
        .map((k) => k.kpi.id);
      const names = guardIds.map((id) => metricKnowledge().find((m) => m.id === id)?.name ?? id);
      const suggestion = inDocument.length > 0 ? inDocument : qualityKpis.slice(0, 1);
      const how = match?.entry.gamingStrategies[0];
      hits.push({
        path,
        message: `KPI ${kpi.id} ("${kpi.name}") is easy to game${gameability !== undefined ? ` (gameability ${gameability})` : ` (a ${axis} metric)`} and has no guardrail${how ? `: e.g. "${how}"` : ""}`,
        fix:
          suggestion.length > 0
            ? `Add guardrails: [${suggestion.join(", ")}] so a rise bought with quality shows up${names.length > 0 ? ` (the knowledge base pairs it with ${names.join(", ")})` : ""}`
            : `Add a companion KPI that catches the gaming${names.length > 0 ? ` (${names.join(", ")})` : " (a quality metric on the same work)"} and list it under guardrails`,
      });
    }
    return hits;
  },
};
