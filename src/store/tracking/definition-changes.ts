import { eq } from "drizzle-orm";
import type { Database } from "../database.js";
import * as t from "../schema.js";

/** Every recorded change to a KPI definition (who, when, what), oldest first. */
export async function kpiDefinitionChanges(db: Database): Promise<
  {
    at: string;
    entity: "kpi";
    entityId: string;
    action: "create" | "update" | "delete";
    actor: string;
    reason: string | null;
  }[]
> {
  const rows = await db
    .select()
    .from(t.auditEvents)
    .where(eq(t.auditEvents.entity, "kpi"))
    .orderBy(t.auditEvents.id);
  return rows.map((row) => ({
    at: row.at.toISOString(),
    entity: "kpi" as const,
    entityId: row.entityId,
    action: row.action as "create" | "update" | "delete",
    actor: row.actor,
    reason: row.reason,
  }));
}
