/**
 * The numbers behind the weekly business review, each with where it comes from.
 * Everything in src/core/review imports them from here.
 */

/** A review looks back one week: check-ins are weekly (docs/method-notes.md, "Cadence"). */
export const REVIEW_LOOKBACK_DAYS = 7;

/**
 * An owner's annotation counts as "beside the number" when written within this many days of
 * the review: four weekly reviews, so a monthly KPI's explanation is still shown.
 */
export const ANNOTATION_RECENT_DAYS = 28;

/**
 * The operating quadrant (docs/method-notes.md): a team's KPIs read healthy when none is
 * red and at least this share is green; its OKRs read on track when at least this share of
 * its live objectives is on track. Half is the team convention: a majority decides.
 */
export const QUADRANT_MAJORITY = 0.5;

/**
 * Notes to insight: a goal's name counts as mentioned when at least this share of its
 * (stemmed, stop-word-free) words appear in a sentence. Half lets "activation fell" reach
 * "Week-2 activation" while one shared word of a long objective title does not.
 */
export const NOTE_LINK_MIN_NAME_SHARE = 0.5;
