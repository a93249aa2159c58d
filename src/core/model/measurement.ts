import { z } from "zod";
import { FiniteNumber, Id, IsoDate } from "./primitives.js";

/**
 * One value of a metric at a time. `note` and `by` are the owner's annotation
 * explaining the variance (who, why it moved), shown beside the number in reviews.
 */
export const MeasurementPoint = z.strictObject({
  at: IsoDate,
  value: FiniteNumber,
  source: z.string().optional(),
  note: z.string().optional(),
  by: Id.optional(),
});
export type MeasurementPoint = z.infer<typeof MeasurementPoint>;

/** A measurement outside the file, addressed to a KPI id or a key result id. */
export const MeasurementInput = MeasurementPoint.extend({ metric: Id });
export type Measurement = z.infer<typeof MeasurementInput>;
