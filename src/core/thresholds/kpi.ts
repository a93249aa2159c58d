/**
 * The numbers behind KPI health, each with where it comes from. Everything in
 * src/core/kpi imports them from here.
 */

/**
 * XmR natural process limits = mean ± 2.66 × mR̄ (Wheeler, "Understanding Variation"):
 * 2.66 = 3 / d2 with d2 = 1.128, the bias constant for moving ranges of two points.
 */
export const XMR_LIMIT_FACTOR = 2.66;

/** Upper range limit of the moving-range chart = 3.268 × mR̄ (D4 for n = 2, Wheeler). */
export const XMR_RANGE_FACTOR = 3.268;

/** d2 for subgroups of two: σ is estimated as mR̄ / 1.128 (ASTM/Shewhart tables). */
export const MOVING_RANGE_D2 = 1.128;

/**
 * Baseline length. Wheeler asks for at least 20–30 points; limits estimated from 20
 * points raise the beyond-limits false-alarm rate to about 1.1% per point (0.27% with
 * known parameters), from 52 points (a year of weeks) to about 0.4% — measured in
 * detect-signals.test.ts. A shorter series uses all its points (a retrospective chart).
 */
export const DEFAULT_BASELINE_POINTS = 52;

/**
 * Fewer points than this give limits too soft to act on (a 5-point baseline doubles the
 * false-alarm rate again), so no signal is read from them.
 */
export const MIN_BASELINE_POINTS = 12;

/**
 * After a confirmed shift the new limits wait for Wheeler's 20 points: recomputing from
 * 12 raised beyond-limits false alarms on noise from 0.45% to 0.57% per point (measured).
 */
export const SHIFT_BASELINE_POINTS = 20;

/** Western Electric rule 2: 2 of 3 consecutive points beyond 2σ on the same side. */
export const RULE_TWO_OF_THREE = { hits: 2, window: 3, sigmas: 2 } as const;

/** Western Electric rule 3: 4 of 5 consecutive points beyond 1σ on the same side. */
export const RULE_FOUR_OF_FIVE = { hits: 4, window: 5, sigmas: 1 } as const;

/** Western Electric rule 4 / Nelson rule 2 (8 form): 8 points in a row on one side of the centre. */
export const RUN_ON_ONE_SIDE = 8;

/** Nelson rule 3: 6 points in a row steadily rising or falling. */
export const RUN_TRENDING = 6;

/**
 * A signal still counts for the current state when it fired within this many latest
 * points: the length of the one-side run, so a shift in progress is never forgotten.
 */
export const RECENT_SIGNAL_POINTS = RUN_ON_ONE_SIDE;

/** Theil–Sen window, in periods, per cadence: a quarter of weeks, a year of months (team convention). */
export const TREND_PERIODS = { daily: 28, weekly: 13, monthly: 12, quarterly: 8 } as const;

/** Two-sided 95% normal quantile, for the Theil–Sen confidence interval (Sen 1968). */
export const Z_95 = 1.959964;

/** Days per cadence period; a month is 365.25 / 12 days. */
export const PERIOD_DAYS = { daily: 1, weekly: 7, monthly: 30.4375, quarterly: 91.3125 } as const;

/** docs/kpi-health.md: amber/red for two review periods in a row proposes an OKR. */
export const OUT_OF_RANGE_PERIODS_FOR_PROPOSAL = 2;

/** Lead/lag search range, docs/kpi-health.md: 0–16 weeks. */
export const MAX_LAG_WEEKS = 16;

/**
 * Significance of a lagged correlation of weekly changes: |r| > z / √n with a
 * Bonferroni-corrected z for 17 lags tested at α = 0.05 (z for 0.05 / 17 / 2 ≈ 2.97), so
 * two unrelated random walks are reported as leading about 5% of the time at most.
 */
export const LEAD_SIGNIFICANCE_Z = 2.97;

/** Fewer overlapping weekly changes than this and the lead/lag question is not answered. */
export const MIN_LEADLAG_WEEKS = 26;

/** A declared lead is confirmed when the data's best lag is within this many weeks of it. */
export const LEAD_TOLERANCE_WEEKS = 2;

/** docs/method-notes.md, "KPIs get retired": flat inside its range for several quarters; read as 3. */
export const RETIRE_AFTER_QUARTERS = 3;

/** Definition churn: more than 3 changes to a KPI's definition or range within 180 days (team convention). */
export const CHURN_MAX_CHANGES = 3;
export const CHURN_WINDOW_DAYS = 180;

/** Promotion proposals suggest a healthy range from the KR's latest values: up to 8 of them. */
export const PROMOTION_RECENT_VALUES = 8;

/** Seasonal baseline: the same week 52 weeks earlier, or the same month a year earlier. */
export const WEEKS_PER_YEAR = 52;

/** Sparkline length in the terminal (the last 26 points: half a year of weeks). */
export const SPARKLINE_POINTS = 26;
