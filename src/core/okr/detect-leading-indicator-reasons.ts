import type { Kpi } from "../model/kpi.js";
import { assessKpiLight } from "./assess-kpi-light.js";
import type { Reason } from "./okr-types.js";

/** `kpi-red` for each leading-indicator KPI of an objective that is red at `asOf`. */
export function detectLeadingIndicatorReasons(
  ids: readonly string[],
  kpis: ReadonlyMap<string, Kpi>,
  asOf: string,
): Reason[] {
  return ids.flatMap((id): Reason[] => {
    const kpi = kpis.get(id);
    const light = kpi ? assessKpiLight(kpi, asOf) : undefined;
    if (light?.light !== "red") return [];
    return [
      {
        code: "kpi-red",
        risk: "at-risk",
        message: `leading indicator ${id} is red at ${light.value}`,
      },
    ];
  });
}
