import { and, desc, eq, lte } from "drizzle-orm";
import type { Checkin } from "../../core/model/index.js";
import type { Executor } from "../database.js";
import { canonicalInstant, instantFromDb } from "../documents/instants.js";
import * as t from "../schema.js";

export interface CheckinRequest {
  keyResultId: string;
  at: string;
  value: number;
  confidence?: number | undefined;
  note?: string | undefined;
  blockers?: string[] | undefined;
  by?: string | undefined;
  actor: string;
}

export type CheckinOutcome =
  | { ok: true; checkin: Checkin; corrected: boolean }
  | { ok: false; reason: "unknown-key-result" | "unknown-person" };

/**
 * Records a check-in in one transaction with its audit event. A second check-in for the
 * same key result and day is a correction: the earlier one is kept, marked superseded.
 */
export async function recordCheckin(
  db: Executor,
  request: CheckinRequest,
): Promise<CheckinOutcome> {
  return db.transaction(async (tx) => {
    const [kr] = await tx
      .select({ id: t.keyResults.id })
      .from(t.keyResults)
      .where(eq(t.keyResults.id, request.keyResultId));
    if (!kr) return { ok: false, reason: "unknown-key-result" } as const;
    if (request.by) {
      const [person] = await tx
        .select({ id: t.people.id })
        .from(t.people)
        .where(eq(t.people.id, request.by));
      // A check-in by someone who is not a person would make the next export invalid.
      if (!person) return { ok: false, reason: "unknown-person" } as const;
    }
    const at = canonicalInstant(request.at);
    const [earlier] = await tx
      .select()
      .from(t.checkins)
      .where(
        and(
          eq(t.checkins.keyResultId, request.keyResultId),
          eq(t.checkins.at, at),
          eq(t.checkins.superseded, false),
        ),
      )
      .orderBy(desc(t.checkins.id))
      .limit(1);
    if (earlier) {
      await tx.update(t.checkins).set({ superseded: true }).where(eq(t.checkins.id, earlier.id));
    }
    const checkin: Checkin = {
      at,
      value: request.value,
      ...(request.confidence !== undefined ? { confidence: request.confidence } : {}),
      ...(request.note ? { note: request.note } : {}),
      ...(request.blockers?.length ? { blockers: request.blockers } : {}),
      ...(request.by ? { by: request.by } : {}),
    };
    await tx.insert(t.checkins).values({
      keyResultId: request.keyResultId,
      at,
      value: request.value,
      confidence: request.confidence ?? null,
      note: request.note ?? null,
      blockers: request.blockers?.length ? request.blockers : null,
      by: request.by ?? null,
      correctsId: earlier?.id ?? null,
    });
    await tx.insert(t.auditEvents).values({
      actor: request.actor,
      entity: "checkin",
      entityId: request.keyResultId,
      action: earlier ? "update" : "create",
      before: earlier
        ? { at: earlier.at, value: earlier.value, confidence: earlier.confidence }
        : null,
      after: checkin,
      reason: earlier ? "correction" : null,
    });
    return { ok: true, checkin, corrected: earlier !== undefined };
  });
}

/** The latest measurement of a metric on or before `asOf`, for check-ins that follow a KPI. */
export async function latestMeasurement(
  db: Executor,
  metricId: string,
  asOf: string,
): Promise<{ at: string; value: number } | undefined> {
  const until = asOf.length === 10 ? `${asOf}T23:59:59.999Z` : asOf;
  const [row] = await db
    .select({ at: t.measurements.at, value: t.measurements.value })
    .from(t.measurements)
    .where(and(eq(t.measurements.metricId, metricId), lte(t.measurements.at, until)))
    .orderBy(desc(t.measurements.at))
    .limit(1);
  return row ? { at: instantFromDb(row.at), value: row.value } : undefined;
}
