import type { LintRule, RuleHit } from "../lint-types.js";

/** Confidence is on a 0–10 scale (DESIGN.md check-ins). */
const CONFIDENCE_SCALE = 10;

export const confidenceSandbagging: LintRule = {
  id: "confidence-sandbagging",
  severity: "warning",
  why: "Near-certain confidence when key results are drafted means the targets were set to be hit, not to stretch.",
  check({ view, thresholds }) {
    const hits: RuleHit[] = [];
    for (const objective of view.objectives) {
      const stated = objective.keyResults.flatMap((kr) => {
        const first = kr.keyResult.checkins?.[0]?.confidence;
        const value = kr.keyResult.confidence ?? first;
        return value === undefined ? [] : [value];
      });
      if (stated.length === 0) continue;
      const average = stated.reduce((sum, value) => sum + value, 0) / stated.length;
      if (average <= thresholds.confidenceSandbaggingShare * CONFIDENCE_SCALE) continue;
      hits.push({
        path: objective.path,
        message: `average confidence at drafting is ${average.toFixed(1)}/10 for "${objective.objective.title}"`,
        fix: "Raise the targets until the team's honest confidence is about 5–7/10 (aspirational) — or mark the objective type: committed if these are promises",
      });
    }
    return hits;
  },
};
