import type { LintRule, RuleHit } from "../lint-types.js";
import type { ObjectiveView } from "../view/document-view.js";

export const tooManyObjectives: LintRule = {
  id: "too-many-objectives",
  severity: "warning",
  why: "A team with more than a few objectives in one cycle has no priorities, only a backlog.",
  check({ view, thresholds }) {
    const groups = new Map<string, ObjectiveView[]>();
    for (const objective of view.objectives) {
      if (objective.objective.status === "stopped") continue;
      const key = `${objective.objective.team ?? ""}\0${objective.objective.cycle ?? ""}`;
      const group = groups.get(key) ?? [];
      group.push(objective);
      groups.set(key, group);
    }
    const hits: RuleHit[] = [];
    for (const group of groups.values()) {
      const extra = group[thresholds.maxObjectivesPerTeam];
      if (!extra) continue;
      const { team, cycle } = extra.objective;
      hits.push({
        path: extra.path,
        message: `${team ? `team ${team}` : "the organization (no team)"} has ${group.length} objectives in ${cycle ? `cycle ${cycle}` : "no cycle"} (more than ${thresholds.maxObjectivesPerTeam})`,
        fix: `Keep the ${thresholds.maxObjectivesPerTeam} that matter most this cycle (${group.map((o) => o.objective.id).join(", ")}); move the rest to the next cycle or to KPIs`,
      });
    }
    return hits;
  },
};
