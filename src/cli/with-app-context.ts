import type { AppContext } from "../app/app-context.js";
import { deliverDueWebhooks } from "../app/webhooks/deliver-webhooks.js";
import type { Store } from "../store/open-store.js";
import { cliClock } from "./today.js";
import { withStore } from "./with-store.js";

const DEFAULT_TIMEOUT_MS = 5000;

/**
 * Sends the webhook deliveries a command queued, one attempt each within a time bound. A
 * failure never fails the command (its change is already written): the delivery stays queued
 * for `okapi serve` to retry, and stderr says so.
 */
async function flushWebhooks(store: Store): Promise<void> {
  const round = await deliverDueWebhooks(store.db, {
    attempts: 4,
    backoffMs: Number(process.env.OKAPI_WEBHOOK_BACKOFF_MS) || 1000,
    timeoutMs: Number(process.env.OKAPI_WEBHOOK_TIMEOUT_MS) || DEFAULT_TIMEOUT_MS,
    batch: 100,
    maxClaims: 1,
  });
  const gaveUp = new Set(round.gaveUp);
  for (const failure of round.failures) {
    const fate = gaveUp.has(failure)
      ? "it was given up after its last attempt"
      : "it stays queued and `okapi serve` retries it";
    process.stderr.write(
      `okapi: webhook ${failure.event} to ${failure.url} failed (${failure.error}); ${fate}\n`,
    );
  }
}

/**
 * Opens the store for one command and runs `work` with the use-cases' context; the events the
 * work caused are sent to webhooks before the store closes.
 */
export async function withAppContext<T>(work: (context: AppContext) => Promise<T>): Promise<T> {
  return withStore(async (store) => {
    let announced = false;
    const context: AppContext = {
      store,
      clock: cliClock(),
      eventsCommitted: () => {
        announced = true;
      },
    };
    const result = await work(context);
    if (announced) await flushWebhooks(store);
    return result;
  });
}
