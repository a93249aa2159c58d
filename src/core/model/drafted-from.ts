import { z } from "zod";

/**
 * Where a goal came from when the decision engine drafted it: the decision's text and the
 * stored draft's id, so people can trace an objective or a proposed KPI back to its reason.
 */
export const DraftedFromInput = z.strictObject({
  decision: z.string().min(1, { message: "name the decision the goal was drafted from" }),
  draft: z.string().min(1).optional(),
});
export type DraftedFrom = z.infer<typeof DraftedFromInput>;
