import type { OwnerRef } from "../../model/primitives.js";
import type { LintRule, RuleHit } from "../lint-types.js";

function owners(owner: OwnerRef | undefined): string[] {
  return Array.isArray(owner) ? owner : [];
}

export const multipleOwners: LintRule = {
  id: "multiple-owners",
  severity: "error",
  why: "Shared ownership dilutes accountability: when it slips, each owner assumes another is on it.",
  check({ view }) {
    const hits: RuleHit[] = [];
    const report = (path: string, what: string, list: string[]) => {
      if (list.length < 2) return;
      hits.push({
        path,
        message: `${what} has ${list.length} owners (${list.join(", ")})`,
        fix: `Pick one owner (owner: ${list[0]}); the others can own key results or be contributors`,
      });
    };
    for (const objective of view.objectives) {
      report(
        objective.path,
        `objective "${objective.objective.title}"`,
        owners(objective.objective.owner),
      );
      for (const kr of objective.keyResults)
        report(kr.path, `key result "${kr.keyResult.title}"`, owners(kr.keyResult.owner));
    }
    for (const kpi of view.kpis) report(kpi.path, `KPI ${kpi.kpi.id}`, owners(kpi.kpi.owner));
    return hits;
  },
};
