import type { KeyResult } from "../model/key-result.js";
import type { ObjectiveType } from "../model/primitives.js";
import { ASPIRATIONAL_SUCCESS, COMMITTED_SUCCESS, SCORE_EPSILON } from "../thresholds/okr.js";

export interface KeyResultGrade {
  id: string;
  score: number;
  source: "progress" | "manual";
  comment?: string;
  success: boolean;
  /** Succeeded on a metric that is not a KPI yet: worth watching for good (docs/okr-tracking.md). */
  promotionCandidate: boolean;
}

export interface ObjectiveGrade {
  type: ObjectiveType;
  score: number;
  success: boolean;
  keyResults: KeyResultGrade[];
  retro?: string;
}

/** Success bar of an objective type; an untyped objective is graded as aspirational. */
function successThreshold(type: ObjectiveType): number {
  return type === "committed" ? COMMITTED_SUCCESS : ASPIRATIONAL_SUCCESS;
}

const roundScore = (score: number): number => Math.round(score * 100) / 100;

/** Grades one KR 0.0–1.0: its manual override when given, else its clamped progress. */
export function gradeKeyResult(
  keyResult: KeyResult,
  progress: number | null,
  type: ObjectiveType,
  kpiIds: ReadonlySet<string>,
): KeyResultGrade {
  const manual = keyResult.grade;
  const score = roundScore(manual ? manual.score : (progress ?? 0));
  const success = score + SCORE_EPSILON >= successThreshold(type);
  const isKpi =
    keyResult.kpi !== undefined || (keyResult.metric !== undefined && kpiIds.has(keyResult.metric));
  return {
    id: keyResult.id,
    score,
    source: manual ? "manual" : "progress",
    ...(manual && { comment: manual.comment }),
    success,
    promotionCandidate: success && !isKpi,
  };
}

/** Grades an objective: the weighted mean of its KR scores (plain mean without weights). */
export function gradeObjective(
  objective: { type?: ObjectiveType | undefined; retro?: string | undefined },
  keyResults: readonly { keyResult: KeyResult; progress: number | null }[],
  kpiIds: ReadonlySet<string>,
): ObjectiveGrade {
  const type = objective.type ?? "aspirational";
  const grades = keyResults.map(({ keyResult, progress }) =>
    gradeKeyResult(keyResult, progress, type, kpiIds),
  );
  let total = 0;
  let weights = 0;
  keyResults.forEach(({ keyResult }, i) => {
    const weight = keyResult.weight ?? 1;
    total += weight * (grades[i] as KeyResultGrade).score;
    weights += weight;
  });
  const score = weights === 0 ? 0 : roundScore(total / weights);
  return {
    type,
    score,
    success: weights > 0 && score + SCORE_EPSILON >= successThreshold(type),
    keyResults: grades,
    ...(objective.retro !== undefined && { retro: objective.retro }),
  };
}
