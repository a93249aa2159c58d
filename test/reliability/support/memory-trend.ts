import { readFileSync } from "node:fs";

/** Resident set size of a process in MB, from /proc (Linux). */
export function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? Number.NaN);
  return kb / 1024;
}

/** Least-squares slope of (seconds, MB) samples, in MB per minute. */
export function slopeMbPerMinute(samples: readonly { seconds: number; mb: number }[]): number {
  const n = samples.length;
  const meanX = samples.reduce((s, p) => s + p.seconds, 0) / n;
  const meanY = samples.reduce((s, p) => s + p.mb, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const p of samples) {
    covariance += (p.seconds - meanX) * (p.mb - meanY);
    variance += (p.seconds - meanX) ** 2;
  }
  return variance === 0 ? 0 : (covariance / variance) * 60;
}

/**
 * The lowest sample of each window: RSS right after a garbage collection, which is what a
 * leak raises. Fitting a slope to these troughs keeps the collector's sawtooth out of it.
 */
export function troughs(
  samples: readonly { seconds: number; mb: number }[],
  windowSeconds: number,
): { seconds: number; mb: number }[] {
  const windows = new Map<number, { seconds: number; mb: number }>();
  for (const sample of samples) {
    const key = Math.floor(sample.seconds / windowSeconds);
    const lowest = windows.get(key);
    if (!lowest || sample.mb < lowest.mb) windows.set(key, sample);
  }
  return [...windows.values()];
}
