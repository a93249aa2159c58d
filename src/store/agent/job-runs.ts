import { and, desc, eq, lt, sql } from "drizzle-orm";
import type { Database, Executor } from "../database.js";
import { decodeCursor, type Page, type PageRequest, toPage } from "../repositories/page.js";
import * as t from "../schema.js";

export type JobOutcome = "running" | "succeeded" | "failed" | "skipped";

export interface JobRun {
  id: string;
  job: string;
  period: string;
  instance: string;
  startedAt: string;
  finishedAt?: string;
  outcome: JobOutcome;
  error?: string;
  summary?: unknown;
}

type JobRunRow = typeof t.jobRuns.$inferSelect;

function toJobRun(row: JobRunRow): JobRun {
  return {
    id: String(row.id),
    job: row.job,
    period: row.period,
    instance: row.instance,
    startedAt: row.startedAt.toISOString(),
    ...(row.finishedAt && { finishedAt: row.finishedAt.toISOString() }),
    outcome: row.outcome as JobOutcome,
    ...(row.error !== null && { error: row.error }),
    ...(row.summary !== null && { summary: row.summary }),
  };
}

export type JobClaim =
  | { claimed: true; run: JobRun }
  | { claimed: false; reason: "locked" | "already-ran"; message: string };

/**
 * Claims one job for one period, so that across every instance sharing the database it runs
 * exactly once: a transaction-scoped advisory lock keyed by job+period keeps two instances
 * from racing, and the unique (job, period) row keeps any later instance out for good.
 */
export async function claimJobRun(
  db: Database,
  input: { job: string; period: string; instance: string; startedAt: Date },
): Promise<JobClaim> {
  return db.transaction(async (tx) => {
    const key = `okapi-job:${input.job}:${input.period}`;
    const locked = (await tx.execute(
      sql`SELECT pg_try_advisory_xact_lock(hashtext(${key})) AS locked`,
    )) as unknown as { rows: { locked: boolean }[] };
    if (!locked.rows[0]?.locked)
      return {
        claimed: false,
        reason: "locked",
        message: `${input.job} for ${input.period} is being claimed by another instance`,
      };
    const [row] = await tx
      .insert(t.jobRuns)
      .values({
        job: input.job,
        period: input.period,
        instance: input.instance,
        startedAt: input.startedAt,
      })
      .onConflictDoNothing({ target: [t.jobRuns.job, t.jobRuns.period] })
      .returning();
    if (!row) {
      const [existing] = await tx
        .select()
        .from(t.jobRuns)
        .where(and(eq(t.jobRuns.job, input.job), eq(t.jobRuns.period, input.period)));
      return {
        claimed: false,
        reason: "already-ran",
        message: `${input.job} for ${input.period} already ran on ${existing?.instance ?? "another instance"}`,
      };
    }
    return { claimed: true, run: toJobRun(row) };
  });
}

/** Records how a claimed run ended. */
export async function finishJobRun(
  db: Executor,
  id: string,
  result: {
    outcome: Exclude<JobOutcome, "running">;
    finishedAt: Date;
    error?: string;
    summary?: unknown;
  },
): Promise<JobRun | undefined> {
  const [row] = await db
    .update(t.jobRuns)
    .set({
      outcome: result.outcome,
      finishedAt: result.finishedAt,
      error: result.error ?? null,
      summary: result.summary ?? null,
    })
    .where(eq(t.jobRuns.id, Number(id)))
    .returning();
  return row ? toJobRun(row) : undefined;
}

/** Job runs, newest first, optionally of one job. */
export async function listJobRuns(
  db: Executor,
  filter: { job?: string | undefined },
  page: PageRequest,
): Promise<Page<JobRun>> {
  const after = decodeCursor(page.cursor);
  const rows = await db
    .select()
    .from(t.jobRuns)
    .where(
      and(
        filter.job ? eq(t.jobRuns.job, filter.job) : undefined,
        after && /^\d+$/.test(after) ? lt(t.jobRuns.id, Number(after)) : undefined,
      ),
    )
    .orderBy(desc(t.jobRuns.id))
    .limit(page.limit + 1);
  return toPage(rows, page.limit, (row) => row.id, toJobRun);
}
