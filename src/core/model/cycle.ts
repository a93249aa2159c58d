import { z } from "zod";
import { Id, IsoDay } from "./primitives.js";

export const CycleInput = z
  .strictObject({
    id: Id,
    name: z.string().optional(),
    start: IsoDay,
    end: IsoDay,
  })
  .refine((cycle) => cycle.start <= cycle.end, {
    message: "a cycle's start must be on or before its end",
    path: ["end"],
  });
export type CycleDefinition = z.infer<typeof CycleInput>;

/** A resolved time box; `end` is the last day included. */
export interface Cycle {
  id: string;
  start: string;
  end: string;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;
const HALF = /^(\d{4})-H([12])$/;
const YEAR = /^(\d{4})$/;

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function span(id: string, year: number, firstMonth: number, lastMonth: number): Cycle {
  return {
    id,
    start: `${year}-${String(firstMonth).padStart(2, "0")}-01`,
    end: lastDayOfMonth(year, lastMonth),
  };
}

/**
 * Resolves a cycle reference: a declared cycle id first, then `2026-Q3`, `2026-H2` or `2026`.
 * @example parseCycle("2026-Q3") // { id: "2026-Q3", start: "2026-07-01", end: "2026-09-30" }
 */
export function parseCycle(ref: string, declared: readonly CycleDefinition[] = []): Cycle | null {
  const own = declared.find((cycle) => cycle.id === ref);
  if (own) return { id: own.id, start: own.start, end: own.end };
  const quarter = QUARTER.exec(ref);
  if (quarter) {
    const q = Number(quarter[2]);
    return span(ref, Number(quarter[1]), q * 3 - 2, q * 3);
  }
  const half = HALF.exec(ref);
  if (half) {
    const h = Number(half[2]);
    return span(ref, Number(half[1]), h * 6 - 5, h * 6);
  }
  const year = YEAR.exec(ref);
  if (year) return span(ref, Number(year[1]), 1, 12);
  return null;
}
