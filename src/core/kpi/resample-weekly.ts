import { dayNumber, weekIndex } from "./kpi-dates.js";
import type { SeriesPoint } from "./kpi-types.js";

export interface WeeklySeries {
  /** Monday-based week index of the first value. */
  firstWeek: number;
  values: number[];
}

/**
 * Puts a series on a weekly grid: the mean of the values in each week, and a straight
 * line between measured weeks, so daily, weekly and monthly series can be compared.
 */
export function resampleWeekly(points: readonly SeriesPoint[]): WeeklySeries {
  const sums = new Map<number, { sum: number; count: number }>();
  for (const point of points) {
    const week = weekIndex(dayNumber(point.at));
    const bucket = sums.get(week) ?? { sum: 0, count: 0 };
    bucket.sum += point.value;
    bucket.count++;
    sums.set(week, bucket);
  }
  const weeks = [...sums.keys()].sort((a, b) => a - b);
  const firstWeek = weeks[0];
  if (firstWeek === undefined) return { firstWeek: 0, values: [] };
  const values: number[] = [];
  for (let k = 0; k < weeks.length; k++) {
    const week = weeks[k] as number;
    const bucket = sums.get(week) as { sum: number; count: number };
    const mean = bucket.sum / bucket.count;
    const previousWeek = weeks[k - 1];
    if (previousWeek !== undefined) {
      const previous = values.at(-1) as number;
      for (let gap = previousWeek + 1; gap < week; gap++)
        values.push(previous + ((mean - previous) * (gap - previousWeek)) / (week - previousWeek));
    }
    values.push(mean);
  }
  return { firstWeek, values };
}
