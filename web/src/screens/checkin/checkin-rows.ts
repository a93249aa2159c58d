import type { KeyResultStatus, Objective, OkrStatus } from "../../api/types";
import { isLive } from "../../lib/live";

export interface CheckinRow {
  id: string;
  title: string;
  objective: string;
  unit?: string | undefined;
  from?: number | undefined;
  target?: number | undefined;
  status?: KeyResultStatus | undefined;
}

const owners = (owner: string | string[] | undefined) =>
  owner === undefined ? [] : [owner].flat();

/** The key results a person checks in on: theirs, or their objective's when the KR has no owner. */
export function checkinRows(
  objectives: Objective[],
  okr: OkrStatus,
  person: string | undefined,
): CheckinRow[] {
  const status = new Map(okr.objectives.flatMap((o) => o.keyResults.map((kr) => [kr.id, kr])));
  // Only objectives of a cycle that is running today: closed ones take no more check-ins.
  const tracked = new Set(okr.objectives.filter((o) => isLive(o, okr.asOf)).map((o) => o.id));
  return objectives
    .filter((o) => tracked.has(o.id))
    .flatMap((o) =>
      (o.keyResults ?? [])
        .filter((kr) => {
          if (!person) return true;
          const own = owners(kr.owner);
          return own.length ? own.includes(person) : owners(o.owner).includes(person);
        })
        .map((kr) => ({
          id: kr.id,
          title: kr.title,
          objective: o.title,
          unit: kr.unit,
          from: kr.from,
          target: kr.to,
          status: status.get(kr.id),
        })),
    );
}
