/**
 * The numbers behind OKR tracking, each with where it comes from. Everything in
 * src/core/okr imports them from here.
 */

/** Days without a check-in before a KR is stale: docs/okr-tracking.md (weekly check-ins, 7 days). */
export const STALE_AFTER_DAYS = 7;

/**
 * Progress this far behind the expected share flags `behind-pace` (at risk): about one
 * week of a 13-week quarter (1/13 ≈ 0.077), so one missed week of work is noticed.
 */
export const BEHIND_PACE_AT_RISK_GAP = 0.1;

/** Progress this far behind expected is off track: a quarter of the goal is missing (team convention). */
export const BEHIND_PACE_OFF_TRACK_GAP = 0.25;

/**
 * Confidence is 0–10 (docs/okr-tracking.md, check-ins), read as a traffic light: 7+ on track, 4–6 at
 * risk, 0–3 off track. Team convention matching the common green/amber/red confidence
 * colouring in OKR check-ins; change it here, nowhere else.
 */
export const CONFIDENCE_ON_TRACK_MIN = 7;
export const CONFIDENCE_OFF_TRACK_BELOW = 4;

/** "Confidence falling over the last check-ins": the last 3, dropping 2+ points in all. */
export const CONFIDENCE_TREND_WINDOW = 3;
export const CONFIDENCE_FALLING_MIN_DROP = 2;

/** docs/okr-tracking.md: an on-track KR whose value has not moved for four weeks is flagged. */
export const FLAT_VALUE_DAYS = 28;

/**
 * A projection this far short of the target is a miss: the same 10-point tolerance as
 * `behind-pace`, because a least-squares line through weekly, noisy check-ins wobbles a
 * few percent either way even when the KR is exactly on plan.
 */
export const PROJECTION_MISS_MARGIN = 0.1;

/** Grading (docs/okr-tracking.md): aspirational ≥ 0.7 is success, committed expects 1.0. */
export const ASPIRATIONAL_SUCCESS = 0.7;
export const COMMITTED_SUCCESS = 1;

/** "A portfolio of aspirational KRs that all score ~1.0 was too safe" (docs/method-notes.md, "Stretch"); ~1.0 read as ≥ 0.95. */
export const TOO_SAFE_SCORE = 0.95;

/** Stepped pacing: a quarter is delivered in monthly steps, three per cycle. */
export const STEPPED_PACING_STEPS = 3;

/** Floating-point slack when comparing scores to 1.0 (0.1 + 0.2 ≠ 0.3). */
export const SCORE_EPSILON = 1e-9;
