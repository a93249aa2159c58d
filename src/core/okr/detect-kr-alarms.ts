import type { Kpi } from "../model/kpi.js";
import { assessKpiLight } from "./assess-kpi-light.js";
import type { Reason } from "./okr-types.js";
import type { ResolvedTarget } from "./resolve-kr-target.js";

/** Why a KR's progress cannot be computed, as a reason its owner can fix. */
export function detectTargetProblem(resolved: ResolvedTarget): Reason | null {
  if (resolved.ok) return null;
  if (resolved.problem === "baseline-equals-target")
    return {
      code: "baseline-equals-target",
      risk: "at-risk",
      message: "the baseline already meets the target: set a target that asks for change",
    };
  return {
    code: "no-target",
    risk: "at-risk",
    message: 'no baseline and target: add from/to (or a band) or state "from X to Y" in the title',
  };
}

/** `kpi-red` when the KPI a KR follows is past its alert threshold at `asOf`. */
export function detectRedKpi(kpi: Kpi | undefined, asOf: string): Reason | null {
  if (!kpi) return null;
  const reading = assessKpiLight(kpi, asOf);
  if (reading.light !== "red") return null;
  return {
    code: "kpi-red",
    risk: "at-risk",
    message: `linked KPI ${kpi.id} is red at ${reading.value} (${reading.at?.slice(0, 10)})`,
  };
}
