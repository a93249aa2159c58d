import { and, desc, eq, like } from "drizzle-orm";
import type { TripwireDecision } from "../../core/model/index.js";
import type { Executor } from "../database.js";
import * as t from "../schema.js";

/** One stop/continue/change call as the history shows it. */
export interface DecisionRecord extends TripwireDecision {
  objective: string;
  /** The kill criterion's number in the objective's list, from 1. */
  tripwire: number;
  /** Who recorded it (the audit actor) and when. */
  recordedBy: string;
  recordedAt: string;
}

/** `recordDecision` audits each call as entity "decision", id `<objective>#<position>`. */
function decisionEntityPrefix(objectiveId: string): string {
  return `${objectiveId.replace(/[\\%_]/g, (c) => `\\${c}`)}#%`;
}

/** Every decision taken on an objective's tripwires, newest first; replaced ones included. */
export async function listDecisions(db: Executor, objectiveId: string): Promise<DecisionRecord[]> {
  const rows = await db
    .select()
    .from(t.auditEvents)
    .where(
      and(
        eq(t.auditEvents.entity, "decision"),
        like(t.auditEvents.entityId, decisionEntityPrefix(objectiveId)),
      ),
    )
    .orderBy(desc(t.auditEvents.id));
  return rows.flatMap((row) => {
    const decision = row.after as TripwireDecision | null;
    const position = Number(row.entityId.slice(objectiveId.length + 1));
    if (!decision || !Number.isInteger(position)) return [];
    return [
      {
        objective: objectiveId,
        tripwire: position + 1,
        outcome: decision.outcome,
        by: decision.by,
        at: decision.at,
        reason: decision.reason,
        recordedBy: row.actor,
        recordedAt: row.at.toISOString(),
      },
    ];
  });
}
