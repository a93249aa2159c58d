import { TOO_SAFE_SCORE } from "../thresholds/okr.js";
import type { ObjectiveGrade } from "./grade-objective.js";

export interface PortfolioGrade {
  score: number | null;
  objectives: number;
  succeeded: number;
  /** Set when every aspirational KR scored ~1.0: the goals were too safe (docs/method-notes.md, "Stretch"). */
  note?: string;
}

/** Sums up a set of objective grades (a team's or a cycle's) and says when it was too safe. */
export function gradePortfolio(grades: readonly ObjectiveGrade[]): PortfolioGrade {
  const aspirational = grades
    .filter((grade) => grade.type === "aspirational")
    .flatMap((grade) => grade.keyResults);
  const tooSafe = aspirational.length > 0 && aspirational.every((kr) => kr.score >= TOO_SAFE_SCORE);
  const score =
    grades.length === 0
      ? null
      : Math.round((grades.reduce((sum, grade) => sum + grade.score, 0) / grades.length) * 100) /
        100;
  return {
    score,
    objectives: grades.length,
    succeeded: grades.filter((grade) => grade.success).length,
    ...(tooSafe && {
      note: `all ${aspirational.length} aspirational key results scored ~1.0: the goals were too safe; aspirational OKRs succeed at 60–70%, so stretch further next cycle`,
    }),
  };
}
