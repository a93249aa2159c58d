import { and, eq, inArray } from "drizzle-orm";
import type { OkapiDocument } from "../../core/model/index.js";
import { privateWithoutTeam } from "../../core/model/private-needs-team.js";
import type { PathSegments } from "../../core/okapi-file/file-error.js";
import type { Executor } from "../database.js";
import * as t from "../schema.js";
import { StoreError } from "../store-error.js";

export interface ApplyRefusal {
  path: PathSegments;
  message: string;
  fix: string;
}

/** An apply the store refuses as a whole because of what the store holds beyond the file. */
export class ApplyRefused extends StoreError {
  constructor(readonly refusals: ApplyRefusal[]) {
    super("check", refusals.map((r) => r.message).join("; "), undefined, { cause: undefined });
  }
}

/**
 * The file has no field for the team-private flag, which the store keeps across applies; a
 * file that takes a private KPI's team away would leave a private KPI no team can see.
 */
export async function privateKpisLosingTheirTeam(
  tx: Executor,
  document: OkapiDocument,
): Promise<ApplyRefusal[]> {
  const teamless = (document.kpis ?? []).flatMap((kpi, index) =>
    kpi.team ? [] : [{ kpi, index }],
  );
  if (teamless.length === 0) return [];
  const rows = await tx
    .select({ id: t.kpis.id })
    .from(t.kpis)
    .where(
      and(
        eq(t.kpis.private, true),
        inArray(
          t.kpis.id,
          teamless.map(({ kpi }) => kpi.id),
        ),
      ),
    );
  const stillPrivate = new Set(rows.map((row) => row.id));
  return teamless.flatMap(({ kpi, index }) => {
    const broken = stillPrivate.has(kpi.id) && privateWithoutTeam({ private: true }, "KPI");
    if (!broken) return [];
    return [
      {
        path: ["kpis", index],
        message: `KPI "${kpi.id}" is team-private in the store and this file gives it no team (${broken.detail.split(":")[0]})`,
        fix: `give "${kpi.id}" its team in the file, or make it public first (PATCH /api/v1/kpis/${kpi.id} with private: false)`,
      },
    ];
  });
}
