import { z } from "zod";
import { FiniteNumber, Id, IsoDate, IsoDay } from "./primitives.js";

export const DecisionOutcome = z.enum(["stop", "continue", "change"]);
export type DecisionOutcome = z.infer<typeof DecisionOutcome>;

/** The explicit stop-or-continue call a fired tripwire demands. */
export const TripwireDecision = z.strictObject({
  outcome: DecisionOutcome,
  by: Id,
  at: IsoDate,
  reason: z.string().min(1, { message: "a decision needs a reason" }),
});
export type TripwireDecision = z.infer<typeof TripwireDecision>;

/**
 * A tripwire: a metric threshold, a date, or both. `metric` names a key result
 * of the same objective or a KPI.
 */
export const KillCriterionInput = z
  .strictObject({
    metric: Id.optional(),
    below: FiniteNumber.optional(),
    above: FiniteNumber.optional(),
    by: IsoDay.optional(),
    note: z.string().optional(),
    decision: TripwireDecision.optional(),
  })
  .superRefine((criterion, ctx) => {
    const hasThreshold = criterion.below !== undefined || criterion.above !== undefined;
    if (criterion.metric === undefined && criterion.by === undefined) {
      ctx.addIssue({
        code: "custom",
        message:
          "a kill criterion needs a metric threshold, a date, or both: e.g. { metric: adoption, below: 40, by: 2026-08-15 } or { by: 2026-09-01 }",
      });
    }
    if (criterion.metric !== undefined && !hasThreshold) {
      ctx.addIssue({
        code: "custom",
        path: ["metric"],
        message: `a metric tripwire needs a threshold: add below: N or above: N for ${criterion.metric}`,
      });
    }
    if (hasThreshold && criterion.metric === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["metric"],
        message: "a threshold needs the metric it applies to: add metric: <key result or KPI id>",
      });
    }
  });
export type KillCriterion = z.infer<typeof KillCriterionInput>;
