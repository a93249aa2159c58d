import { type SQL, sql } from "drizzle-orm";
import type { OccurredEvent } from "../../core/events/domain-events.js";
import { EVENT_ALIASES } from "../../core/events/domain-events.js";
import type { Database, Executor } from "../database.js";

/**
 * The statement that queues one event for every active webhook subscribed to it (or to its old
 * alias, whose name it then keeps), meant to run inside the transaction of the change.
 */
export function enqueueEventStatement({ id, occurredAt, event }: OccurredEvent): SQL {
  const alias = EVENT_ALIASES[event.name];
  return sql`
    INSERT INTO webhook_deliveries (event_id, webhook_id, event, occurred_at, data)
    SELECT ${id}, w.id, CASE WHEN ${event.name} = ANY(w.events) THEN ${event.name} ELSE ${alias} END,
      ${occurredAt}, ${JSON.stringify(event.data)}::jsonb
    FROM webhooks w
    WHERE w.active AND w.events && ARRAY[${event.name}, ${alias}]::text[]`;
}

/** Queues events in the caller's transaction: they are delivered only if it commits. */
export async function enqueueEvents(tx: Executor, events: readonly OccurredEvent[]): Promise<void> {
  for (const event of events) await tx.execute(enqueueEventStatement(event));
}

export interface DueDelivery {
  id: string;
  eventId: string;
  event: string;
  occurredAt: string;
  data: unknown;
  /** Attempts made so far, the one just claimed included. */
  attempts: number;
  url: string;
  secret: string;
}

/**
 * Claims up to `limit` deliveries that are due and not leased by another process, leasing them
 * for `leaseMs`: a server and a CLI flushing at the same time never both send one.
 */
export async function claimDueDeliveries(
  db: Database,
  limit: number,
  leaseMs: number,
): Promise<DueDelivery[]> {
  const result = (await db.execute(sql`
    UPDATE webhook_deliveries d
    SET lease_until = now() + ${leaseMs} * interval '1 millisecond', attempts = d.attempts + 1
    FROM webhooks w
    WHERE w.id = d.webhook_id AND d.id IN (
      SELECT id FROM webhook_deliveries
      WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
        AND (lease_until IS NULL OR lease_until < now())
      ORDER BY created_at, id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING d.id, d.event_id AS "eventId", d.event, d.occurred_at AS "occurredAt", d.data,
      d.attempts, w.url, w.secret`)) as unknown as { rows: DueDelivery[] };
  return result.rows;
}

/** Marks a delivery sent. */
export async function markDelivered(db: Database, id: string): Promise<void> {
  await db.execute(sql`
    UPDATE webhook_deliveries SET delivered_at = now(), lease_until = NULL, last_error = NULL
    WHERE id = ${id}`);
}

/** Records a failed attempt: retried after `retryInMs`, or given up for good when undefined. */
export async function markAttemptFailed(
  db: Database,
  id: string,
  error: string,
  retryInMs: number | undefined,
): Promise<void> {
  await db.execute(
    retryInMs === undefined
      ? sql`UPDATE webhook_deliveries SET failed_at = now(), lease_until = NULL, last_error = ${error}
          WHERE id = ${id}`
      : sql`UPDATE webhook_deliveries
          SET next_attempt_at = now() + ${retryInMs} * interval '1 millisecond', lease_until = NULL,
            last_error = ${error}
          WHERE id = ${id}`,
  );
}
