import type { MeasurementPoint } from "../core/model/index.js";
import {
  addDays,
  dayOfMonth,
  daysBetween,
  mondayOnOrBefore,
  monthlyDates,
  monthOf,
  monthsBetween,
  weeklyDates,
} from "./calendar.js";
import {
  ACTIVATION_DECLINE_WEEKS,
  ACTIVATION_FLOOR,
  ACTIVATION_PLATEAU,
  CHURN_SPIKE_MONTHS_BACK,
  CSAT_POINTS_PER_HOUR,
  CSAT_RESPONSE_LAG_WEEKS,
  MONTHLY_POINTS,
  NRR_ACTIVATION_LAG_WEEKS,
  PIPELINE_DIP_MONTHS,
  WEEKLY_POINTS,
} from "./demo-stories.js";
import { type Random, roundTo } from "./random.js";

/** One rounded measurement per date. */
export function points(
  dates: readonly string[],
  valueAt: (date: string) => number,
  decimals: number,
): MeasurementPoint[] {
  return dates.map((at) => ({ at, value: roundTo(valueAt(at), decimals) }));
}

/** 0 → 1 → 0 across the month: the depth of a seasonal dip on that day. */
function midMonthBump(day: string): number {
  return Math.sin((Math.PI * (dayOfMonth(day) - 0.5)) / 31);
}

/** The last days of December, when usage and deploys sag. */
export function isHolidayWeek(day: string): boolean {
  return monthOf(day) === 12 && dayOfMonth(day) >= 21;
}

function activationLevel(weeksBack: number): number {
  if (weeksBack >= ACTIVATION_DECLINE_WEEKS) return ACTIVATION_PLATEAU;
  const share = (ACTIVATION_DECLINE_WEEKS - weeksBack) / ACTIVATION_DECLINE_WEEKS;
  return ACTIVATION_PLATEAU - (ACTIVATION_PLATEAU - ACTIVATION_FLOOR) * share;
}

/** Activation over more weeks than are kept, so NRR can look back past the first kept week. */
export function activationSeries(asOf: string, random: Random): Map<string, number> {
  const dates = weeklyDates(asOf, WEEKLY_POINTS + NRR_ACTIVATION_LAG_WEEKS + 6);
  const weeksBack = (day: string) => daysBetween(day, asOf) / 7;
  return new Map(
    points(dates, (d) => activationLevel(weeksBack(d)) + 0.7 * random.normal(), 1).map((p) => [
      p.at,
      p.value,
    ]),
  );
}

/** Hours to a first reply, by weeks before asOf: tickets surged after the pricing change; the queue has been shrinking since. */
function responseLevel(weeksBack: number): number {
  if (weeksBack > 30) return 3.2;
  if (weeksBack > 14) return 3.2 + (2 * (30 - weeksBack)) / 16;
  return 5.2 - (14 - weeksBack) / 14;
}

/** Support first response time over more weeks than are kept, so CSAT can look back past the first kept week. */
export function responseSeries(asOf: string, random: Random): MeasurementPoint[] {
  return points(
    weeklyDates(asOf, WEEKLY_POINTS + CSAT_RESPONSE_LAG_WEEKS),
    (d) => responseLevel(daysBetween(d, asOf) / 7) + 0.15 * random.normal(),
    1,
  );
}

/** CSAT: loses points for every hour customers waited for a first reply a few weeks earlier. */
export function csatSeries(
  asOf: string,
  random: Random,
  response: readonly MeasurementPoint[],
): MeasurementPoint[] {
  const waited = new Map(response.map((p) => [p.at, p.value]));
  return points(
    weeklyDates(asOf, WEEKLY_POINTS),
    (d) => {
      const hours = waited.get(addDays(d, -7 * CSAT_RESPONSE_LAG_WEEKS)) ?? responseLevel(104);
      return 91.6 - CSAT_POINTS_PER_HOUR * (hours - responseLevel(104)) + 0.2 * random.normal();
    },
    1,
  );
}

/** Logo churn: stable, a two-month spike after the pricing change (annotated), then recovery. */
export function churnSeries(asOf: string, random: Random): MeasurementPoint[] {
  const afterSpike = [2.3, 1.9, 1.75, 1.6, 1.5, 1.45];
  const rows = points(
    monthlyDates(asOf, MONTHLY_POINTS),
    (d) => {
      const back = monthsBetween(d, asOf);
      if (back === CHURN_SPIKE_MONTHS_BACK[0]) return 2.95 + 0.08 * random.normal();
      if (back === CHURN_SPIKE_MONTHS_BACK[1]) return 3.1 + 0.08 * random.normal();
      const recovery = afterSpike[CHURN_SPIKE_MONTHS_BACK[1] - back - 1];
      if (back < CHURN_SPIKE_MONTHS_BACK[1] && recovery !== undefined)
        return recovery + 0.05 * random.normal();
      return 1.25 + 0.06 * random.normal();
    },
    2,
  );
  return rows.map((row) => {
    const back = monthsBetween(row.at, asOf);
    if (back === CHURN_SPIKE_MONTHS_BACK[0])
      return { ...row, note: "Pricing change rolled out; two large accounts left", by: "olivia" };
    if (back === CHURN_SPIKE_MONTHS_BACK[1])
      return {
        ...row,
        note: "Renewals under the new pricing: 9 small accounts left, mostly on annual plans",
        by: "olivia",
      };
    if (back === CHURN_SPIKE_MONTHS_BACK[1] - 2)
      return {
        ...row,
        note: "Old pricing grandfathered for renewals until next year; churn easing",
        by: "olivia",
      };
    return row;
  });
}

/** NRR: follows week-2 activation 8 weeks later, and carries the spike's lost revenue for a year. */
export function nrrSeries(
  asOf: string,
  random: Random,
  activation: Map<string, number>,
): MeasurementPoint[] {
  return points(
    monthlyDates(asOf, MONTHLY_POINTS),
    (d) => {
      const leadDay = mondayOnOrBefore(addDays(d, -7 * NRR_ACTIVATION_LAG_WEEKS));
      const lead = activation.get(leadDay) ?? ACTIVATION_PLATEAU;
      const back = monthsBetween(d, asOf);
      // NRR is trailing twelve months: the revenue lost in the spike stays in it for a year.
      const churnHit =
        back <= CHURN_SPIKE_MONTHS_BACK[1] ? 2 : back === CHURN_SPIKE_MONTHS_BACK[0] ? 1 : 0;
      return 108.5 + (lead - ACTIVATION_PLATEAU) - churnHit + 0.4 * random.normal();
    },
    1,
  );
}

/** Pipeline coverage: steady with a dip each August and December, and a push in the last weeks. */
export function pipelineSeries(asOf: string, random: Random): MeasurementPoint[] {
  return points(
    weeklyDates(asOf, WEEKLY_POINTS),
    (d) => {
      const dip = (PIPELINE_DIP_MONTHS as readonly number[]).includes(monthOf(d));
      // Sales ops' pipeline push since the quarter began (the KR in the live quarter).
      const push = 0.05 * Math.max(0, 8 - daysBetween(d, asOf) / 7);
      return 3.35 + push - (dip ? 0.85 * midMonthBump(d) : 0) + 0.1 * random.normal();
    },
    2,
  );
}

/** ARR: a noisy climb that stalls during the churn spike. */
export function arrSeries(asOf: string, random: Random): MeasurementPoint[] {
  let arr = 10.6;
  return points(
    monthlyDates(asOf, MONTHLY_POINTS),
    (d) => {
      const back = monthsBetween(d, asOf);
      const spike = (CHURN_SPIKE_MONTHS_BACK as readonly number[]).includes(back);
      arr += spike ? -0.06 + 0.02 * random.normal() : 0.19 + 0.04 * random.normal();
      return arr;
    },
    2,
  );
}
