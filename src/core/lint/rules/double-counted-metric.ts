import { movementKey } from "../classify/key-result-metric.js";
import type { LintRule, RuleHit } from "../lint-types.js";
import type { KeyResultView } from "../view/document-view.js";

function related(a: KeyResultView, b: KeyResultView): boolean {
  const x = a.objective.objective;
  const y = b.objective.objective;
  return x.parent === y.id || y.parent === x.id;
}

export const doubleCountedMetric: LintRule = {
  id: "double-counted-metric",
  severity: "warning",
  why: "When two objectives claim the same movement of the same metric, one success is counted twice and nobody owns it.",
  check({ view }) {
    const hits: RuleHit[] = [];
    const first = new Map<string, KeyResultView>();
    for (const objective of view.objectives)
      for (const kr of objective.keyResults) {
        const direction = kr.parsed.direction;
        if (direction !== "increase" && direction !== "decrease") continue;
        const metric = movementKey(kr, view);
        if (metric === undefined) continue;
        const key = `${objective.objective.cycle ?? ""}\0${direction}\0${metric}`;
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, kr);
          continue;
        }
        if (earlier.objective === objective || related(earlier, kr)) continue;
        hits.push({
          path: kr.path,
          message: `"${kr.keyResult.title}" claims the same movement as ${earlier.path} ("${earlier.keyResult.title}") in objective ${earlier.objective.objective.id}`,
          fix: `Give the movement one owner: keep it in one objective, and make the other objective's key result the input it depends on (or align them with parent: ${earlier.objective.objective.id})`,
          parsed: kr.parsed,
        });
      }
    return hits;
  },
};
