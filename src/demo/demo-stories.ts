/**
 * The shape of the stories the demo history tells, in one place so the generator and
 * its tests agree on them.
 */

/** Weekly and monthly KPIs carry two years of history. */
export const WEEKLY_POINTS = 104;
export const MONTHLY_POINTS = 24;

/** Logo churn spikes for two closed months, this many months before asOf's month. */
export const CHURN_SPIKE_MONTHS_BACK = [7, 6] as const;

/** Week-2 activation sits near this level, then declines over the last weeks to the floor. */
export const ACTIVATION_PLATEAU = 42;
export const ACTIVATION_FLOOR = 33;
export const ACTIVATION_DECLINE_WEEKS = 20;

/** NRR follows week-2 activation this many weeks later (the leading pair in the KPI). */
export const NRR_ACTIVATION_LAG_WEEKS = 8;

/** Pipeline coverage dips in these months (summer holidays, year-end budget freezes). */
export const PIPELINE_DIP_MONTHS = [8, 12] as const;
