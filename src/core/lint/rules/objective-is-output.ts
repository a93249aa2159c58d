import { mayLeadWithDeliverable } from "../../language/find-verbs.js";
import { parseKeyResult } from "../../language/parse-key-result.js";
import { tokenize } from "../../language/tokenize.js";
import type { LintRule, RuleHit } from "../lint-types.js";

export const objectiveIsOutput: LintRule = {
  id: "objective-is-output",
  severity: "warning",
  why: "An objective that starts with a deliverable (launch, build, ship) is a project plan; it should name the change in state the project is for.",
  check({ view }) {
    const hits: RuleHit[] = [];
    for (const objective of view.objectives) {
      const title = objective.objective.title;
      if (!mayLeadWithDeliverable(tokenize(title))) continue;
      const parsed = parseKeyResult(title);
      if (parsed.direction !== "deliver" && !parsed.task) continue;
      hits.push({
        path: objective.path,
        message: `"${title}" starts with a deliverable (${parsed.verb}) instead of a change in state`,
        fix: `Say what will be different once it ships, e.g. "Make ${parsed.metric ?? "it"} the reason customers <do something they don't do today>", and keep "${title}" as the plan`,
      });
    }
    return hits;
  },
};
