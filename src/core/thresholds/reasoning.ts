/**
 * The numbers behind the decision engine (issue 6), each with where it comes from.
 * Everything in src/core/reasoning imports them from here.
 */

/** Issue 6: the loop proposes 6–8 candidate metrics; 7 leaves room for one partner metric. */
export const MIN_CANDIDATES = 6;
export const MAX_CANDIDATES = 8;
export const TARGET_CANDIDATES = 7;

/** DESIGN.md "Concepts": a leading indicator moves typically 4–12 weeks before its lagging KPI. */
export const MIN_LEAD_WEEKS = 4;
export const MAX_LEAD_WEEKS = 12;
/** Midpoint of that range, used when the knowledge base names no lead time. */
export const DEFAULT_LEAD_WEEKS = 8;

/** Issue 6: a draft OKR has 2–4 outcome key results; DESIGN.md lints fewer than 2 as too few. */
export const MIN_DRAFT_KRS = 2;
export const MAX_DRAFT_KRS = 4;

/**
 * Retrieval ranking: text relevance (BM25, normalised to the best hit) plus boosts.
 * Team convention, tuned on the ten decision tests: a metric tagged with the decision's
 * primary type should beat a merely wordy text match, a secondary type counts a quarter.
 */
export const PRIMARY_TYPE_BOOST = 0.6;
export const SECONDARY_TYPE_BOOST = 0.15;
/** Text relevance (0–1 of the best hit) a metric needs to be proposed without a decision-type match. */
export const MIN_RETRIEVAL_WITHOUT_TYPE = 0.5;
/** Boost for metrics from the domains the decision's words point at (team convention, tuned on the tests). */
export const DOMAIN_COHERENCE_BOOST = 0.4;
/** A metric the workspace already tracks is cheaper to use: observed now, owned already. */
export const WORKSPACE_KPI_BOOST = 0.3;
/** BM25 field weights: names and aliases say what a metric is, definitions only describe it. */
export const FIELD_BOOST = { name: 3, aliases: 2.5, definition: 1 } as const;

/**
 * Observability: how often the source can be read (DESIGN.md cadence: daily/weekly glance,
 * monthly trend, quarterly reassess) times how reliable the source is.
 */
export const CADENCE_OBSERVABILITY = {
  daily: 1,
  weekly: 0.9,
  monthly: 0.7,
  quarterly: 0.5,
} as const;
/** Systems of record log every event; surveys sample and lag; models and hand-kept sheets drift. */
export const SOURCE_RELIABILITY = { system: 1, survey: 0.75, model: 0.65 } as const;
/** Already tracked as a KPI in the workspace: the pipe exists, so it is more observable now. */
export const WORKSPACE_OBSERVABILITY_BONUS = 0.1;

/** Decision relevance: the share carried by the type match, the retrieval rank and the kind. */
export const RELEVANCE_WEIGHTS = { typeMatch: 0.45, retrieval: 0.35, kind: 0.2 } as const;

/**
 * Ranking the candidates for the top set and the KRs: relevance first (a metric that would
 * not change the decision is noise), then observability, then resistance to gaming.
 */
export const COMPOSITE_WEIGHTS = { relevance: 0.5, observability: 0.3, integrity: 0.2 } as const;

/** Metrics this gameable are activity counts: leading indicators at most, never a KR. */
export const MAX_KR_GAMEABILITY = 0.7;

/**
 * Default stretch of a drafted KR with a known baseline: a 20 % relative improvement. Aspirational
 * OKRs succeed at 60–70 % (DESIGN.md "Stretch"), so the target sits above a comfortable gain.
 */
export const DEFAULT_STRETCH = 0.2;

/**
 * Kill criteria: a mid-cycle metric tripwire (half the cycle gone, half the leading signal
 * should be visible at 4–12 weeks of lead) and a final stop-or-continue date two weeks
 * before the cycle ends, early enough to re-plan the next cycle.
 */
export const KILL_CHECKPOINT_SHARE = 0.5;
export const FINAL_DECISION_DAYS_BEFORE_END = 14;
/** The tripwire fires if the leading KR has not covered this share of the way to its target. */
export const KILL_PROGRESS_SHARE = 0.25;

/**
 * A named period that has already started ("H2" asked in December) is only taken when it still
 * has time to act: at least half of it left, and at least four weeks — room for the mid-period
 * checkpoint and the stop-or-continue date two weeks before the end. Otherwise the next one of
 * that name is the coming period (team convention, after a draft dated its tripwire in the past).
 */
export const MIN_REMAINING_SHARE_OF_NAMED_PERIOD = 0.5;
export const MIN_REMAINING_DAYS = 28;

/**
 * Scale-free bounds on a leading indicator that say the bet is off whatever the baseline, so a
 * kill criterion can be a number before the workspace has measured anything.
 * - Pipeline coverage 3x: the common sales-planning rule of thumb (3–4x open qualified pipeline
 *   per unit of bookings target); below 3x a bookings plan is not being fed.
 * - Error budget burn rate 1x: Google SRE Workbook, "Alerting on SLOs": at a burn rate of 1 the
 *   budget is spent exactly over the SLO window; above it the SLO will be missed.
 */
export const VIABILITY_BOUNDS: Readonly<
  Record<string, { below?: number; above?: number; why: string }>
> = {
  "pipeline-coverage": {
    below: 3,
    why: "below the 3x coverage a bookings plan needs, the demand is not there",
  },
  "error-budget-burn-rate": {
    above: 1,
    why: "above a burn rate of 1 the error budget runs out before the SLO window ends",
  },
};
