import { analyzeWorkspace } from "../kpi/analyze-workspace.js";
import type { RecoveryOkrProposal } from "../kpi/propose-recovery-okr.js";
import type { OkapiDocument } from "../model/okapi-file.js";
import { gradeCycle } from "../okr/grade-cycle.js";
import { chooseReviewCycle } from "./choose-review-cycle.js";
import { firstOwner } from "./first-owner.js";
import type { QuarterlyReview } from "./quarterly-review-types.js";

export interface QuarterlyReviewOptions {
  asOf: string;
  /** The cycle to review; by default the workspace's cycle that ended last before asOf. */
  cycle?: string | undefined;
}

/**
 * The quarterly review: grades per objective, team and cycle, retros, what carried
 * over, KRs worth promoting to KPIs and new OKRs proposed from KPI gaps. Null when the cycle
 * does not resolve.
 */
export function buildQuarterlyReview(
  document: OkapiDocument,
  options: QuarterlyReviewOptions,
): QuarterlyReview | null {
  const asOf = options.asOf.slice(0, 10);
  const grades = gradeCycle(document, options.cycle ?? chooseReviewCycle(document, asOf));
  if (!grades) return null;
  const name = document.cycles?.find((c) => c.id === grades.cycle.id)?.name;
  const all = document.objectives ?? [];
  const definitions = new Map(all.map((o) => [o.id, o]));
  const carriedOver = grades.objectives.flatMap((graded) =>
    all
      .filter((o) => o.cycle && o.id === `${graded.id}-${o.cycle.toLowerCase()}`)
      .map((o) => ({ from: graded.id, to: o.id, cycle: o.cycle as string, title: o.title })),
  );
  const carried = new Set(carriedOver.map((c) => c.from));
  const krIds = new Set(grades.objectives.flatMap((g) => g.grade.keyResults.map((kr) => kr.id)));
  const health = analyzeWorkspace(document, { asOf });
  return {
    kind: "quarterly",
    organization: document.organization,
    asOf,
    period: grades.cycle.id,
    cycle: {
      id: grades.cycle.id,
      ...(name !== undefined && { name }),
      start: grades.cycle.start,
      end: grades.cycle.end,
    },
    portfolio: grades.portfolio,
    teams: grades.teams.map((team) => ({ id: team.id, ...team.grade })),
    objectives: grades.objectives.map((graded) => {
      const definition = definitions.get(graded.id);
      const owner = firstOwner(definition?.owner);
      const titles = new Map((definition?.keyResults ?? []).map((kr) => [kr.id, kr.title]));
      const retro = graded.grade.retro ?? definition?.retro;
      return {
        id: graded.id,
        title: graded.title,
        ...(graded.team !== null && { team: graded.team }),
        ...(owner !== undefined && { owner }),
        type: graded.grade.type,
        score: graded.grade.score,
        success: graded.grade.success,
        keyResults: graded.grade.keyResults.map((kr) => ({
          id: kr.id,
          title: titles.get(kr.id) ?? kr.id,
          score: kr.score,
          success: kr.success,
        })),
        ...(retro !== undefined && { retro }),
      };
    }),
    carriedOver,
    unfinished: grades.objectives
      .filter((g) => !g.grade.success && !carried.has(g.id))
      .map((g) => g.id),
    promotions: health.promotions.filter((p) => krIds.has(p.keyResult)),
    newOkrProposals: health.analyses.flatMap((a) =>
      a.proposals.filter((p): p is RecoveryOkrProposal => p.kind === "recovery-okr"),
    ),
  };
}
