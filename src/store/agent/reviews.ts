import { and, desc, eq, lt } from "drizzle-orm";
import type { Executor } from "../database.js";
import { decodeCursor, type Page, type PageRequest, toPage } from "../repositories/page.js";
import * as t from "../schema.js";

export interface StoredReviewSummary {
  id: string;
  kind: string;
  period: string;
  asOf: string;
  createdAt: string;
}

export interface StoredReview extends StoredReviewSummary {
  content: unknown;
}

type ReviewRow = typeof t.reviews.$inferSelect;

function toSummary(row: Omit<ReviewRow, "content">): StoredReviewSummary {
  return {
    id: String(row.id),
    kind: row.kind,
    period: row.period,
    asOf: row.asOf,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Keeps a generated review; generating the same kind and period again replaces it. */
export async function saveReview(
  db: Executor,
  review: { kind: string; period: string; asOf: string; content: unknown },
): Promise<StoredReviewSummary> {
  const values = { ...review, asOf: review.asOf.slice(0, 10), createdAt: new Date() };
  const [row] = await db
    .insert(t.reviews)
    .values(values)
    .onConflictDoUpdate({ target: [t.reviews.kind, t.reviews.period], set: values })
    .returning();
  return toSummary(row as ReviewRow);
}

/** Stored reviews, newest first, without their content. */
export async function listReviews(
  db: Executor,
  filter: { kind?: string | undefined },
  page: PageRequest,
): Promise<Page<StoredReviewSummary>> {
  const after = decodeCursor(page.cursor);
  const rows = await db
    .select({
      id: t.reviews.id,
      kind: t.reviews.kind,
      period: t.reviews.period,
      asOf: t.reviews.asOf,
      createdAt: t.reviews.createdAt,
    })
    .from(t.reviews)
    .where(
      and(
        filter.kind ? eq(t.reviews.kind, filter.kind) : undefined,
        after && /^\d+$/.test(after) ? lt(t.reviews.id, Number(after)) : undefined,
      ),
    )
    .orderBy(desc(t.reviews.id))
    .limit(page.limit + 1);
  return toPage(rows, page.limit, (row) => row.id, toSummary);
}

/** One stored review with its content (ids are numbers; anything else is absent). */
export async function getReview(db: Executor, id: string): Promise<StoredReview | undefined> {
  if (!/^\d{1,15}$/.test(id)) return undefined;
  const [row] = await db
    .select()
    .from(t.reviews)
    .where(eq(t.reviews.id, Number(id)));
  return row ? { ...toSummary(row), content: row.content } : undefined;
}
