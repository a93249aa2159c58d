import { z } from "zod";

/** How a list of durations or amounts becomes one number. */
export const Statistic = z.enum(["median", "mean", "p90", "sum", "min", "max", "count"]);
export type Statistic = z.infer<typeof Statistic>;

/** Nearest-rank percentile (the definition NIST's Engineering Statistics Handbook gives first). */
function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1] as number;
}

/**
 * One number from many; undefined when there is nothing to summarise (except count and sum,
 * which are 0), so an empty window is never reported as a duration of 0.
 */
export function summarize(values: readonly number[], statistic: Statistic): number | undefined {
  if (statistic === "count") return values.length;
  if (statistic === "sum") return values.reduce((total, value) => total + value, 0);
  if (values.length === 0) return undefined;
  if (statistic === "mean")
    return values.reduce((total, value) => total + value, 0) / values.length;
  if (statistic === "min") return values.reduce((a, b) => (b < a ? b : a));
  if (statistic === "max") return values.reduce((a, b) => (b > a ? b : a));
  const sorted = [...values].sort((a, b) => a - b);
  if (statistic === "p90") return percentile(sorted, 0.9);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
