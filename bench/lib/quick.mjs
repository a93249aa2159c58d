// Quick mode (`npm run bench -- --quick`, or BENCH_QUICK=1): every benchmark at a size that
// only proves it still runs, so a test can smoke-run the whole suite in well under a minute.
// Quick figures measure nothing; they are never written to bench/results/latest.json.

export const QUICK = process.env.BENCH_QUICK === "1";

/** The full-run size, or the quick one; an explicit environment variable wins over both. */
export function size(variable, full, quick) {
  const fromEnv = process.env[variable];
  if (fromEnv !== undefined && fromEnv !== "") return Number(fromEnv);
  return QUICK ? quick : full;
}
