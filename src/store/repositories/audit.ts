import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import type { Executor } from "../database.js";
import * as t from "../schema.js";
import { decodeCursor, type Page, type PageRequest, toPage } from "./page.js";

/** An audit event as the API shows it. */
export interface AuditRecord {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  action: "create" | "update" | "delete";
  before: unknown;
  after: unknown;
  reason?: string;
}

/** Writes one audit event; call it inside the transaction of the change it records. */
export async function writeAudit(
  tx: Executor,
  event: Omit<AuditRecord, "id" | "at" | "reason"> & { reason?: string | undefined },
): Promise<void> {
  await tx.insert(t.auditEvents).values({
    actor: event.actor,
    entity: event.entity,
    entityId: event.entityId,
    action: event.action,
    before: event.before ?? null,
    after: event.after ?? null,
    reason: event.reason ?? null,
  });
}

export interface AuditFilter {
  entity?: string | undefined;
  entityId?: string | undefined;
  actor?: string | undefined;
}

/** Audit events, newest first, filtered by entity and actor. */
export async function listAuditEvents(
  db: Executor,
  filter: AuditFilter,
  page: PageRequest,
): Promise<Page<AuditRecord>> {
  const where: SQL[] = [];
  if (filter.entity) where.push(eq(t.auditEvents.entity, filter.entity));
  if (filter.entityId) where.push(eq(t.auditEvents.entityId, filter.entityId));
  if (filter.actor) where.push(eq(t.auditEvents.actor, filter.actor));
  const after = decodeCursor(page.cursor);
  if (after && /^\d+$/.test(after)) where.push(lt(t.auditEvents.id, Number(after)));
  const rows = await db
    .select()
    .from(t.auditEvents)
    .where(and(...where))
    .orderBy(desc(t.auditEvents.id))
    .limit(page.limit + 1);
  return toPage(
    rows,
    page.limit,
    (row) => row.id,
    (row) => ({
      id: row.id,
      at: row.at.toISOString(),
      actor: row.actor,
      entity: row.entity,
      entityId: row.entityId,
      action: row.action as AuditRecord["action"],
      before: row.before,
      after: row.after,
      ...(row.reason ? { reason: row.reason } : {}),
    }),
  );
}
