import { z } from "zod";
import { Id } from "./primitives.js";

export const PersonInput = z.strictObject({
  id: Id,
  name: z.string().min(1, { message: "a person needs a name" }),
  email: z.email({ message: "not a valid email address (e.g. maria@example.com)" }).optional(),
});
export type Person = z.infer<typeof PersonInput>;
