import { eq } from "drizzle-orm";
import type { Database } from "../database.js";
import * as t from "../schema.js";

/** The KPI a key result follows, if it is linked to one. */
export async function keyResultKpi(db: Database, keyResultId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ kpi: t.keyResults.kpiId })
    .from(t.keyResults)
    .where(eq(t.keyResults.id, keyResultId));
  return row?.kpi ?? undefined;
}
