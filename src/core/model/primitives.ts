import { z } from "zod";

/** Identifiers are short slugs so they read well in YAML, URLs and CLI arguments. */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
    message:
      "an id is letters, digits, '.', '_' or '-', starting with a letter or digit (e.g. nrr, activation-w2)",
  })
  .max(100, { message: "an id has at most 100 characters" });

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for a real calendar day written as YYYY-MM-DD (rejects 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = DATE_ONLY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** True for a day (`2026-07-14`) or an instant with an offset (`2026-07-14T09:30:00Z`). */
export function isDayOrInstant(text: string): boolean {
  return (
    isCalendarDate(text) ||
    (DATE_TIME.test(text) && isCalendarDate(text.slice(0, 10)) && !Number.isNaN(Date.parse(text)))
  );
}

/** A day (`2026-07-14`) or an instant with an offset (`2026-07-14T09:30:00Z`). */
export const IsoDate = z.string().refine(isDayOrInstant, {
  message:
    "not a valid date: write a day as YYYY-MM-DD (e.g. 2026-07-14) or an instant as 2026-07-14T09:30:00Z",
});

/** A plain day, YYYY-MM-DD. */
export const IsoDay = z.string().refine(isCalendarDate, {
  message: "not a valid day: write it as YYYY-MM-DD (e.g. 2026-09-30)",
});

export const FiniteNumber = z
  .number({ message: "expected a number" })
  .refine(Number.isFinite, { message: "expected a finite number" });

export const Direction = z.enum(["higher-is-better", "lower-is-better", "within-range"]);
export type Direction = z.infer<typeof Direction>;

export const MetricKind = z.enum(["leading", "lagging"]);
export type MetricKind = z.infer<typeof MetricKind>;

export const MetricAxis = z.enum(["quality", "quantity"]);
export type MetricAxis = z.infer<typeof MetricAxis>;

export const Cadence = z.enum(["daily", "weekly", "monthly", "quarterly"]);
export type Cadence = z.infer<typeof Cadence>;

export const ObjectiveType = z.enum(["aspirational", "committed"]);
export type ObjectiveType = z.infer<typeof ObjectiveType>;

/** One owner is the rule; a list is accepted so the linter can say why it is wrong. */
export const OwnerRef = z.union([Id, z.array(Id).min(1)]);
export type OwnerRef = z.infer<typeof OwnerRef>;
