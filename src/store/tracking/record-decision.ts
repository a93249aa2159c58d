import { and, eq } from "drizzle-orm";
import type { TripwireDecision } from "../../core/model/index.js";
import type { Database } from "../database.js";
import * as t from "../schema.js";

export type DecisionOutcome =
  | { ok: true; previous: TripwireDecision | null }
  | { ok: false; reason: "unknown-objective" | "unknown-tripwire" };

/**
 * Records the stop/continue/change call on a fired tripwire. The decision replaces the
 * current one on the kill criterion; every decision stays in the audit trail as history.
 */
export async function recordDecision(
  db: Database,
  request: { objectiveId: string; tripwire: number; decision: TripwireDecision; actor: string },
): Promise<DecisionOutcome> {
  return db.transaction(async (tx) => {
    const [objective] = await tx
      .select({ id: t.objectives.id })
      .from(t.objectives)
      .where(eq(t.objectives.id, request.objectiveId));
    if (!objective) return { ok: false, reason: "unknown-objective" } as const;
    const where = and(
      eq(t.killCriteria.objectiveId, request.objectiveId),
      eq(t.killCriteria.position, request.tripwire),
    );
    const [criterion] = await tx.select().from(t.killCriteria).where(where);
    if (!criterion) return { ok: false, reason: "unknown-tripwire" } as const;
    await tx.update(t.killCriteria).set({ decision: request.decision }).where(where);
    const previous = (criterion.decision as TripwireDecision | null) ?? null;
    await tx.insert(t.auditEvents).values({
      actor: request.actor,
      entity: "decision",
      entityId: `${request.objectiveId}#${request.tripwire}`,
      action: previous ? "update" : "create",
      before: previous,
      after: request.decision,
      reason: request.decision.reason,
    });
    return { ok: true, previous };
  });
}
