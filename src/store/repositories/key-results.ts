import { eq } from "drizzle-orm";
import { extractFromTo } from "../../core/language/extract-from-to.js";
import { type KeyResult, KeyResultInput } from "../../core/model/index.js";
import type { Database, Executor } from "../database.js";
import { compact } from "../documents/compact.js";
import { objectiveToRows } from "../documents/objective-rows.js";
import * as t from "../schema.js";
import { writeAudit } from "./audit.js";
import { getObjective } from "./objectives.js";
import type { Patch, WriteOptions, WriteOutcome } from "./outcome.js";
import { versionOf } from "./version.js";
import type { Viewer } from "./visibility.js";

/** A key result as the API shows it: its definition (check-ins apart) and its objective. */
export type KeyResultResource = Omit<KeyResult, "checkins"> & { objective: string };

export type KeyResultPatch = Patch<Omit<KeyResult, "id" | "checkins">>;

/** One key result the viewer may see (through its objective's privacy), with its check-ins. */
export async function getKeyResult(
  db: Executor,
  viewer: Viewer,
  id: string,
): Promise<(KeyResultResource & Pick<KeyResult, "checkins">) | undefined> {
  const [row] = await db
    .select({ objectiveId: t.keyResults.objectiveId })
    .from(t.keyResults)
    .where(eq(t.keyResults.id, id));
  if (!row) return undefined;
  const objective = await getObjective(db, viewer, row.objectiveId);
  const kr = objective?.keyResults?.find((candidate) => candidate.id === id);
  return kr ? { ...kr, objective: row.objectiveId } : undefined;
}

/** The definition part of a key result, the part its ETag covers. */
export function keyResultDefinition(
  kr: KeyResultResource & { checkins?: unknown },
): KeyResultResource {
  const { checkins: _checkins, ...definition } = kr;
  return definition;
}

function targetOf(kr: KeyResultPatch): string {
  return JSON.stringify([kr.from ?? null, kr.to ?? null, kr.band ?? null]);
}

/** Changes a key result if `ifMatch` is current; moving its baseline or target needs a reason. */
export async function updateKeyResult(
  db: Database,
  viewer: Viewer,
  id: string,
  patch: KeyResultPatch,
  options: WriteOptions,
): Promise<WriteOutcome<KeyResultResource>> {
  return db.transaction(async (tx) => {
    await tx
      .select({ id: t.keyResults.id })
      .from(t.keyResults)
      .where(eq(t.keyResults.id, id))
      .for("update");
    const current = await getKeyResult(tx, viewer, id);
    if (!current) return { ok: false, reason: "not-found" };
    const before = keyResultDefinition(current);
    if (options.ifMatch !== versionOf(before))
      return { ok: false, reason: "stale", version: versionOf(before) };
    const { objective, ...merged } = compact({ ...before, ...patch });
    const parsed = KeyResultInput.safeParse(merged);
    if (!parsed.success) return { ok: false, reason: "invalid", error: parsed.error };
    const after: KeyResultResource = { ...parsed.data, objective: String(objective) };
    // The same rule the okapi file enforces, so an API edit never produces a file apply rejects.
    const stated = extractFromTo(after.title);
    for (const side of ["from", "to"] as const) {
      const inTitle = stated[side];
      if (after[side] !== undefined && inTitle !== undefined && after[side] !== inTitle)
        return {
          ok: false,
          reason: "inconsistent",
          path: `/${side}`,
          detail: `${side}: ${after[side]} contradicts the title, which says ${side} ${inTitle}: change the title too`,
        };
    }
    if (targetOf(after) !== targetOf(before) && !options.reason?.trim())
      return {
        ok: false,
        reason: "reason-required",
        detail: "moving a key result's baseline or target needs a reason: send `reason`",
      };
    const [row] = objectiveToRows(
      { id: after.objective, title: "-", keyResults: [parsed.data] },
      0,
    ).keyResults;
    if (!row) return { ok: false, reason: "not-found" };
    const { id: _id, objectiveId: _objectiveId, position: _position, ...columns } = row;
    await tx
      .update(t.keyResults)
      .set({ ...columns, updatedAt: new Date() })
      .where(eq(t.keyResults.id, id));
    await writeAudit(tx, {
      actor: options.actor,
      entity: "key-result",
      entityId: id,
      action: "update",
      before,
      after,
      reason: options.reason,
    });
    return { ok: true, value: after, version: versionOf(after) };
  });
}
