import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { MIGRATIONS_FOLDER } from "../database.js";

/**
 * An Okapi backup is gzip-compressed JSON Lines: a header line, one line per row
 * (`{"t": table, "r": row}`, the row as PostgreSQL's `to_jsonb` spells it), and a
 * trailer with the row counts. A file cut short (a crash while writing, a partial
 * copy) has no trailer, so it is refused instead of restored halfway.
 */
export const BACKUP_FORMAT = "okapi-backup";
export const BACKUP_VERSION = 1;

export const BackupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  /** The last migration the store had: a restore into an older Okapi is refused. */
  migration: z.string(),
  driver: z.string(),
  tables: z.array(z.object({ name: z.string(), columns: z.array(z.string()) })),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

export const BackupRow = z.object({ t: z.string(), r: z.record(z.string(), z.unknown()) });

export const BackupTrailer = z.object({
  end: z.literal(true),
  counts: z.record(z.string(), z.number()),
});

/** Raised for an archive that is not a complete Okapi backup this version can read. */
export class BackupError extends Error {
  override readonly name = "BackupError";
}

/** The tag of the newest migration this build ships, e.g. `0001_accounts_and_privacy`. */
export function currentMigration(): string {
  const journal = JSON.parse(
    readFileSync(join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8"),
  ) as {
    entries: { tag: string }[];
  };
  return journal.entries.at(-1)?.tag ?? "none";
}
