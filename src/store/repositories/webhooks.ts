import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import type { Database, Executor } from "../database.js";
import * as t from "../schema.js";
import { writeAudit } from "./audit.js";

/** A webhook as listed: never its secret, which is shown once at creation. */
export interface Webhook {
  id: string;
  url: string;
  events: string[];
  active: boolean;
  createdAt: string;
}

type WebhookRow = typeof t.webhooks.$inferSelect;

function toWebhook(row: WebhookRow): Webhook {
  return {
    id: row.id,
    url: row.url,
    events: row.events,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Registers a webhook with its audit event (the secret stays out of the audit trail). */
export async function createWebhook(
  db: Database,
  input: { url: string; events: string[]; secret: string },
  actor: string,
): Promise<Webhook> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(t.webhooks)
      .values({ id: randomUUID(), ...input })
      .returning();
    const webhook = toWebhook(row as WebhookRow);
    await writeAudit(tx, {
      actor,
      entity: "webhook",
      entityId: webhook.id,
      action: "create",
      before: null,
      after: webhook,
    });
    return webhook;
  });
}

/** All webhooks, oldest first. */
export async function listWebhooks(db: Executor): Promise<Webhook[]> {
  const rows = await db.select().from(t.webhooks).orderBy(asc(t.webhooks.createdAt));
  return rows.map(toWebhook);
}

/** Removes a webhook; false when there is none with this id. */
export async function deleteWebhook(db: Database, id: string, actor: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(t.webhooks).where(eq(t.webhooks.id, id)).returning();
    if (!row) return false;
    await writeAudit(tx, {
      actor,
      entity: "webhook",
      entityId: id,
      action: "delete",
      before: toWebhook(row),
      after: null,
    });
    return true;
  });
}
