import { z } from "zod";
import { FiniteNumber, Id, IsoDate } from "./primitives.js";

/** The weekly async update on a key result. */
export const CheckinInput = z.strictObject({
  at: IsoDate,
  value: FiniteNumber,
  confidence: z
    .number({ message: "confidence is a number from 0 to 10" })
    .min(0, { message: "confidence is from 0 to 10" })
    .max(10, { message: "confidence is from 0 to 10" })
    .optional(),
  note: z.string().optional(),
  blockers: z.union([z.string(), z.array(z.string())]).optional(),
  by: Id.optional(),
});
export type Checkin = z.infer<typeof CheckinInput>;
