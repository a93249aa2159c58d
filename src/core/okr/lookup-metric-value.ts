import type { Cycle } from "../model/cycle.js";
import type { Kpi } from "../model/kpi.js";
import type { Objective } from "../model/objective.js";
import { latestKpiMeasurement } from "./assess-kpi-light.js";
import type { MetricLookup } from "./evaluate-tripwire.js";
import { selectObservations } from "./select-observations.js";

/**
 * Reads the metric a tripwire names: a key result of the objective (its current value as
 * the status computes it) or, failing that, a KPI's latest measurement.
 */
export function lookupMetricValue(
  objective: Objective,
  kpis: ReadonlyMap<string, Kpi>,
  cycle: Cycle,
): MetricLookup {
  return (metric, day) => {
    const keyResult = objective.keyResults?.find((kr) => kr.id === metric);
    if (keyResult) {
      const linked = keyResult.kpi ? kpis.get(keyResult.kpi)?.measurements : undefined;
      return selectObservations(keyResult.checkins ?? [], linked ?? [], cycle, day).current?.value;
    }
    const kpi = kpis.get(metric);
    return kpi ? latestKpiMeasurement(kpi, day)?.value : undefined;
  };
}
