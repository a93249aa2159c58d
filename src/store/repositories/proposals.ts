import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import type { Database, Executor } from "../database.js";
import * as t from "../schema.js";
import { writeAudit } from "./audit.js";
import type { WriteOptions, WriteOutcome } from "./outcome.js";
import { decodeCursor, type Page, type PageRequest, toPage } from "./page.js";
import { versionOf } from "./version.js";

type ProposalStatus = "open" | "accepted" | "dismissed";

/** A suggestion waiting for a person: KPI → OKR (recovery), OKR → KPI (promotion), retirement. */
export interface Proposal {
  id: string;
  kind: string;
  subject: string;
  payload: unknown;
  status: ProposalStatus;
  decidedBy?: string;
  decidedAt?: string;
  createdAt: string;
}

type ProposalRow = typeof t.proposals.$inferSelect;

function toProposal(row: ProposalRow): Proposal {
  return {
    id: String(row.id),
    kind: row.kind,
    subject: row.subjectId,
    payload: row.payload,
    status: row.status as ProposalStatus,
    ...(row.decidedBy ? { decidedBy: row.decidedBy } : {}),
    ...(row.decidedAt ? { decidedAt: row.decidedAt.toISOString() } : {}),
    createdAt: row.createdAt.toISOString(),
  };
}

/** Proposals, oldest first, filtered by status and kind. */
export async function listProposals(
  db: Executor,
  filter: { status?: string | undefined; kind?: string | undefined },
  page: PageRequest,
): Promise<Page<Proposal>> {
  const after = decodeCursor(page.cursor);
  const where: (SQL | undefined)[] = [
    filter.status ? eq(t.proposals.status, filter.status) : undefined,
    filter.kind ? eq(t.proposals.kind, filter.kind) : undefined,
    after && /^\d+$/.test(after) ? gt(t.proposals.id, Number(after)) : undefined,
  ];
  const rows = await db
    .select()
    .from(t.proposals)
    .where(and(...where))
    .orderBy(asc(t.proposals.id))
    .limit(page.limit + 1);
  return toPage(rows, page.limit, (row) => row.id, toProposal);
}

/** One proposal, or undefined (ids are numbers; anything else is absent). */
export async function getProposal(db: Executor, id: string): Promise<Proposal | undefined> {
  if (!/^\d{1,15}$/.test(id)) return undefined;
  const [row] = await db
    .select()
    .from(t.proposals)
    .where(eq(t.proposals.id, Number(id)));
  return row ? toProposal(row) : undefined;
}

/** Files a proposal with its audit event. */
export async function createProposal(
  db: Database,
  input: { kind: string; subject: string; payload: unknown },
  options: WriteOptions,
): Promise<WriteOutcome<Proposal>> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(t.proposals)
      .values({ kind: input.kind, subjectId: input.subject, payload: input.payload ?? {} })
      .returning();
    const proposal = toProposal(row as ProposalRow);
    await writeAudit(tx, {
      actor: options.actor,
      entity: "proposal",
      entityId: proposal.id,
      action: "create",
      before: null,
      after: proposal,
    });
    return { ok: true, value: proposal, version: versionOf(proposal) };
  });
}

/** Accepts or rejects an open proposal if `ifMatch` is current; a decided one is a conflict. */
export async function decideProposal(
  db: Database,
  id: string,
  status: "accepted" | "dismissed",
  options: WriteOptions,
): Promise<WriteOutcome<Proposal>> {
  return db.transaction(async (tx) => {
    const before = await getProposal(tx, id);
    if (!before) return { ok: false, reason: "not-found" };
    if (options.ifMatch !== versionOf(before))
      return { ok: false, reason: "stale", version: versionOf(before) };
    if (before.status !== "open")
      return {
        ok: false,
        reason: "conflict",
        detail: `this proposal was already ${before.status}`,
      };
    const [row] = await tx
      .update(t.proposals)
      .set({ status, decidedBy: options.actor, decidedAt: new Date(), updatedAt: new Date() })
      .where(eq(t.proposals.id, Number(id)))
      .returning();
    const after = toProposal(row as ProposalRow);
    await writeAudit(tx, {
      actor: options.actor,
      entity: "proposal",
      entityId: id,
      action: "update",
      before,
      after,
      reason: options.reason,
    });
    return { ok: true, value: after, version: versionOf(after) };
  });
}

/**
 * Files the proposals not already open for the same kind and subject, in one
 * transaction, and returns every open one: re-running an analysis never duplicates.
 */
export async function syncProposals(
  db: Database,
  found: readonly { kind: string; subject: string; payload: unknown }[],
  options: Pick<WriteOptions, "actor">,
): Promise<{ added: number; open: Proposal[] }> {
  return db.transaction(async (tx) => {
    const open = await tx.select().from(t.proposals).where(eq(t.proposals.status, "open"));
    const known = new Set(open.map((row) => `${row.kind}\u0000${row.subjectId}`));
    const fresh = found.filter((p) => !known.has(`${p.kind}\u0000${p.subject}`));
    for (const proposal of fresh) {
      const [row] = await tx
        .insert(t.proposals)
        .values({
          kind: proposal.kind,
          subjectId: proposal.subject,
          payload: proposal.payload ?? {},
        })
        .returning();
      const created = toProposal(row as ProposalRow);
      await writeAudit(tx, {
        actor: options.actor,
        entity: "proposal",
        entityId: created.id,
        action: "create",
        before: null,
        after: created,
      });
    }
    const rows = await tx
      .select()
      .from(t.proposals)
      .where(eq(t.proposals.status, "open"))
      .orderBy(asc(t.proposals.id));
    return { added: fresh.length, open: rows.map(toProposal) };
  });
}
