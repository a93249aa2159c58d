import type { Cycle, CycleDefinition } from "../model/cycle.js";
import { parseCycle } from "../model/cycle.js";

/** The calendar quarter containing a day, e.g. 2026-08-14 → 2026-Q3. */
function quarterOf(day: string): string {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

/**
 * The cycle an objective is paced against. An objective without a cycle (or with one
 * that does not resolve) is paced against the calendar quarter containing `asOf`, the
 * default OKR time box.
 */
export function resolveObjectiveCycle(
  cycleRef: string | undefined,
  declared: readonly CycleDefinition[],
  asOf: string,
): Cycle {
  const resolved = cycleRef === undefined ? null : parseCycle(cycleRef, declared);
  return resolved ?? (parseCycle(quarterOf(asOf)) as Cycle);
}
