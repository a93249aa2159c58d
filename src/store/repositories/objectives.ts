import { and, asc, eq, gt, inArray, max, type SQL } from "drizzle-orm";
import { type Objective, ObjectiveInput } from "../../core/model/index.js";
import { privateWithoutTeam } from "../../core/model/private-needs-team.js";
import type { Database, Executor } from "../database.js";
import { compact } from "../documents/compact.js";
import { objectiveFromRows, objectiveToRows } from "../documents/objective-rows.js";
import * as t from "../schema.js";
import { writeAudit } from "./audit.js";
import type { Patch, WriteOptions, WriteOutcome } from "./outcome.js";
import { decodeCursor, type Page, type PageRequest, toPage } from "./page.js";
import { versionOf } from "./version.js";
import { canSee, type Viewer, visibleTo } from "./visibility.js";

/** An objective as the API shows it: the okapi-file shape plus its privacy flag. */
export type ObjectiveResource = Objective & { private: boolean };

/** The fields an objective's own update may change (key results have their own resource). */
export type ObjectivePatch = Patch<Omit<ObjectiveResource, "id" | "keyResults">>;

export interface ObjectiveFilter {
  team?: string | undefined;
  cycle?: string | undefined;
  owner?: string | undefined;
  status?: string | undefined;
}

/** Objectives with their key results and check-in history, in id order. */
async function loadObjectives(
  db: Executor,
  where: SQL | undefined,
  limit?: number,
): Promise<ObjectiveResource[]> {
  const query = db.select().from(t.objectives).where(where).orderBy(asc(t.objectives.id));
  const rows = limit ? await query.limit(limit) : await query;
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [krs, criteria] = await Promise.all([
    db
      .select()
      .from(t.keyResults)
      .where(inArray(t.keyResults.objectiveId, ids))
      .orderBy(asc(t.keyResults.position)),
    db
      .select()
      .from(t.killCriteria)
      .where(inArray(t.killCriteria.objectiveId, ids))
      .orderBy(asc(t.killCriteria.position)),
  ]);
  const krIds = krs.map((kr) => kr.id);
  const checkins = krIds.length
    ? await db
        .select()
        .from(t.checkins)
        .where(inArray(t.checkins.keyResultId, krIds))
        .orderBy(asc(t.checkins.at), asc(t.checkins.id))
    : [];
  const checkinsBy = new Map<string, (typeof checkins)[number][]>();
  for (const c of checkins)
    checkinsBy.set(c.keyResultId, [...(checkinsBy.get(c.keyResultId) ?? []), c]);
  return rows.map((row) => ({
    ...objectiveFromRows(
      row,
      krs.filter((kr) => kr.objectiveId === row.id),
      checkinsBy,
      criteria.filter((c) => c.objectiveId === row.id),
    ),
    private: row.private,
  }));
}

/** Objectives the viewer may see, filtered by team, cycle, owner and status. */
export async function listObjectives(
  db: Executor,
  viewer: Viewer,
  filter: ObjectiveFilter,
  page: PageRequest,
): Promise<Page<ObjectiveResource>> {
  const after = decodeCursor(page.cursor);
  const where = and(
    visibleTo(viewer, t.objectives.private, t.objectives.teamId),
    filter.team ? eq(t.objectives.teamId, filter.team) : undefined,
    filter.cycle ? eq(t.objectives.cycle, filter.cycle) : undefined,
    filter.owner ? eq(t.objectives.ownerId, filter.owner) : undefined,
    filter.status ? eq(t.objectives.status, filter.status) : undefined,
    after ? gt(t.objectives.id, after) : undefined,
  );
  const items = await loadObjectives(db, where, page.limit + 1);
  return toPage(
    items,
    page.limit,
    (o) => o.id,
    (o) => o,
  );
}

/** One objective the viewer may see; a private one of another team reads as absent. */
export async function getObjective(
  db: Executor,
  viewer: Viewer,
  id: string,
): Promise<ObjectiveResource | undefined> {
  const [objective] = await loadObjectives(db, eq(t.objectives.id, id));
  return objective && canSee(viewer, objective) ? objective : undefined;
}

/** The version an objective's ETag carries: its own fields, not its key results' check-ins. */
export function objectiveVersion(objective: ObjectiveResource): string {
  const { keyResults, ...own } = objective;
  // No key results reads back as an absent list: both spellings are the same version.
  return versionOf({
    ...own,
    keyResults: keyResults?.length ? keyResults.map((kr) => kr.id) : undefined,
  });
}

/** Creates an objective with its key results in one transaction, with an audit event. */
export async function createObjective(
  db: Database,
  objective: ObjectiveResource,
  options: WriteOptions,
): Promise<WriteOutcome<ObjectiveResource>> {
  return db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: t.objectives.id })
      .from(t.objectives)
      .where(eq(t.objectives.id, objective.id));
    if (taken)
      return {
        ok: false,
        reason: "conflict",
        detail: `an objective with id ${objective.id} exists`,
      };
    const orphan = privateWithoutTeam(objective, "objective");
    if (orphan) return { ok: false, reason: "inconsistent", ...orphan };
    const krIds = (objective.keyResults ?? []).map((kr) => kr.id);
    if (krIds.length) {
      const clash = await tx
        .select({ id: t.keyResults.id })
        .from(t.keyResults)
        .where(inArray(t.keyResults.id, krIds));
      if (clash.length)
        return {
          ok: false,
          reason: "conflict",
          detail: `key result ids taken: ${clash.map((c) => c.id).join(", ")}`,
        };
    }
    const [last] = await tx.select({ n: max(t.objectives.position) }).from(t.objectives);
    const { private: isPrivate, ...definition } = objective;
    const rows = objectiveToRows(definition, (last?.n ?? -1) + 1);
    await tx.insert(t.objectives).values({ ...rows.objective, private: isPrivate });
    if (rows.keyResults.length) await tx.insert(t.keyResults).values(rows.keyResults);
    if (rows.checkins.length) await tx.insert(t.checkins).values(rows.checkins);
    if (rows.killCriteria.length) await tx.insert(t.killCriteria).values(rows.killCriteria);
    await writeAudit(tx, {
      actor: options.actor,
      entity: "objective",
      entityId: objective.id,
      action: "create",
      before: null,
      after: objective,
    });
    return { ok: true, value: objective, version: objectiveVersion(objective) };
  });
}

/** Changes an objective's own fields if `ifMatch` is current. */
export async function updateObjective(
  db: Database,
  viewer: Viewer,
  id: string,
  patch: ObjectivePatch,
  options: WriteOptions,
): Promise<WriteOutcome<ObjectiveResource>> {
  return db.transaction(async (tx) => {
    await tx
      .select({ id: t.objectives.id })
      .from(t.objectives)
      .where(eq(t.objectives.id, id))
      .for("update");
    const before = await getObjective(tx, viewer, id);
    if (!before) return { ok: false, reason: "not-found" };
    if (options.ifMatch !== objectiveVersion(before))
      return { ok: false, reason: "stale", version: objectiveVersion(before) };
    const { private: isPrivate, ...merged } = compact({ ...before, ...patch });
    const parsed = ObjectiveInput.safeParse(merged);
    if (!parsed.success) return { ok: false, reason: "invalid", error: parsed.error };
    const after: ObjectiveResource = { ...parsed.data, private: Boolean(isPrivate) };
    const orphan = privateWithoutTeam(after, "objective");
    if (orphan) return { ok: false, reason: "inconsistent", ...orphan };
    const { objective: row } = objectiveToRows({ ...after, keyResults: [], killCriteria: [] }, 0);
    const { position: _position, id: _id, ...columns } = row;
    await tx
      .update(t.objectives)
      .set({ ...columns, private: after.private, updatedAt: new Date() })
      .where(eq(t.objectives.id, id));
    const strip = ({ keyResults: _k, ...own }: ObjectiveResource) => own;
    await writeAudit(tx, {
      actor: options.actor,
      entity: "objective",
      entityId: id,
      action: "update",
      before: strip(before),
      after: strip(after),
      reason: options.reason,
    });
    return { ok: true, value: after, version: objectiveVersion(after) };
  });
}

/** Deletes an objective with its key results and check-ins if `ifMatch` is current. */
export async function deleteObjective(
  db: Database,
  viewer: Viewer,
  id: string,
  options: WriteOptions,
): Promise<WriteOutcome<ObjectiveResource>> {
  return db.transaction(async (tx) => {
    const before = await getObjective(tx, viewer, id);
    if (!before) return { ok: false, reason: "not-found" };
    if (options.ifMatch !== objectiveVersion(before))
      return { ok: false, reason: "stale", version: objectiveVersion(before) };
    await tx.delete(t.objectives).where(eq(t.objectives.id, id));
    await writeAudit(tx, {
      actor: options.actor,
      entity: "objective",
      entityId: id,
      action: "delete",
      before,
      after: null,
      reason: options.reason,
    });
    return { ok: true, value: before, version: objectiveVersion(before) };
  });
}
