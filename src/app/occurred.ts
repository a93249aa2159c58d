import { randomUUID } from "node:crypto";
import type { Clock } from "../clock/clock.js";
import type { DomainEvent, OccurredEvent } from "../core/events/domain-events.js";

/** Stamps an event with a fresh id and the clock's instant. */
export function occurred(clock: Clock, event: DomainEvent): OccurredEvent {
  return { id: randomUUID(), occurredAt: clock.now().toISOString(), event };
}
