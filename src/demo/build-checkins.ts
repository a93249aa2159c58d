import type { Checkin, Cycle, MeasurementPoint } from "../core/model/index.js";
import { STALE_AFTER_DAYS } from "../core/thresholds/okr.js";
import { addDays, daysBetween, mondayOnOrBefore } from "./calendar.js";
import type { KeyResultSpec, KeyResultStory } from "./objective-spec.js";
import { type Random, roundTo } from "./random.js";

/** A stale KR's owner last checked in at least this long before asOf: clearly past the grace window. */
const STALE_GAP_DAYS = STALE_AFTER_DAYS + 3;

/** Share of the distance from baseline to target a story covers by the cycle end. */
const PACE: Record<KeyResultStory, number> = {
  "on-track": 1,
  ahead: 1.25,
  behind: 0.5,
  "falling-confidence": 0.6,
  stale: 0.85,
  tripwire: -0.45,
  graded: 1,
};

/** The latest value measured on or before `day` (the series is oldest first). */
export function valueOn(series: readonly MeasurementPoint[], day: string): number | undefined {
  let found: number | undefined;
  for (const point of series) {
    if (point.at.slice(0, 10) > day) break;
    found = point.value;
  }
  return found;
}

/** Check-in days: one per week from the cycle's first Monday, on the owner's usual weekday. */
function checkinDays(cycle: Cycle, until: string, weekday: number, closed: boolean): string[] {
  let monday = mondayOnOrBefore(cycle.start);
  if (monday < cycle.start) monday = addDays(monday, 7);
  const days: string[] = [];
  for (let day = addDays(monday, weekday); day <= until; day = addDays(day, 7)) days.push(day);
  if (closed && days.at(-1) !== cycle.end) days.push(cycle.end);
  return days;
}

function confidenceAt(story: KeyResultStory, index: number, count: number, random: Random): number {
  const fromEnd = count - 1 - index;
  switch (story) {
    case "ahead":
      return random.integer(8, 9);
    case "behind":
      return index < 2 ? 7 : random.integer(5, 6);
    case "stale":
      return random.integer(6, 7);
    case "falling-confidence":
      // The owner loses faith over the last three check-ins, before the number shows it.
      return fromEnd === 2 ? 6 : fromEnd === 1 ? 5 : fromEnd === 0 ? 3 : 7;
    case "tripwire":
      return Math.max(3, 6 - Math.floor(index / 2));
    default:
      return random.integer(7, 8);
  }
}

function noteIndexes(notes: number, checkins: number): Map<number, number> {
  const at = new Map<number, number>();
  for (let j = 0; j < notes; j++) {
    const index = notes === 1 ? checkins - 1 : Math.round((j * (checkins - 1)) / (notes - 1));
    if (!at.has(index)) at.set(index, j);
  }
  return at;
}

export interface CheckinContext {
  cycle: Cycle;
  asOf: string;
  from: number;
  /** The linked KPI's history, when the KR follows a KPI. */
  series: readonly MeasurementPoint[] | undefined;
  random: Random;
}

/** The weekly check-ins of one key result up to asOf (or the cycle end, when it closed first). */
export function buildCheckins(spec: KeyResultSpec, context: CheckinContext): Checkin[] {
  const { cycle, asOf, from, series, random } = context;
  const closed = cycle.end < asOf;
  const until = closed ? cycle.end : spec.story === "stale" ? addDays(asOf, -STALE_GAP_DAYS) : asOf;
  const days = checkinDays(cycle, until, random.integer(0, 2), closed);
  const length = daysBetween(cycle.start, cycle.end);
  const span = spec.to - from;
  const notes = noteIndexes(spec.notes.length, days.length);
  return days.map((at, index) => {
    const share = daysBetween(cycle.start, at) / length;
    const wobble = 0.025 * Math.abs(span) * random.normal();
    const planned =
      spec.story === "graded" && spec.final !== undefined
        ? at === cycle.end
          ? spec.final
          : from + (spec.final - from) * share ** 0.8 + wobble
        : from + span * PACE[spec.story] * share + wobble;
    const value = series ? (valueOn(series, at) ?? from) : roundTo(planned, spec.decimals);
    const note = spec.notes[notes.get(index) ?? -1];
    const blocked = spec.blocker !== undefined && index >= days.length - 2;
    return {
      at,
      value,
      confidence: confidenceAt(spec.story, index, days.length, random),
      ...(note !== undefined && { note }),
      ...(blocked && { blockers: spec.blocker }),
      by: spec.owner,
    };
  });
}
