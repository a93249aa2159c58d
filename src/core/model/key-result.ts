import { z } from "zod";
import { CheckinInput } from "./checkin.js";
import { Direction, FiniteNumber, Id, MetricKind, OwnerRef } from "./primitives.js";

/** How expected progress accrues over the cycle (linear unless declared). */
export const PacingCurve = z.enum(["linear", "back-loaded", "front-loaded", "stepped"]);
export type PacingCurve = z.infer<typeof PacingCurve>;

export const GradeOverride = z.strictObject({
  score: z.number().min(0, { message: "a grade is from 0.0 to 1.0" }).max(1, {
    message: "a grade is from 0.0 to 1.0",
  }),
  comment: z.string().min(1, { message: "a manual grade needs a comment saying why" }),
});
export type GradeOverride = z.infer<typeof GradeOverride>;

export const KeyResultInput = z.strictObject({
  id: Id,
  title: z.string().min(1, { message: "a key result needs a title" }),
  /** Baseline; optional when the title states it ("from 34% to 60%"). */
  from: FiniteNumber.optional(),
  to: FiniteNumber.optional(),
  /** Reach-a-band key results: done when the value is inside [min, max]. */
  band: z.strictObject({ min: FiniteNumber, max: FiniteNumber }).optional(),
  unit: z.string().optional(),
  direction: Direction.optional(),
  /** Links the KR to a KPI: a KR can be a KPI with a target attached. */
  kpi: Id.optional(),
  /** A free metric name when the KR is not a KPI. */
  metric: z.string().optional(),
  kind: MetricKind.optional(),
  owner: OwnerRef.optional(),
  weight: z.number().positive({ message: "a weight is a positive number" }).optional(),
  curve: PacingCurve.optional(),
  /** Confidence (0–10) stated when the KR was drafted, before any check-in. */
  confidence: z.number().min(0).max(10).optional(),
  grade: GradeOverride.optional(),
  checkins: z.array(CheckinInput).optional(),
});
export type KeyResult = z.infer<typeof KeyResultInput>;
