import type { Checkin } from "../model/index.js";

/** What happened to the goals, named for the happening; every path that changes goals emits these. */
const DOMAIN_EVENTS = ["checkin.recorded", "kpi.turned-red"] as const;
export type DomainEventName = (typeof DOMAIN_EVENTS)[number];

/**
 * The names webhooks could subscribe to before events were named for what happened. A webhook
 * subscribed to one keeps receiving the event under that name, so no receiver breaks.
 */
export const EVENT_ALIASES: Readonly<Record<DomainEventName, string>> = {
  "checkin.recorded": "checkin.created",
  "kpi.turned-red": "kpi.red",
};

/** Every name a webhook may subscribe to: the events and their older aliases. */
export const WEBHOOK_EVENTS = [
  "checkin.recorded",
  "kpi.turned-red",
  "checkin.created",
  "kpi.red",
] as const satisfies readonly (DomainEventName | (typeof EVENT_ALIASES)[DomainEventName])[];

interface CheckinRecorded {
  name: "checkin.recorded";
  data: { keyResult: string; checkin: Checkin; corrected: boolean };
}

interface KpiTurnedRed {
  name: "kpi.turned-red";
  data: { kpi: string; name: string; previous: string; value: number; at: string };
}

export type DomainEvent = CheckinRecorded | KpiTurnedRed;

/** An event with its identity and instant, as the outbox keeps it until it is delivered. */
export interface OccurredEvent {
  id: string;
  occurredAt: string;
  event: DomainEvent;
}

/** A KPI turns red when its light becomes red from any other light (unknown included). */
export function turnsRed(before: string, after: string): boolean {
  return before !== "red" && after === "red";
}
