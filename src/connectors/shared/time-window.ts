import { z } from "zod";

const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;

/** A look-back window ending at the pull's asOf: "24h", "7d", "4w". */
export const TimeWindow = z.string().regex(/^[1-9]\d{0,3}[hdw]$/, {
  message: 'a window is a number and a unit: "24h", "7d" or "4w"',
});

/** The first instant inside the window that ends at `asOf`. */
export function windowStart(window: string, asOf: Date): Date {
  const unit = window.slice(-1) as keyof typeof UNIT_MS;
  return new Date(asOf.getTime() - Number(window.slice(0, -1)) * UNIT_MS[unit]);
}

/** Hours between two ISO instants. */
export function hoursBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / UNIT_MS.h;
}
