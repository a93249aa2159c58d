import type { ObjectiveStatus } from "../api/types";

/** Whether the objective's cycle contains the as-of day: the ones people still act on. */
export function isLive(objective: ObjectiveStatus, asOf: string): boolean {
  return objective.cycle.start <= asOf && asOf <= objective.cycle.end;
}

/** The live objectives; when no cycle is live, all of them, so the screen is never blank by accident. */
export function liveObjectives(objectives: ObjectiveStatus[], asOf: string): ObjectiveStatus[] {
  const live = objectives.filter((o) => isLive(o, asOf));
  return live.length > 0 ? live : objectives;
}
