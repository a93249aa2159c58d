import { randomUUID } from "node:crypto";
import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import type { DecisionDraft } from "../../core/reasoning/draft-types.js";
import type { Database, Executor } from "../database.js";
import { writeAudit } from "../repositories/audit.js";
import type { WriteOptions, WriteOutcome } from "../repositories/outcome.js";
import { decodeCursor, type Page, type PageRequest, toPage } from "../repositories/page.js";
import { versionOf } from "../repositories/version.js";
import * as t from "../schema.js";

export type DraftStatus = "open" | "accepted" | "dismissed";

/** A stored decision-engine draft: the loop's answer until a person accepts or dismisses it. */
export interface DraftRecord {
  id: string;
  decision: string;
  team?: string;
  status: DraftStatus;
  createdAt: string;
  createdBy: string;
  /** Exactly the JSON of `okapi draft --format json`. */
  result: DecisionDraft;
  decidedBy?: string;
  decidedAt?: string;
  /** The objective an accepted draft created. */
  objective?: string;
}

type DraftRow = typeof t.drafts.$inferSelect;

function toDraft(row: DraftRow): DraftRecord {
  return {
    id: row.id,
    decision: row.decision,
    ...(row.teamId ? { team: row.teamId } : {}),
    status: row.status as DraftStatus,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    result: row.result as DecisionDraft,
    ...(row.decidedBy ? { decidedBy: row.decidedBy } : {}),
    ...(row.decidedAt ? { decidedAt: row.decidedAt.toISOString() } : {}),
    ...(row.objectiveId ? { objective: row.objectiveId } : {}),
  };
}

/** Stores a draft (status open) with its audit event. */
export async function createDraft(
  db: Database,
  input: { decision: string; team?: string | undefined; result: DecisionDraft },
  options: Pick<WriteOptions, "actor">,
): Promise<DraftRecord> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(t.drafts)
      .values({
        // Time-ordered ids keep the newest-first list a plain index walk.
        id: `${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`,
        decision: input.decision,
        teamId: input.team ?? null,
        result: input.result,
        createdBy: options.actor,
      })
      .returning();
    const draft = toDraft(row as DraftRow);
    const { result: _result, ...summary } = draft;
    await writeAudit(tx, {
      actor: options.actor,
      entity: "draft",
      entityId: draft.id,
      action: "create",
      before: null,
      after: summary,
    });
    return draft;
  });
}

/** One draft, or undefined. */
export async function getDraft(db: Executor, id: string): Promise<DraftRecord | undefined> {
  const [row] = await db.select().from(t.drafts).where(eq(t.drafts.id, id));
  return row ? toDraft(row) : undefined;
}

/** Drafts, newest first, optionally only those with a status. */
export async function listDrafts(
  db: Executor,
  filter: { status?: DraftStatus | undefined },
  page: PageRequest,
): Promise<Page<DraftRecord>> {
  const after = decodeCursor(page.cursor);
  const where: (SQL | undefined)[] = [
    filter.status ? eq(t.drafts.status, filter.status) : undefined,
    after ? lt(t.drafts.id, after) : undefined,
  ];
  const rows = await db
    .select()
    .from(t.drafts)
    .where(and(...where))
    .orderBy(desc(t.drafts.id))
    .limit(page.limit + 1);
  return toPage(rows, page.limit, (row) => row.id, toDraft);
}

/** Locks an open draft for a decision; a decided one is a conflict. */
export async function lockOpenDraft(
  tx: Executor,
  id: string,
): Promise<{ ok: true; draft: DraftRecord } | Exclude<WriteOutcome<never>, { ok: true }>> {
  const [row] = await tx.select().from(t.drafts).where(eq(t.drafts.id, id)).for("update");
  if (!row) return { ok: false, reason: "not-found" };
  const draft = toDraft(row);
  if (draft.status !== "open")
    return { ok: false, reason: "conflict", detail: `this draft was already ${draft.status}` };
  return { ok: true, draft };
}

/** Marks a locked draft decided, with its audit event; returns the updated draft. */
export async function closeDraft(
  tx: Executor,
  before: DraftRecord,
  change: { status: "accepted" | "dismissed"; objective?: string },
  options: WriteOptions,
): Promise<DraftRecord> {
  const [row] = await tx
    .update(t.drafts)
    .set({
      status: change.status,
      objectiveId: change.objective ?? null,
      decidedBy: options.actor,
      decidedAt: new Date(),
      updatedAt: new Date(),
    })
    .where(eq(t.drafts.id, before.id))
    .returning();
  const after = toDraft(row as DraftRow);
  const strip = ({ result: _result, ...summary }: DraftRecord) => summary;
  await writeAudit(tx, {
    actor: options.actor,
    entity: "draft",
    entityId: before.id,
    action: "update",
    before: strip(before),
    after: strip(after),
    reason: options.reason,
  });
  return after;
}

/** Dismisses an open draft: nothing is created; dismissing twice is a conflict. */
export async function dismissDraft(
  db: Database,
  id: string,
  options: WriteOptions,
): Promise<WriteOutcome<DraftRecord>> {
  return db.transaction(async (tx) => {
    const locked = await lockOpenDraft(tx, id);
    if (!locked.ok) return locked;
    const after = await closeDraft(tx, locked.draft, { status: "dismissed" }, options);
    return { ok: true, value: after, version: versionOf(after) };
  });
}
