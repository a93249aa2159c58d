import { type OccurredEvent, turnsRed } from "../core/events/domain-events.js";
import { classifyValue } from "../core/kpi/assess-range-status.js";
import type { MeasurementRow } from "../store/database.js";
import { canonicalInstant } from "../store/documents/instants.js";
import { getKpi } from "../store/repositories/kpis.js";
import { WHOLE_WORKSPACE } from "../store/repositories/visibility.js";
import { enqueueEventStatement } from "../store/repositories/webhook-outbox.js";
import { type AppContext, announce } from "./app-context.js";
import { latestLight, turnedRedEvent } from "./notice-turned-red.js";

export interface ImportMeasurementsRequest {
  metricId: string;
  rows: readonly MeasurementRow[];
  onProgress?: ((done: number) => void) | undefined;
}

/** The newest of the imported rows (the later row of two with the same instant). */
function newestRow(rows: readonly MeasurementRow[]): { at: string; value: number } | undefined {
  let newest: { at: string; value: number } | undefined;
  for (const row of rows) {
    const at = canonicalInstant(row.at);
    if (!newest || at >= newest.at) newest = { at, value: row.value };
  }
  return newest;
}

/**
 * Imports a metric's values at COPY speed, all or none; a KPI whose latest value the import
 * turns red queues `kpi.turned-red` in the import's transaction.
 */
export async function importMeasurements(
  context: AppContext,
  request: ImportMeasurementsRequest,
): Promise<{ imported: number }> {
  const { db } = context.store;
  const kpi = await getKpi(db, WHOLE_WORKSPACE, request.metricId);
  let events: OccurredEvent[] = [];
  if (kpi) {
    const before = await latestLight(db, kpi);
    const newest = newestRow(request.rows);
    const latest = newest && (!before.latest || newest.at >= before.latest.at) ? newest : undefined;
    if (latest && turnsRed(before.light, classifyValue(kpi, latest.value)))
      events = [turnedRedEvent(context.clock, kpi, before.light, latest)];
  }
  const imported = await context.store.importMeasurements(
    request.rows,
    request.onProgress,
    events.map(enqueueEventStatement),
  );
  announce(context, events);
  return { imported };
}
