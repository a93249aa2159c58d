import { LEAD_SIGNIFICANCE_Z, MAX_LAG_WEEKS, MIN_LEADLAG_WEEKS } from "../thresholds/kpi.js";
import type { SeriesPoint } from "./kpi-types.js";
import { resampleWeekly } from "./resample-weekly.js";

export interface LeadLag {
  bestLagWeeks: number;
  /** Correlation of the weekly changes at the best lag (sign kept: negative drivers exist). */
  correlation: number;
  /** True when the best lag is at least a week and its correlation is significant. */
  leads: boolean;
  /** |r| needed for significance at the best lag, given the overlap and autocorrelation. */
  threshold: number;
  /** Overlapping weekly changes at lag 0. */
  weeks: number;
  lags: { lagWeeks: number; correlation: number }[];
  reason: "leads" | "coincident" | "not-significant" | "too-short";
}

function pearson(
  a: readonly number[],
  b: readonly number[],
  from: number,
  to: number,
  lag: number,
) {
  let sa = 0;
  let sb = 0;
  const n = to - from;
  for (let t = from; t < to; t++) {
    sa += a[t] as number;
    sb += b[t + lag] as number;
  }
  const ma = sa / n;
  const mb = sb / n;
  let cov = 0;
  let va = 0;
  let vb = 0;
  for (let t = from; t < to; t++) {
    const da = (a[t] as number) - ma;
    const db = (b[t + lag] as number) - mb;
    cov += da * db;
    va += da * da;
    vb += db * db;
  }
  return va === 0 || vb === 0 ? 0 : cov / Math.sqrt(va * vb);
}

/** Autocorrelation of a series at lags 1…maxLag. */
function autocorrelations(values: readonly number[], maxLag: number): number[] {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  let variance = 0;
  for (const v of values) variance += (v - mean) ** 2;
  const result: number[] = [];
  for (let lag = 1; lag <= maxLag; lag++) {
    let sum = 0;
    for (let t = 0; t + lag < n; t++)
      sum += ((values[t] as number) - mean) * ((values[t + lag] as number) - mean);
    result.push(variance === 0 ? 0 : sum / variance);
  }
  return result;
}

/**
 * Bartlett's variance inflation for a cross-correlation, 1 + 2·Σ ρa(k)ρb(k): weekly
 * changes of an interpolated monthly series are far from independent, and ignoring that
 * would let two unrelated monthly series look related. Never below 1 (conservative).
 */
function varianceInflation(a: readonly number[], b: readonly number[], maxLag: number): number {
  const ra = autocorrelations(a, maxLag);
  const rb = autocorrelations(b, maxLag);
  let sum = 0;
  for (let k = 0; k < maxLag; k++) sum += (ra[k] as number) * (rb[k] as number);
  return Math.max(1, 1 + 2 * sum);
}

function differences(values: readonly number[]): number[] {
  return values.slice(1).map((value, i) => value - (values[i] as number));
}

/**
 * Does `leading` lead `lagging`? Both go on a weekly grid and are differenced first (two
 * unrelated random walks correlate in level, not in change); then the changes are
 * cross-correlated for lags 0–16 weeks and the strongest |r| is tested against z·√(v/n),
 * with v Bartlett's inflation for autocorrelated changes.
 */
export function measureLeadLag(
  leading: readonly SeriesPoint[],
  lagging: readonly SeriesPoint[],
  maxLag = MAX_LAG_WEEKS,
): LeadLag {
  const a = resampleWeekly(leading);
  const b = resampleWeekly(lagging);
  const first = Math.max(a.firstWeek, b.firstWeek);
  const last = Math.min(a.firstWeek + a.values.length, b.firstWeek + b.values.length);
  const da = differences(a.values.slice(first - a.firstWeek, Math.max(0, last - a.firstWeek)));
  const db = differences(b.values.slice(first - b.firstWeek, Math.max(0, last - b.firstWeek)));
  const weeks = Math.min(da.length, db.length);
  const empty = { bestLagWeeks: 0, correlation: 0, leads: false, threshold: 1, weeks, lags: [] };
  if (weeks - maxLag < MIN_LEADLAG_WEEKS) return { ...empty, reason: "too-short" };
  const lags = [];
  let best = { lagWeeks: 0, correlation: 0 };
  for (let lag = 0; lag <= maxLag; lag++) {
    const correlation = pearson(da, db, 0, weeks - lag, lag);
    lags.push({ lagWeeks: lag, correlation });
    if (Math.abs(correlation) > Math.abs(best.correlation)) best = { lagWeeks: lag, correlation };
  }
  const inflation = varianceInflation(da.slice(0, weeks), db.slice(0, weeks), maxLag);
  const threshold = LEAD_SIGNIFICANCE_Z * Math.sqrt(inflation / (weeks - best.lagWeeks));
  const significant = Math.abs(best.correlation) > threshold;
  const leads = significant && best.lagWeeks > 0;
  const reason = leads ? "leads" : significant ? "coincident" : "not-significant";
  return {
    bestLagWeeks: best.lagWeeks,
    correlation: best.correlation,
    leads,
    threshold,
    weeks,
    lags,
    reason,
  };
}
