import type { OccurredEvent } from "../core/events/domain-events.js";
import { enqueueEvents } from "../store/repositories/webhook-outbox.js";
import {
  type CheckinOutcome,
  type CheckinRequest,
  recordCheckin as storeCheckin,
} from "../store/tracking/record-checkin.js";
import { type AppContext, announce } from "./app-context.js";
import { occurred } from "./occurred.js";

/**
 * Records a key result's check-in (a second one on the same day corrects the first) and queues
 * `checkin.recorded` in the same transaction, whichever edge it came from.
 */
export async function recordCheckin(
  context: AppContext,
  request: CheckinRequest,
): Promise<CheckinOutcome> {
  let events: OccurredEvent[] = [];
  const outcome = await context.store.db.transaction(async (tx) => {
    const recorded = await storeCheckin(tx, request);
    if (!recorded.ok) return recorded;
    events = [
      occurred(context.clock, {
        name: "checkin.recorded",
        data: {
          keyResult: request.keyResultId,
          checkin: recorded.checkin,
          corrected: recorded.corrected,
        },
      }),
    ];
    await enqueueEvents(tx, events);
    return recorded;
  });
  announce(context, events);
  return outcome;
}
