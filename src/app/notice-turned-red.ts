import type { Clock } from "../clock/clock.js";
import { type OccurredEvent, turnsRed } from "../core/events/domain-events.js";
import { classifyValue } from "../core/kpi/assess-range-status.js";
import type { Executor } from "../store/database.js";
import { getKpi, type KpiResource } from "../store/repositories/kpis.js";
import { WHOLE_WORKSPACE } from "../store/repositories/visibility.js";
import { enqueueEvents } from "../store/repositories/webhook-outbox.js";
import { latestMeasurement } from "../store/tracking/record-checkin.js";
import { occurred } from "./occurred.js";

const END_OF_TIME = "9999-12-31";

/** The light of a KPI's latest value ("unknown" with none), and that value. */
export async function latestLight(
  tx: Executor,
  kpi: KpiResource,
): Promise<{ light: string; latest?: { at: string; value: number } }> {
  const latest = await latestMeasurement(tx, kpi.id, END_OF_TIME);
  return latest ? { light: classifyValue(kpi, latest.value), latest } : { light: "unknown" };
}

/** The event for a KPI whose light went from `previous` to red at `latest`. */
export function turnedRedEvent(
  clock: Clock,
  kpi: KpiResource,
  previous: string,
  latest: { at: string; value: number },
): OccurredEvent {
  return occurred(clock, {
    name: "kpi.turned-red",
    data: { kpi: kpi.id, name: kpi.name, previous, value: latest.value, at: latest.at },
  });
}

/**
 * Runs a write of a metric's values inside `tx` and, when the metric is a KPI the write turned
 * red, queues `kpi.turned-red` in the same transaction. Returns the events queued.
 */
export async function writeNoticingRed(
  tx: Executor,
  clock: Clock,
  metricId: string,
  write: () => Promise<void>,
): Promise<OccurredEvent[]> {
  const kpi = await getKpi(tx, WHOLE_WORKSPACE, metricId);
  if (!kpi) {
    await write();
    return [];
  }
  const before = await latestLight(tx, kpi);
  await write();
  const after = await latestLight(tx, kpi);
  if (!after.latest || !turnsRed(before.light, after.light)) return [];
  const events = [turnedRedEvent(clock, kpi, before.light, after.latest)];
  await enqueueEvents(tx, events);
  return events;
}
