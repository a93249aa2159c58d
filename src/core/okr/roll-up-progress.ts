import type { Risk } from "./okr-types.js";
import { weightedMean } from "./weighted-mean.js";

export interface ProgressRollUp {
  id: string;
  objectives: number;
  /** Mean progress of the objectives that have one; null when none has. */
  progress: number | null;
  expected: number | null;
  risk: Record<Risk, number>;
  decisionsRequired: number;
}

interface Rollable {
  progress: number | null;
  expected: number;
  risk: Risk;
  decisionRequired: boolean;
}

/** Rolls objectives up by a key (team, cycle): mean progress and expected, risk counts. */
export function rollUpProgress<T extends Rollable>(
  objectives: readonly T[],
  keyOf: (objective: T) => string,
): ProgressRollUp[] {
  const groups = new Map<string, T[]>();
  for (const objective of objectives) {
    const key = keyOf(objective);
    groups.set(key, [...(groups.get(key) ?? []), objective]);
  }
  return [...groups].map(([id, members]) => ({
    id,
    objectives: members.length,
    progress: weightedMean(
      members.flatMap((m) => (m.progress === null ? [] : [{ value: m.progress, weight: 1 }])),
    ),
    expected: weightedMean(members.map((m) => ({ value: m.expected, weight: 1 }))),
    risk: {
      "on-track": members.filter((m) => m.risk === "on-track").length,
      "at-risk": members.filter((m) => m.risk === "at-risk").length,
      "off-track": members.filter((m) => m.risk === "off-track").length,
    },
    decisionsRequired: members.filter((m) => m.decisionRequired).length,
  }));
}
