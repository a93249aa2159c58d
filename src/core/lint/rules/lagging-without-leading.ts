import { matchMetric } from "../knowledge/match-metric.js";
import type { LintRule, RuleHit } from "../lint-types.js";

export const laggingWithoutLeading: LintRule = {
  id: "lagging-without-leading",
  severity: "warning",
  why: "A lagging KPI moves months after the causes; without a leading indicator the team learns too late to act.",
  check({ view }) {
    const hits: RuleHit[] = [];
    for (const { kpi, path } of view.kpis) {
      if (kpi.kind !== "lagging" || (kpi.leading?.length ?? 0) > 0 || kpi.status === "retired")
        continue;
      const partners = matchMetric(kpi.name)?.entry.leadingPartners ?? [];
      const leadingIds = view.kpis
        .filter((k) => k.kpi.kind === "leading" && k.kpi.id !== kpi.id)
        .map((k) => k.kpi.id);
      const suggestion = leadingIds[0] ?? partners[0] ?? "<leading KPI id>";
      hits.push({
        path,
        message: `KPI ${kpi.id} ("${kpi.name}") is lagging and names no leading indicator`,
        fix: `Add leading: [{ kpi: ${suggestion}, leadWeeks: 8 }] — a metric that moves 4–12 weeks earlier${partners.length > 0 ? ` (the knowledge base suggests ${partners.join(", ")})` : ""}`,
      });
    }
    return hits;
  },
};
