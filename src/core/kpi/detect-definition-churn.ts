import type { AuditEvent } from "../model/audit-event.js";
import { CHURN_MAX_CHANGES, CHURN_WINDOW_DAYS } from "../thresholds/kpi.js";
import { dayNumber } from "./kpi-dates.js";

export interface DefinitionChurn {
  kpi: string;
  changes: number;
  windowDays: number;
  dates: string[];
  message: string;
}

/**
 * Flags KPIs whose definition or range changed more than 3 times in the last 180 days: a
 * goalpost that keeps moving measures nothing (docs/kpi-health.md, definition churn).
 */
export function detectDefinitionChurn(
  events: readonly Pick<AuditEvent, "at" | "entity" | "entityId" | "action">[],
  asOf: string,
): DefinitionChurn[] {
  const today = dayNumber(asOf);
  const byKpi = new Map<string, string[]>();
  for (const event of events) {
    if (event.entity !== "kpi" || event.action !== "update") continue;
    const age = today - dayNumber(event.at);
    if (age < 0 || age >= CHURN_WINDOW_DAYS) continue;
    byKpi.set(event.entityId, [...(byKpi.get(event.entityId) ?? []), event.at]);
  }
  const flagged: DefinitionChurn[] = [];
  for (const [kpi, dates] of byKpi) {
    if (dates.length <= CHURN_MAX_CHANGES) continue;
    flagged.push({
      kpi,
      changes: dates.length,
      windowDays: CHURN_WINDOW_DAYS,
      dates: dates.sort(),
      message: `${kpi} was redefined ${dates.length} times in ${CHURN_WINDOW_DAYS} days (more than ${CHURN_MAX_CHANGES}): its history no longer compares with itself; settle the definition.`,
    });
  }
  return flagged.sort((a, b) => (a.kpi < b.kpi ? -1 : 1));
}
