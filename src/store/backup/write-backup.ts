import { once } from "node:events";
import { createWriteStream, renameSync, rmSync } from "node:fs";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { type SQL, sql } from "drizzle-orm";
import type { Database, Executor } from "../database.js";
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupHeader,
  currentMigration,
} from "./backup-format.js";
import { type BackupTable, listBackupTables } from "./backup-tables.js";

/** Rows read per query: keyset pages keep memory flat whatever the store's size. */
const PAGE_ROWS = 5_000;

function columnList(columns: readonly string[], alias?: string): SQL {
  return sql.join(
    columns.map((c) =>
      alias ? sql`${sql.identifier(alias)}.${sql.identifier(c)}` : sql.identifier(c),
    ),
    sql`, `,
  );
}

async function readPage(
  tx: Executor,
  table: BackupTable,
  after: Record<string, unknown> | undefined,
): Promise<Record<string, unknown>[]> {
  const name = sql.identifier(table.name);
  const key = columnList(table.key, "t");
  // Resuming after the last row through jsonb_populate_record keeps each key column's own type.
  const where = after
    ? sql`WHERE (${key}) > (SELECT ${columnList(table.key)} FROM jsonb_populate_record(NULL::${name}, ${JSON.stringify(after)}::jsonb))`
    : sql``;
  const order = table.key.length ? sql`ORDER BY ${key} LIMIT ${PAGE_ROWS}` : sql``;
  const result = (await tx.execute(
    sql`SELECT to_jsonb(t) AS row FROM ${name} t ${where} ${order}`,
  )) as unknown as { rows: { row: Record<string, unknown> }[] };
  return result.rows.map((r) => r.row);
}

async function write(out: Writable, line: unknown): Promise<void> {
  if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, "drain");
}

/**
 * Writes every table of the store to `file` from one consistent snapshot (a read-only,
 * repeatable-read transaction). The archive appears under its name only once complete.
 * @returns rows written per table
 */
export async function writeBackup(
  db: Database,
  driver: string,
  file: string,
): Promise<Record<string, number>> {
  const tables = listBackupTables();
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const sink = createWriteStream(partial);
  gzip.pipe(sink);
  const counts: Record<string, number> = {};
  try {
    await db.transaction(
      async (tx) => {
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          createdAt: new Date().toISOString(),
          migration: currentMigration(),
          driver,
          tables: tables.map((t) => ({ name: t.name, columns: t.columns })),
        };
        await write(gzip, header);
        for (const table of tables) {
          counts[table.name] = 0;
          let after: Record<string, unknown> | undefined;
          do {
            const rows = await readPage(tx, table, after);
            for (const row of rows) await write(gzip, { t: table.name, r: row });
            counts[table.name] = (counts[table.name] ?? 0) + rows.length;
            after = table.key.length && rows.length === PAGE_ROWS ? rows.at(-1) : undefined;
          } while (after);
        }
      },
      { isolationLevel: "repeatable read", accessMode: "read only" },
    );
    await write(gzip, { end: true, counts });
    gzip.end();
    await finished(sink);
    renameSync(partial, file);
    return counts;
  } catch (error) {
    gzip.destroy();
    sink.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
}
