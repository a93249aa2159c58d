import { z } from "zod";
import { DraftedFromInput } from "./drafted-from.js";
import { KeyResultInput } from "./key-result.js";
import { KillCriterionInput } from "./kill-criterion.js";
import { Id, IsoDate, ObjectiveType, OwnerRef } from "./primitives.js";

export const ObjectiveStatus = z.enum(["draft", "active", "achieved", "missed", "stopped"]);
export type ObjectiveStatus = z.infer<typeof ObjectiveStatus>;

export const ObjectiveInput = z.strictObject({
  id: Id,
  title: z.string().min(1, { message: "an objective needs a title" }),
  description: z.string().optional(),
  owner: OwnerRef.optional(),
  team: Id.optional(),
  /** `2026-Q3`, `2026-H2`, `2026`, or the id of a cycle declared under `cycles`. */
  cycle: z.string().optional(),
  type: ObjectiveType.optional(),
  /** Alignment: the objective this one moves (company → team). */
  parent: Id.optional(),
  status: ObjectiveStatus.optional(),
  /**
   * The day the objective was set, when later than its cycle's start (added mid-cycle): its first
   * check-in is due a grace period after this day, not after the cycle's start.
   */
  since: IsoDate.optional(),
  keyResults: z.array(KeyResultInput).optional(),
  leadingIndicators: z.array(Id).optional(),
  killCriteria: z.array(KillCriterionInput).optional(),
  retro: z.string().optional(),
  /** Set when the objective was accepted from a decision-engine draft. */
  draftedFrom: DraftedFromInput.optional(),
});
export type Objective = z.infer<typeof ObjectiveInput>;
