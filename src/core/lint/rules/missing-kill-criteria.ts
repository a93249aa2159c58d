import type { LintRule, RuleHit } from "../lint-types.js";

const CLOSED = new Set(["achieved", "missed", "stopped"]);

export const missingKillCriteria: LintRule = {
  id: "missing-kill-criteria",
  severity: "warning",
  why: "Without a tripwire a failing objective runs to the end of the cycle by default; a date or threshold forces an explicit stop-or-continue call.",
  check({ view }) {
    const hits: RuleHit[] = [];
    for (const objective of view.objectives) {
      const { killCriteria, status } = objective.objective;
      if ((killCriteria?.length ?? 0) > 0 || (status && CLOSED.has(status))) continue;
      const measured = objective.keyResults.find(
        (kr) => kr.from !== undefined && kr.to !== undefined && kr.from !== kr.to,
      );
      const side =
        measured &&
        measured.to !== undefined &&
        measured.from !== undefined &&
        measured.to < measured.from
          ? "above"
          : "below";
      hits.push({
        path: objective.path,
        message: `"${objective.objective.title}" has no kill criteria`,
        fix: measured
          ? `Add killCriteria: [{ metric: ${measured.keyResult.id}, ${side}: <value that means it is not working>, by: <mid-cycle date> }]`
          : "Add killCriteria: [{ by: <mid-cycle date> }] to force a stop-or-continue decision",
      });
    }
    return hits;
  },
};
