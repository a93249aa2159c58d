import type { LintRule } from "./lint-types.js";
import { confidenceSandbagging } from "./rules/confidence-sandbagging.js";
import { doubleCountedMetric } from "./rules/double-counted-metric.js";
import { kpiMissingGuardrail } from "./rules/kpi-missing-guardrail.js";
import { kpiMissingOwner } from "./rules/kpi-missing-owner.js";
import { kpiMissingRange } from "./rules/kpi-missing-range.js";
import { krActivityVolume } from "./rules/kr-activity-volume.js";
import { krIsKpi } from "./rules/kr-is-kpi.js";
import { krIsTask } from "./rules/kr-is-task.js";
import { krLaggingOnly } from "./rules/kr-lagging-only.js";
import { krMissingBaseline } from "./rules/kr-missing-baseline.js";
import { krMissingTarget } from "./rules/kr-missing-target.js";
import { krNotMeasurable } from "./rules/kr-not-measurable.js";
import { krSandbagged } from "./rules/kr-sandbagged.js";
import { laggingWithoutLeading } from "./rules/lagging-without-leading.js";
import { missingCycle } from "./rules/missing-cycle.js";
import { missingKillCriteria } from "./rules/missing-kill-criteria.js";
import { missingOwner } from "./rules/missing-owner.js";
import { multipleOwners } from "./rules/multiple-owners.js";
import { objectiveIsKpi } from "./rules/objective-is-kpi.js";
import { objectiveIsMetric } from "./rules/objective-is-metric.js";
import { objectiveIsOutput } from "./rules/objective-is-output.js";
import { objectiveLength } from "./rules/objective-length.js";
import { okrFightsKpi } from "./rules/okr-fights-kpi.js";
import { orphanObjective } from "./rules/orphan-objective.js";
import { tooFewKrs } from "./rules/too-few-krs.js";
import { tooManyKpis } from "./rules/too-many-kpis.js";
import { tooManyKrs } from "./rules/too-many-krs.js";
import { tooManyObjectives } from "./rules/too-many-objectives.js";

/** Every rule, in the order findings on the same path are listed (DESIGN.md "Lint rules"). */
export const LINT_RULES: readonly LintRule[] = [
  objectiveIsKpi,
  objectiveIsMetric,
  objectiveIsOutput,
  objectiveLength,
  missingOwner,
  multipleOwners,
  missingCycle,
  tooFewKrs,
  tooManyKrs,
  tooManyObjectives,
  missingKillCriteria,
  krLaggingOnly,
  confidenceSandbagging,
  orphanObjective,
  krIsKpi,
  krIsTask,
  krNotMeasurable,
  krMissingBaseline,
  krMissingTarget,
  krSandbagged,
  krActivityVolume,
  doubleCountedMetric,
  okrFightsKpi,
  kpiMissingRange,
  kpiMissingOwner,
  laggingWithoutLeading,
  kpiMissingGuardrail,
  tooManyKpis,
];

const BY_ID = new Map(LINT_RULES.map((rule) => [rule.id, rule]));

/** A rule by its stable id. */
export function lintRule(id: string): LintRule | undefined {
  return BY_ID.get(id);
}
