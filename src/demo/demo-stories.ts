/**
 * The shape of the stories the demo tells, in one place so the generator and its tests agree
 * on them. Every story is placed relative to asOf and to the live cycle, never at a calendar
 * month, so the demo tells all of them whatever the day (the property test checks each day).
 */

/** Weekly and monthly KPIs carry two years of history. */
export const WEEKLY_POINTS = 104;
export const MONTHLY_POINTS = 24;

/** A demo quarter is 13 weeks from a Monday; on asOf the live one has run this many whole weeks. */
export const CYCLE_WEEKS = 13;
export const LIVE_WEEKS_ELAPSED = 8;

/** Logo churn spikes for two closed months, this many months before asOf's month. */
export const CHURN_SPIKE_MONTHS_BACK = [7, 6] as const;

/**
 * Week-2 activation sits near this level, then declines over the last weeks to the floor.
 * The floor with its noise (±1.75 points at most) stays under the KPI's red line (34%) and above
 * the onboarding objective's tripwire (28%), so activation is red every day and trips nothing.
 */
export const ACTIVATION_PLATEAU = 42;
export const ACTIVATION_FLOOR = 31.5;
export const ACTIVATION_DECLINE_WEEKS = 20;

/** NRR follows week-2 activation this many weeks later (the leading pair in the KPI). */
export const NRR_ACTIVATION_LAG_WEEKS = 8;

/**
 * CSAT follows support first response time this many weeks later, losing this many points per
 * hour of wait: weekly on both sides, so the KPI's own lead check confirms it on any day (NRR is
 * monthly, and a month's change spreads over four weeks, too few to prove an 8-week lead).
 */
export const CSAT_RESPONSE_LAG_WEEKS = 4;
export const CSAT_POINTS_PER_HOUR = 2;

/** Pipeline coverage dips in these months (summer holidays, year-end budget freezes): seasonality is calendar. */
export const PIPELINE_DIP_MONTHS = [8, 12] as const;

/** The one live objective whose metric tripwire has fired with no decision recorded. */
export const TRIPPED_OBJECTIVE = "guided-setup";
