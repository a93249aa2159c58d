import type { RunSourceResult } from "../connectors/run-source.js";
import type { OccurredEvent } from "../core/events/domain-events.js";
import type { SourceWithSecrets } from "../store/agent/sources.js";
import { type AppContext, announce } from "./app-context.js";
import { writeNoticingRed } from "./notice-turned-red.js";
import { type RunStoredSourceDeps, runStoredSource } from "./run-stored-source.js";

/**
 * Pulls one stored source now: the value and its healthy mark in one transaction, with
 * `kpi.turned-red` queued there when the value turns its KPI red; or "source failing".
 */
export async function pullSource(
  context: AppContext,
  source: SourceWithSecrets,
  deps: Omit<RunStoredSourceDeps, "wrapWrite">,
): Promise<RunSourceResult> {
  const events: OccurredEvent[] = [];
  const result = await runStoredSource(context.store, source, {
    ...deps,
    wrapWrite: async (tx, metricId, write) => {
      events.push(...(await writeNoticingRed(tx, context.clock, metricId, write)));
    },
  });
  announce(context, events);
  return result;
}
