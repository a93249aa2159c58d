import { Z_95 } from "../thresholds/kpi.js";

export interface TheilSen {
  /** Median of the pairwise slopes, in value units per x unit. */
  slope: number;
  /** 95% confidence interval of the slope (Sen 1968, from Kendall's τ variance). */
  lower: number;
  upper: number;
  intercept: number;
  count: number;
}

/**
 * Theil–Sen slope of y over x: robust to a third of the points being outliers. The
 * interval ranks the pairwise slopes by Kendall's τ variance n(n−1)(2n+5)/18 (no-ties form).
 * @example estimateTheilSen([0, 1, 2], [1, 3, 5]).slope // 2
 */
export function estimateTheilSen(xs: readonly number[], ys: readonly number[]): TheilSen {
  const n = Math.min(xs.length, ys.length);
  const slopes: number[] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const dx = (xs[j] as number) - (xs[i] as number);
      if (dx !== 0) slopes.push(((ys[j] as number) - (ys[i] as number)) / dx);
    }
  if (slopes.length === 0) return { slope: 0, lower: 0, upper: 0, intercept: ys[0] ?? 0, count: n };
  slopes.sort((a, b) => a - b);
  const slope = median(slopes);
  const spread = Z_95 * Math.sqrt((n * (n - 1) * (2 * n + 5)) / 18);
  const total = slopes.length;
  // Sen's ranks M1 = (N − C)/2 and M2 + 1 = (N + C)/2 + 1, one-based.
  const lowRank = Math.max(0, Math.round((total - spread) / 2) - 1);
  const highRank = Math.min(total - 1, Math.round((total + spread) / 2));
  const intercept = median(
    Array.from({ length: n }, (_, i) => (ys[i] as number) - slope * (xs[i] as number)).sort(
      (a, b) => a - b,
    ),
  );
  return {
    slope,
    lower: slopes[lowRank] as number,
    upper: slopes[highRank] as number,
    intercept,
    count: n,
  };
}

function median(sorted: readonly number[]): number {
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
