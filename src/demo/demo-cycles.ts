import type { CycleDefinition } from "../core/model/index.js";
import { addDays, mondayOnOrBefore, nextQuarter, previousQuarter, quarterOf } from "./calendar.js";
import { CYCLE_WEEKS, LIVE_WEEKS_ELAPSED } from "./demo-stories.js";

export interface DemoCycles {
  previous: CycleDefinition;
  live: CycleDefinition;
  next: CycleDefinition;
}

/** `2026-Q4` → `{ id: "q4-2026", name: "Q4 2026" }`. */
function labelled(quarter: string, start: string): CycleDefinition {
  const [year, q] = quarter.split("-");
  return {
    id: `${q?.toLowerCase()}-${year}`,
    name: `${q} ${year}`,
    start,
    end: addDays(start, 7 * CYCLE_WEEKS - 1),
  };
}

/**
 * Acme plans in 13-week quarters that start on a Monday, and the live one is always in its
 * ninth week on `asOf`: the stories a quarter tells (paces, a stale owner, falling confidence,
 * a fired tripwire before the checkpoint) need weeks of check-ins, which a calendar quarter
 * does not have in its first days. Each quarter is named after the calendar quarter holding
 * its middle, and neighbours get neighbouring names.
 * @example demoCycles("2026-12-04").live // { id: "q4-2026", name: "Q4 2026", start: "2026-10-05", end: "2027-01-03" }
 */
export function demoCycles(asOf: string): DemoCycles {
  const liveStart = addDays(mondayOnOrBefore(asOf), -7 * LIVE_WEEKS_ELAPSED);
  const middle = addDays(liveStart, Math.floor((7 * CYCLE_WEEKS) / 2));
  const quarter = quarterOf(middle);
  return {
    previous: labelled(previousQuarter(quarter), addDays(liveStart, -7 * CYCLE_WEEKS)),
    live: labelled(quarter, liveStart),
    next: labelled(nextQuarter(quarter), addDays(liveStart, 7 * CYCLE_WEEKS)),
  };
}
