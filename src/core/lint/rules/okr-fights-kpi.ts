import type { Kpi } from "../../model/kpi.js";
import type { LintThresholds } from "../../thresholds/lint.js";
import { resolveKrMetric } from "../classify/key-result-metric.js";
import { matchMetric } from "../knowledge/match-metric.js";
import type { LintRule, RuleHit } from "../lint-types.js";
import type { DocumentView, KeyResultView } from "../view/document-view.js";

type Push = "up" | "down";

function pushOf(kr: KeyResultView): Push | undefined {
  if (kr.parsed.direction === "increase") return "up";
  if (kr.parsed.direction === "decrease") return "down";
  return undefined;
}

/** A KR pushing its own KPI the wrong way, or to a target outside the KPI's healthy range. */
function directFight(kr: KeyResultView, kpi: Kpi, push: Push): string | undefined {
  if (kpi.direction === "higher-is-better" && push === "down")
    return `it pushes ${kpi.id} down while the KPI says higher is better`;
  if (kpi.direction === "lower-is-better" && push === "up")
    return `it pushes ${kpi.id} up while the KPI says lower is better`;
  const { min, max } = kpi.healthy ?? {};
  if (kr.to !== undefined && min !== undefined && kr.to < min)
    return `its target ${kr.to} is below ${kpi.id}'s healthy minimum ${min}`;
  if (kr.to !== undefined && max !== undefined && kr.to > max)
    return `its target ${kr.to} is above ${kpi.id}'s healthy maximum ${max}`;
  return undefined;
}

function isGameable(gameability: number, axis: string, thresholds: LintThresholds): boolean {
  return (
    gameability >= thresholds.gameableAt ||
    (axis === "quantity" && gameability >= thresholds.quantityGameableAt)
  );
}

/** Doc KPIs by the knowledge-base metric their name matches. */
function kpisByKnowledge(view: DocumentView): Map<string, Kpi[]> {
  const map = new Map<string, Kpi[]>();
  for (const { kpi } of view.kpis) {
    if (kpi.status === "retired") continue;
    const id = matchMetric(kpi.name)?.entry.id;
    if (id === undefined) continue;
    map.set(id, [...(map.get(id) ?? []), kpi]);
  }
  return map;
}

export const okrFightsKpi: LintRule = {
  id: "okr-fights-kpi",
  severity: "warning",
  why: "A key result that pushes a metric the way a KPI's guardrail warns against buys progress with the health the KPI protects.",
  check({ view, thresholds }) {
    if (view.kpis.length === 0) return [];
    const byKnowledge = kpisByKnowledge(view);
    const hits: RuleHit[] = [];
    for (const objective of view.objectives) {
      const covered = new Set<string>();
      const resolved = objective.keyResults.map((kr) => resolveKrMetric(kr, view));
      for (const r of resolved) {
        if (r.kpi) covered.add(r.kpi.id);
        for (const kpi of byKnowledge.get(r.match?.entry.id ?? "") ?? []) covered.add(kpi.id);
      }
      objective.keyResults.forEach((kr, i) => {
        const push = pushOf(kr);
        const metric = resolved[i];
        if (!push || !metric) return;
        const own =
          metric.kpi ??
          (metric.match?.exact ? byKnowledge.get(metric.match.entry.id)?.[0] : undefined);
        const direct = own ? directFight(kr, own, push) : undefined;
        if (own && direct) {
          hits.push({
            path: kr.path,
            message: `"${kr.keyResult.title}" fights KPI ${own.id}: ${direct}`,
            fix: `Align the key result with the KPI (a target inside its healthy range, in its good direction) or change the KPI's range on purpose, with a reason`,
            parsed: kr.parsed,
          });
          return;
        }
        const entry = metric.match?.entry;
        const gameable = entry && isGameable(entry.gameability, entry.axis, thresholds);
        const guards = new Set<Kpi>();
        // Only a metric that is easy to game puts its guardrails at risk.
        if (!gameable) return;
        for (const id of metric.kpi?.guardrails ?? []) {
          const kpi = view.kpiById.get(id);
          if (kpi) guards.add(kpi);
        }
        for (const id of entry.guardrails)
          for (const kpi of byKnowledge.get(id) ?? []) guards.add(kpi);
        const title = kr.keyResult.title.toLowerCase();
        const exposed = [...guards].filter(
          (kpi) =>
            !covered.has(kpi.id) && kpi.id !== own?.id && !title.includes(kpi.name.toLowerCase()),
        );
        if (exposed.length === 0) return;
        const names = exposed.map((kpi) => kpi.id).join(", ");
        hits.push({
          path: kr.path,
          message: `"${kr.keyResult.title}" pushes ${kr.parsed.metric ?? entry?.name ?? "a metric"} ${push}, which can be bought at the expense of KPI ${names}${entry?.gamingStrategies[0] ? ` ("${entry.gamingStrategies[0]}")` : ""}`,
          fix: `Add a guardrail key result to this objective: "Keep ${exposed[0]?.name} inside its healthy range" — or name ${names} in this key result ("… without ${exposed[0]?.name} getting worse")`,
          parsed: kr.parsed,
          // A risk to watch, not a contradiction: the direct fight above is the warning.
          atMost: "info",
        });
      });
    }
    return hits;
  },
};
