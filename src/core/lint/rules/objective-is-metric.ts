import { findDeadlines } from "../../language/find-deadline.js";
import { tokenize } from "../../language/tokenize.js";
import type { LintRule, RuleHit } from "../lint-types.js";

const YEAR = { min: 1990, max: 2100 };

/** The first quantity an objective title states, ignoring dates and years. */
function statedQuantity(title: string): string | undefined {
  // Every quantity has a digit; most titles have none.
  if (!/\d/.test(title)) return undefined;
  const deadlines = findDeadlines(title);
  for (const token of tokenize(title)) {
    if (token.kind !== "number" || token.value === undefined) continue;
    if (deadlines.some((d) => token.start >= d.start && token.end <= d.end)) continue;
    const year =
      token.unit === undefined &&
      Number.isInteger(token.value) &&
      token.value >= YEAR.min &&
      token.value <= YEAR.max;
    if (!year) return token.text;
  }
  return undefined;
}

export const objectiveIsMetric: LintRule = {
  id: "objective-is-metric",
  severity: "warning",
  why: "An objective names a direction worth caring about; numbers belong in its key results, where they can be measured and graded.",
  check({ view }) {
    const hits: RuleHit[] = [];
    for (const objective of view.objectives) {
      const quantity = statedQuantity(objective.objective.title);
      if (quantity === undefined) continue;
      hits.push({
        path: objective.path,
        message: `"${objective.objective.title}" is a number (${quantity}), not a direction`,
        fix: `Move "${quantity}" into a key result ("… from <today> to ${quantity}") and rewrite the objective as why it matters, e.g. "Make <customers/team> <better off in a way they notice>"`,
      });
    }
    return hits;
  },
};
