import { and, asc, eq } from "drizzle-orm";
import type { Database } from "../database.js";
import * as t from "../schema.js";

export interface ProposalInput {
  kind: string;
  subjectId: string;
  payload: unknown;
}

export interface StoredProposal extends ProposalInput {
  id: number;
  status: "open" | "accepted" | "dismissed";
  createdAt: string;
  decidedBy: string | null;
}

function toProposal(row: typeof t.proposals.$inferSelect): StoredProposal {
  return {
    id: row.id,
    kind: row.kind,
    subjectId: row.subjectId,
    payload: row.payload,
    status: row.status as StoredProposal["status"],
    createdAt: row.createdAt.toISOString(),
    decidedBy: row.decidedBy,
  };
}

/**
 * Stores the proposals not already open for the same subject, in one transaction, and
 * returns every open proposal. Proposals are never applied: a person accepts or dismisses.
 */
export async function syncProposals(
  db: Database,
  found: readonly ProposalInput[],
): Promise<{ added: number; open: StoredProposal[] }> {
  return db.transaction(async (tx) => {
    const open = await tx.select().from(t.proposals).where(eq(t.proposals.status, "open"));
    const known = new Set(open.map((row) => `${row.kind}\u0000${row.subjectId}`));
    const fresh = found.filter((p) => !known.has(`${p.kind}\u0000${p.subjectId}`));
    if (fresh.length)
      await tx
        .insert(t.proposals)
        .values(fresh.map((p) => ({ ...p, payload: p.payload as object })));
    const rows = await tx
      .select()
      .from(t.proposals)
      .where(eq(t.proposals.status, "open"))
      .orderBy(asc(t.proposals.id));
    return { added: fresh.length, open: rows.map(toProposal) };
  });
}

/** Marks an open proposal accepted or dismissed by a person, with an audit event. */
export async function decideProposal(
  db: Database,
  request: {
    id: number;
    status: "accepted" | "dismissed";
    by: string;
    reason?: string | undefined;
    actor: string;
  },
): Promise<StoredProposal | undefined> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(t.proposals)
      .set({
        status: request.status,
        decidedBy: request.by,
        decidedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(and(eq(t.proposals.id, request.id), eq(t.proposals.status, "open")))
      .returning();
    if (!row) return undefined;
    await tx.insert(t.auditEvents).values({
      actor: request.actor,
      entity: "proposal",
      entityId: String(row.id),
      action: "update",
      before: { status: "open" },
      after: { status: request.status, by: request.by },
      reason: request.reason ?? null,
    });
    return toProposal(row);
  });
}
