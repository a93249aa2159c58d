import type { Clock } from "../clock/clock.js";
import type { OccurredEvent } from "../core/events/domain-events.js";
import type { Store } from "../store/open-store.js";

/**
 * What every use-case runs with. Edges (API routes, CLI commands, scheduled jobs) build one and
 * pass it with the validated input; a use-case reads nothing else.
 */
export interface AppContext {
  store: Store;
  clock: Clock;
  /**
   * Told after a use-case has committed events to the outbox, so a running delivery loop
   * sends them at once instead of at its next poll.
   */
  eventsCommitted?: ((events: readonly OccurredEvent[]) => void) | undefined;
}

/** Hands committed events to the context's listener, if there is one. */
export function announce(context: AppContext, events: readonly OccurredEvent[]): void {
  if (events.length > 0) context.eventsCommitted?.(events);
}
