import { parseCycle } from "../model/cycle.js";
import type { OkapiDocument } from "../model/okapi-file.js";
import { addDays } from "../okr/measure-days.js";
import { quarterKey } from "./period-key.js";

/** The quarter before the one holding `day`. @example previousQuarterOf("2026-11-23") // "2026-Q3" */
export function previousQuarterOf(day: string): string {
  const current = parseCycle(quarterKey(day));
  if (!current) throw new Error(`internal: no quarter for ${day}`);
  return quarterKey(addDays(current.start, -1));
}

/**
 * The cycle a quarterly review looks back on when none is named: of the workspace's declared
 * cycles and the cycles its objectives run in, the one that ended last before `asOf`; the
 * previous calendar quarter when none has ended. A company on 13-week or fiscal quarters gets
 * its own quarter, not a calendar one with nothing in it.
 * @example chooseReviewCycle({ version: 1, organization: "Acme" }, "2026-11-23") // "2026-Q3"
 */
export function chooseReviewCycle(document: OkapiDocument, asOf: string): string {
  const declared = document.cycles ?? [];
  const refs = new Set([
    ...declared.map((cycle) => cycle.id),
    ...(document.objectives ?? []).flatMap((o) => (o.cycle ? [o.cycle] : [])),
  ]);
  let latest: { id: string; end: string } | undefined;
  for (const ref of refs) {
    const cycle = parseCycle(ref, declared);
    if (!cycle || cycle.end >= asOf) continue;
    if (!latest || cycle.end > latest.end) latest = cycle;
  }
  return latest?.id ?? previousQuarterOf(asOf);
}
