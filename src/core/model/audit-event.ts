import { z } from "zod";
import { Id, IsoDate } from "./primitives.js";

export const AuditAction = z.enum(["create", "update", "delete"]);

export const AuditEntity = z.enum([
  "person",
  "team",
  "cycle",
  "kpi",
  "objective",
  "key-result",
  "checkin",
  "kill-criterion",
  "decision",
  "proposal",
  "workspace",
]);

/** Every change to a goal or KPI definition; `reason` is required when a target or range moves. */
export const AuditEventInput = z.strictObject({
  at: IsoDate,
  actor: z.string().min(1),
  entity: AuditEntity,
  entityId: Id,
  action: AuditAction,
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  reason: z.string().optional(),
});
export type AuditEvent = z.infer<typeof AuditEventInput>;
