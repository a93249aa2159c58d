import { createHmac, randomUUID } from "node:crypto";
import type { Logger } from "pino";
import type { Store } from "../../store/open-store.js";
import { webhooksFor } from "../../store/repositories/webhooks.js";

/** The goal events a webhook can subscribe to. */
export const WEBHOOK_EVENTS = ["checkin.created", "kpi.red"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export interface DispatcherOptions {
  /** Delivery attempts per webhook and event, the first included. */
  attempts: number;
  /** Wait before the first retry; doubled after each failure. */
  backoffMs: number;
  timeoutMs: number;
}

/**
 * Signs `timestamp.body` with HMAC-SHA256, so a receiver can check both origin and freshness
 * (the scheme Stripe and GitHub popularised).
 */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** Delivers goal events to subscribed URLs in the background, retrying with backoff. */
export class WebhookDispatcher {
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
    private readonly options: DispatcherOptions,
  ) {}

  /** Queues an event for every subscribed webhook; never throws into the request. */
  emit(event: WebhookEvent, data: unknown): void {
    const work = this.deliverAll(event, data).catch((error: unknown) =>
      this.logger.error({ err: error, event }, "webhook dispatch failed"),
    );
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }

  /** Resolves when every queued delivery has finished (or given up). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private async deliverAll(event: WebhookEvent, data: unknown): Promise<void> {
    const hooks = await webhooksFor(this.store.db, event);
    const body = JSON.stringify({ id: randomUUID(), event, at: new Date().toISOString(), data });
    await Promise.all(hooks.map((hook) => this.deliver(hook, event, body)));
  }

  private async deliver(
    hook: { id: string; url: string; secret: string },
    event: string,
    body: string,
  ): Promise<void> {
    let wait = this.options.backoffMs;
    for (let attempt = 1; attempt <= this.options.attempts; attempt++) {
      const timestamp = String(Math.floor(Date.now() / 1000));
      try {
        const response = await fetch(hook.url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "x-okapi-event": event,
            "x-okapi-timestamp": timestamp,
            "x-okapi-signature": signWebhook(hook.secret, timestamp, body),
          },
          body,
          signal: AbortSignal.timeout(this.options.timeoutMs),
        });
        if (response.ok) return;
        this.logger.warn({ webhook: hook.id, status: response.status, attempt }, "webhook refused");
      } catch (error) {
        this.logger.warn({ webhook: hook.id, attempt, err: error }, "webhook unreachable");
      }
      if (attempt < this.options.attempts) await new Promise((r) => setTimeout(r, wait));
      wait *= 2;
    }
    this.logger.error({ webhook: hook.id, event }, "webhook gave up after all attempts");
  }
}
