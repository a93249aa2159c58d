import type { OccurredEvent } from "../core/events/domain-events.js";
import type { MeasurementPoint } from "../core/model/index.js";
import { addMeasurements as storeMeasurements } from "../store/repositories/measurements.js";
import { type AppContext, announce } from "./app-context.js";
import { writeNoticingRed } from "./notice-turned-red.js";

export interface AddMeasurementsRequest {
  metricId: string;
  points: readonly MeasurementPoint[];
  actor: string;
}

/**
 * Appends values to a KPI's or key result's series in one transaction; a KPI they turn red
 * queues `kpi.turned-red` with them.
 */
export async function addMeasurements(
  context: AppContext,
  request: AddMeasurementsRequest,
): Promise<{ added: number }> {
  let added = 0;
  let events: OccurredEvent[] = [];
  await context.store.db.transaction(async (tx) => {
    events = await writeNoticingRed(tx, context.clock, request.metricId, async () => {
      added = await storeMeasurements(tx, request.metricId, request.points, request.actor);
    });
  });
  announce(context, events);
  return { added };
}
