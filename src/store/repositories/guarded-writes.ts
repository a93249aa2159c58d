import type { ZodType } from "zod";
import type { Database, Executor } from "../database.js";
import { compact } from "../documents/compact.js";
import { writeAudit } from "./audit.js";
import type { Patch, WriteOptions, WriteOutcome } from "./outcome.js";
import { versionOf } from "./version.js";

/** How one simple resource (a row per item, no children) is read and written. */
export interface GuardedEntity<T extends { id: string }> {
  /** The audit trail's entity name, e.g. "team". */
  entity: string;
  /** Validates an item after a patch is merged into it. */
  schema: ZodType<T>;
  /** The current item, its row locked for the rest of the transaction. */
  lock(tx: Executor, id: string): Promise<T | undefined>;
  insert(tx: Executor, item: T): Promise<void>;
  update(tx: Executor, item: T): Promise<void>;
  remove(tx: Executor, id: string): Promise<void>;
}

/** The guarded writes a resource gets from its entity description. */
export interface GuardedWrites<T extends { id: string }> {
  create(db: Database, item: T, options: WriteOptions): Promise<WriteOutcome<T>>;
  update(
    db: Database,
    id: string,
    patch: Patch<Omit<T, "id">>,
    options: WriteOptions,
  ): Promise<WriteOutcome<T>>;
  remove(db: Database, id: string, options: WriteOptions): Promise<WriteOutcome<T>>;
}

/**
 * Create, update and delete for a simple resource, each in one transaction with its audit
 * event: a taken id is a conflict, and updates and deletes need the current version
 * (`ifMatch`), so two people editing from the same read cannot overwrite each other.
 */
export function guardedWrites<T extends { id: string }>(
  definition: GuardedEntity<T>,
): GuardedWrites<T> {
  const { entity } = definition;
  return {
    create: (db, item, options) =>
      db.transaction(async (tx) => {
        if (await definition.lock(tx, item.id))
          return { ok: false, reason: "conflict", detail: `a ${entity} with id ${item.id} exists` };
        const parsed = definition.schema.safeParse(item);
        if (!parsed.success) return { ok: false, reason: "invalid", error: parsed.error };
        await definition.insert(tx, parsed.data);
        await writeAudit(tx, {
          actor: options.actor,
          entity,
          entityId: item.id,
          action: "create",
          before: null,
          after: parsed.data,
        });
        return { ok: true, value: parsed.data, version: versionOf(parsed.data) };
      }),
    update: (db, id, patch, options) =>
      db.transaction(async (tx) => {
        const before = await definition.lock(tx, id);
        if (!before) return { ok: false, reason: "not-found" };
        if (options.ifMatch !== versionOf(before))
          return { ok: false, reason: "stale", version: versionOf(before) };
        const parsed = definition.schema.safeParse(compact({ ...before, ...patch, id }));
        if (!parsed.success) return { ok: false, reason: "invalid", error: parsed.error };
        const after = parsed.data;
        await definition.update(tx, after);
        await writeAudit(tx, {
          actor: options.actor,
          entity,
          entityId: id,
          action: "update",
          before,
          after,
          reason: options.reason,
        });
        return { ok: true, value: after, version: versionOf(after) };
      }),
    remove: (db, id, options) =>
      db.transaction(async (tx) => {
        const before = await definition.lock(tx, id);
        if (!before) return { ok: false, reason: "not-found" };
        if (options.ifMatch !== versionOf(before))
          return { ok: false, reason: "stale", version: versionOf(before) };
        await definition.remove(tx, id);
        await writeAudit(tx, {
          actor: options.actor,
          entity,
          entityId: id,
          action: "delete",
          before,
          after: null,
          reason: options.reason,
        });
        return { ok: true, value: before, version: versionOf(before) };
      }),
  };
}
