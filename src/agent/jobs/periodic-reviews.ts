import { analyzeWorkspace } from "../../core/kpi/analyze-workspace.js";
import { listHealthProposals } from "../../core/kpi/health-proposals.js";
import { buildKpiTrendReview } from "../../core/review/build-kpi-trend-review.js";
import { buildQuarterlyReview } from "../../core/review/build-quarterly-review.js";
import { saveReview } from "../../store/agent/reviews.js";
import { syncProposals } from "../../store/repositories/proposals.js";
import { type JobWork, requireDocument } from "../job-context.js";
import { AGENT_ACTOR } from "./kpi-health.js";

/** Monthly: trends, signals and the lead/lag re-check of every KPI, kept as a review. */
export const generateKpiTrendReview: JobWork = async ({ store, day, period }) => {
  const review = buildKpiTrendReview(await requireDocument(store), day);
  const stored = await saveReview(store.db, {
    kind: "kpi-trends",
    period,
    asOf: day,
    content: review,
  });
  return {
    review: stored.id,
    kpis: review.kpis.length,
    leadChecksFlagged: review.leadChecks.length,
  };
};

/**
 * Quarterly: grades the workspace's cycle that ended last (its own 13-week or fiscal quarter, or
 * the calendar one), keeps the review, files promotions and new OKR proposals.
 */
export const generateQuarterlyReview: JobWork = async ({ store, day, period }) => {
  const document = await requireDocument(store);
  const review = buildQuarterlyReview(document, { asOf: day });
  if (!review) throw new Error(`no cycle ended before ${day}: declare the workspace's cycles`);
  const stored = await saveReview(store.db, {
    kind: "quarterly",
    period,
    asOf: day,
    content: review,
  });
  const synced = await syncProposals(
    store.db,
    listHealthProposals(analyzeWorkspace(document, { asOf: day })),
    { actor: AGENT_ACTOR },
  );
  return {
    review: stored.id,
    objectives: review.objectives.length,
    score: review.portfolio.score,
    proposalsAdded: synced.added,
  };
};
