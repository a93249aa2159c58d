import { asc, eq } from "drizzle-orm";
import type { Database, Executor } from "../database.js";
import { writeAudit } from "../repositories/audit.js";
import type { WriteOutcome } from "../repositories/outcome.js";
import { versionOf } from "../repositories/version.js";
import * as t from "../schema.js";

export type SourceCadence = "daily" | "weekly" | "monthly";

/** A data source as the API and CLI show it: never a secret, only whether one is stored. */
export interface SourceRecord {
  id: string;
  metric: string;
  kind: string;
  config: unknown;
  credentialsRef?: string;
  hasStoredCredentials: boolean;
  cadence: SourceCadence;
  status: "healthy" | "failing" | "never-run";
  lastRunAt?: string;
  lastSuccessAt?: string;
  /** "stale: source failing" — the error and when the failures began. */
  error?: { kind: string; message: string; since: string };
}

/** What the runner needs: the record plus the sealed credentials, which stay server-side. */
export interface SourceWithSecrets extends SourceRecord {
  sealedCredentials?: Record<string, string>;
}

export interface NewSource {
  id: string;
  metric: string;
  kind: string;
  config: unknown;
  credentialsRef?: string | undefined;
  sealedCredentials?: Record<string, string> | undefined;
  cadence: SourceCadence;
}

type SourceRow = typeof t.sources.$inferSelect;

function toRecord(row: SourceRow): SourceWithSecrets {
  const failing = row.lastError !== null && row.failingSince !== null;
  const sealed = row.sealedCredentials as Record<string, string> | null;
  return {
    id: row.id,
    metric: row.metricId,
    kind: row.kind,
    config: row.config,
    ...(row.credentialsRef !== null && { credentialsRef: row.credentialsRef }),
    hasStoredCredentials: sealed !== null && Object.keys(sealed).length > 0,
    cadence: row.cadence as SourceCadence,
    status: failing ? "failing" : row.lastRunAt ? "healthy" : "never-run",
    ...(row.lastRunAt && { lastRunAt: row.lastRunAt.toISOString() }),
    ...(row.lastSuccessAt && { lastSuccessAt: row.lastSuccessAt.toISOString() }),
    ...(failing && {
      error: {
        kind: row.lastErrorKind ?? "unknown",
        message: row.lastError as string,
        since: (row.failingSince as Date).toISOString(),
      },
    }),
    ...(sealed !== null && { sealedCredentials: sealed }),
  };
}

/** Drops the sealed credentials: what may leave the server. */
export function publicSource(source: SourceWithSecrets): SourceRecord {
  const { sealedCredentials: _sealed, ...rest } = source;
  return rest;
}

/** Every data source, ordered by id (a workspace has tens, not thousands). */
export async function listSources(db: Executor): Promise<SourceWithSecrets[]> {
  const rows = await db.select().from(t.sources).orderBy(asc(t.sources.id));
  return rows.map(toRecord);
}

export async function getSource(db: Executor, id: string): Promise<SourceWithSecrets | undefined> {
  const [row] = await db.select().from(t.sources).where(eq(t.sources.id, id));
  return row ? toRecord(row) : undefined;
}

/** Adds a source with its audit event (the audit never holds the sealed credentials). */
export async function createSource(
  db: Database,
  source: NewSource,
  actor: string,
): Promise<WriteOutcome<SourceRecord>> {
  return db.transaction(async (tx) => {
    if (await getSource(tx, source.id))
      return { ok: false, reason: "conflict", detail: `a source with id ${source.id} exists` };
    const [row] = await tx
      .insert(t.sources)
      .values({
        id: source.id,
        metricId: source.metric,
        kind: source.kind,
        config: source.config ?? {},
        credentialsRef: source.credentialsRef ?? null,
        sealedCredentials: source.sealedCredentials ?? null,
        cadence: source.cadence,
      })
      .returning();
    const created = publicSource(toRecord(row as SourceRow));
    await writeAudit(tx, {
      actor,
      entity: "source",
      entityId: source.id,
      action: "create",
      before: null,
      after: created,
    });
    return { ok: true, value: created, version: versionOf(created) };
  });
}

/** Removes a source (its measurements stay: they are history). */
export async function deleteSource(
  db: Database,
  id: string,
  actor: string,
): Promise<WriteOutcome<SourceRecord>> {
  return db.transaction(async (tx) => {
    const before = await getSource(tx, id);
    if (!before) return { ok: false, reason: "not-found" };
    await tx.delete(t.sources).where(eq(t.sources.id, id));
    const shown = publicSource(before);
    await writeAudit(tx, {
      actor,
      entity: "source",
      entityId: id,
      action: "delete",
      before: shown,
      after: null,
    });
    return { ok: true, value: shown, version: versionOf(shown) };
  });
}

/** Metrics whose source is failing, with the error: the review shows them "stale: source failing". */
export async function readSourceFailures(
  db: Executor,
): Promise<Map<string, { kind: string; message: string; since: string }>> {
  const failures = new Map<string, { kind: string; message: string; since: string }>();
  for (const source of await listSources(db))
    if (source.error && !failures.has(source.metric)) failures.set(source.metric, source.error);
  return failures;
}
