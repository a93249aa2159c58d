import { z } from "zod";
import { Id } from "./primitives.js";

/** Teams nest (org → function → team) through `parent`. */
export const TeamInput = z.strictObject({
  id: Id,
  name: z.string().min(1, { message: "a team needs a name" }),
  lead: Id.optional(),
  parent: Id.optional(),
});
export type Team = z.infer<typeof TeamInput>;
