import type { Logger } from "pino";
import type { Database } from "../../store/database.js";
import {
  type DeliveryOptions,
  type DeliveryRound,
  deliverDueWebhooks,
} from "./deliver-webhooks.js";

export interface DeliveryLoopOptions extends DeliveryOptions {
  /** How often the outbox is read when nobody announces events (other processes write too). */
  pollMs: number;
}

/**
 * Sends the outbox's deliveries for a long-running process (`okapi serve`): at once when a
 * use-case announces events, on retry when one is due, and every `pollMs` for events other
 * processes queued. Any number of processes may run one over the same database.
 */
export class WebhookDeliveryLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private wakeAgain = false;
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
    private readonly options: DeliveryLoopOptions,
  ) {}

  start(): void {
    this.schedule(0);
  }

  /** Delivers what was just queued without waiting for the next poll. */
  wake(): void {
    if (this.running) this.wakeAgain = true;
    else this.schedule(0);
  }

  /** Stops polling and lets a round in progress finish; what is left waits in the outbox. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.round().then((nextMs) => {
        this.running = undefined;
        this.schedule(this.wakeAgain ? 0 : nextMs);
      });
    }, ms);
    this.timer.unref();
  }

  /** One round; resolves to the wait before the next. */
  private async round(): Promise<number> {
    this.wakeAgain = false;
    let next = this.options.pollMs;
    try {
      const round = await deliverDueWebhooks(this.db, this.options);
      this.report(round);
      if (round.retrying.soonestMs !== undefined) next = Math.min(next, round.retrying.soonestMs);
    } catch (error) {
      this.logger.error({ err: error }, "webhook delivery round failed");
    }
    return next;
  }

  private report(round: DeliveryRound): void {
    for (const failure of round.failures)
      this.logger.warn(failure, "webhook delivery failed; it will be retried unless given up");
    for (const given of round.gaveUp)
      this.logger.error(given, "webhook delivery given up after all attempts");
  }
}
