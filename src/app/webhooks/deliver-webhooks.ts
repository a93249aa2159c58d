import type { Database } from "../../store/database.js";
import {
  claimDueDeliveries,
  type DueDelivery,
  markAttemptFailed,
  markDelivered,
} from "../../store/repositories/webhook-outbox.js";
import { signWebhook } from "./sign-webhook.js";

export interface DeliveryOptions {
  /** Delivery attempts per webhook and event, the first included; then it is given up. */
  attempts: number;
  /** Wait before the first retry; doubled after each failure. */
  backoffMs: number;
  timeoutMs: number;
  /** Deliveries claimed at a time. */
  batch?: number;
  /** Claims made before the round ends even if more are due (a short command claims once). */
  maxClaims?: number;
}

export interface DeliveryRound {
  delivered: number;
  /** Failed attempts that will be retried, with the soonest retry. */
  retrying: { count: number; soonestMs?: number };
  /** Deliveries given up after their last attempt, for the caller to report. */
  gaveUp: { url: string; event: string; error: string }[];
  /** Failed attempts, for the caller to report. */
  failures: { url: string; event: string; error: string }[];
}

/** The body a receiver gets: the same bytes on every attempt, so its id deduplicates. */
function bodyOf(delivery: DueDelivery): string {
  const { eventId: id, event, occurredAt: at, data } = delivery;
  return JSON.stringify({ id, event, at, data });
}

/** One attempt at one delivery: undefined when the receiver accepted it, else what went wrong. */
async function attempt(delivery: DueDelivery, timeoutMs: number): Promise<string | undefined> {
  const body = bodyOf(delivery);
  const timestamp = String(Math.floor(Date.now() / 1000));
  try {
    const response = await fetch(delivery.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-okapi-event": delivery.event,
        "x-okapi-delivery": delivery.id,
        "x-okapi-timestamp": timestamp,
        "x-okapi-signature": signWebhook(delivery.secret, timestamp, body),
      },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    return response.ok ? undefined : `answered ${response.status}`;
  } catch (error) {
    return `unreachable: ${(error as Error).message}`;
  }
}

/**
 * Claims every delivery that is due (in batches, until none is left) and attempts each once:
 * a success is marked delivered, a failure is scheduled again with exponential backoff until
 * its attempts run out.
 */
export async function deliverDueWebhooks(
  db: Database,
  options: DeliveryOptions,
): Promise<DeliveryRound> {
  const round: DeliveryRound = { delivered: 0, retrying: { count: 0 }, gaveUp: [], failures: [] };
  const leaseMs = options.timeoutMs * 2;
  for (let claims = 0; claims < (options.maxClaims ?? Infinity); claims++) {
    const due = await claimDueDeliveries(db, options.batch ?? 50, leaseMs);
    if (due.length === 0) return round;
    await Promise.all(
      due.map(async (delivery) => {
        const error = await attempt(delivery, options.timeoutMs);
        if (error === undefined) {
          await markDelivered(db, delivery.id);
          round.delivered += 1;
          return;
        }
        const failure = { url: delivery.url, event: delivery.event, error };
        round.failures.push(failure);
        if (delivery.attempts >= options.attempts) {
          await markAttemptFailed(db, delivery.id, error, undefined);
          round.gaveUp.push(failure);
          return;
        }
        const retryInMs = options.backoffMs * 2 ** (delivery.attempts - 1);
        await markAttemptFailed(db, delivery.id, error, retryInMs);
        round.retrying.count += 1;
        round.retrying.soonestMs = Math.min(round.retrying.soonestMs ?? retryInMs, retryInMs);
      }),
    );
  }
  return round;
}
