import { pullSource } from "../../app/pull-source.js";
import { type Clock, localDay } from "../../clock/clock.js";
import { listSources, type SourceCadence } from "../../store/agent/sources.js";
import type { JobWork } from "../job-context.js";

// A weekly source is pulled once a week, a monthly one every four weeks (whole days, so a
// pull at 06:00 a week later is due even if the last one finished at 06:01).
const DUE_AFTER_DAYS: Record<SourceCadence, number> = { daily: 0, weekly: 6, monthly: 27 };

function isDue(cadence: SourceCadence, lastRunAt: string | undefined, now: Date): boolean {
  if (!lastRunAt) return true;
  return now.getTime() - Date.parse(lastRunAt) >= DUE_AFTER_DAYS[cadence] * 86_400_000;
}

/** Daily: pulls each due source; a failing one is marked "stale: source failing" and writes nothing. */
export const pullSources: JobWork = async ({ store, now, sourceDeps }) => {
  // The events a pull causes are stamped with the run's instant, like its values.
  const clock: Clock = { now: () => now, dayOf: localDay };
  const sources = (await listSources(store.db)).filter((s) => isDue(s.cadence, s.lastRunAt, now));
  const failed: { source: string; kind: string; message: string }[] = [];
  let pulled = 0;
  for (const source of sources) {
    const result = await pullSource({ store, clock }, source, { ...sourceDeps, now: () => now });
    if (result.ok) pulled += 1;
    else
      failed.push({
        source: source.id,
        kind: result.failure.kind,
        message: result.failure.message,
      });
  }
  return { due: sources.length, pulled, failed };
};
