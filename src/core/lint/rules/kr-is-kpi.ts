import { isMaintenance, krReading } from "../classify/classify-key-result.js";
import { because } from "../fixes/explain-kind.js";
import { proposeChange } from "../fixes/propose-change.js";
import type { LintRule, RuleHit } from "../lint-types.js";

export const krIsKpi: LintRule = {
  id: "kr-is-kpi",
  severity: "warning",
  why: "A key result names a change to make this cycle; holding a level is what a KPI's healthy range is for.",
  check({ view, thresholds }) {
    const hits: RuleHit[] = [];
    for (const objective of view.objectives)
      for (const kr of objective.keyResults) {
        if (!isMaintenance(kr, thresholds)) continue;
        const same = kr.from !== undefined && kr.from === kr.to;
        hits.push({
          path: kr.path,
          message: same
            ? `"${kr.keyResult.title}" goes from ${kr.from} to ${kr.to}: it asks for no change`
            : `"${kr.keyResult.title}" holds a level instead of changing it (${because(krReading(kr, thresholds).evidence)}): a KPI threshold dressed as a key result`,
          fix: proposeChange(kr, view, thresholds),
          parsed: kr.parsed,
        });
      }
    return hits;
  },
};
