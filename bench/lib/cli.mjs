// Whole-process timing of the okapi CLI, and its floor: `okapi --version` is what every
// command pays before doing anything (node start-up, commander), so it is the ceiling that
// CLI figures are compared with in the same run (ratio = floor / figure; 1 would mean free).
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const CLI = fileURLToPath(new URL("../../bin/okapi.js", import.meta.url));

/** The median of `runs` timings of `work`, in milliseconds. */
export function medianMs(runs, work) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]);
}

/** Median whole-process time of `okapi ARGS…` (output discarded; a non-zero exit throws). */
export function timeCli(runs, args, env = process.env) {
  return medianMs(runs, () =>
    execFileSync(process.execPath, [CLI, ...args], {
      stdio: "pipe",
      env,
      maxBuffer: 1024 * 1024 * 1024,
    }),
  );
}

/** Median of `okapi --version`: the start-up floor of any command. */
export function cliFloorMs(runs) {
  return timeCli(runs, ["--version"]);
}

/** floor / figure, two decimals: the share of a CLI run that is unavoidable start-up. */
export function floorRatio(floor, figure) {
  return Number((floor / figure).toFixed(2));
}
