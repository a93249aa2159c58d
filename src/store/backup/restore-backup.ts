import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { sql } from "drizzle-orm";
import type { Database, Transaction } from "../database.js";
import {
  BackupError,
  BackupHeader,
  BackupRow,
  BackupTrailer,
  currentMigration,
} from "./backup-format.js";
import { type BackupTable, listBackupTables } from "./backup-tables.js";

/** Rows per INSERT: one jsonb parameter each, small enough to stay well under a MB or two. */
const BATCH_ROWS = 2_000;

function parseLine(text: string, lineNumber: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new BackupError(`line ${lineNumber} of the backup is not JSON: the file is damaged`);
  }
}

/** The header's tables, checked against this build's schema: a newer backup is refused. */
function checkHeader(value: unknown): Map<string, string[]> {
  const parsed = BackupHeader.safeParse(value);
  if (!parsed.success)
    throw new BackupError("not an Okapi backup (its first line is not an okapi-backup header)");
  const known = new Map(listBackupTables().map((t) => [t.name, new Set(t.columns)]));
  const columns = new Map<string, string[]>();
  for (const table of parsed.data.tables) {
    const current = known.get(table.name);
    const unknown = current ? table.columns.filter((c) => !current.has(c)) : [table.name];
    if (unknown.length)
      throw new BackupError(
        `the backup was made by a newer Okapi (migration ${parsed.data.migration}, this one has ${currentMigration()}): ${unknown.join(", ")} unknown here; upgrade Okapi before restoring`,
      );
    columns.set(table.name, table.columns);
  }
  return columns;
}

async function isEmpty(tx: Transaction, tables: readonly BackupTable[]): Promise<boolean> {
  for (const table of tables) {
    const result = (await tx.execute(
      sql`SELECT EXISTS (SELECT 1 FROM ${sql.identifier(table.name)}) AS found`,
    )) as unknown as { rows: { found: boolean }[] };
    if (result.rows[0]?.found) return false;
  }
  return true;
}

async function insertRows(tx: Transaction, table: string, columns: string[], rows: unknown[]) {
  if (rows.length === 0) return;
  const name = sql.identifier(table);
  const list = sql.join(
    columns.map((c) => sql.identifier(c)),
    sql`, `,
  );
  await tx.execute(
    sql`INSERT INTO ${name} (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::${name}, ${JSON.stringify(rows)}::jsonb)`,
  );
}

/** Moves each sequence past the restored ids, so the next insert does not collide. */
async function advanceSequences(tx: Transaction, tables: readonly BackupTable[]) {
  for (const table of tables) {
    for (const column of table.serial) {
      await tx.execute(
        sql`SELECT setval(pg_get_serial_sequence(${table.name}, ${column}), COALESCE(MAX(${sql.identifier(column)}), 1), MAX(${sql.identifier(column)}) IS NOT NULL) FROM ${sql.identifier(table.name)}`,
      );
    }
  }
}

async function* readLines(file: string): AsyncGenerator<string> {
  const gunzip = createGunzip();
  const lines = createInterface({
    input: createReadStream(file).pipe(gunzip),
    crlfDelay: Infinity,
  });
  try {
    for await (const line of lines) yield line;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code?.startsWith("Z_"))
      throw new BackupError(
        "the backup is not gzip-compressed or is damaged (truncated or corrupt)",
      );
    throw error;
  }
}

/**
 * Restores a backup written by `writeBackup` in one transaction: every row or none.
 * Refuses a store that holds data unless `force`, which empties it first (in the same
 * transaction, so a failed restore leaves the old data in place).
 * @returns rows restored per table
 */
export async function restoreBackup(
  db: Database,
  file: string,
  options: { force?: boolean } = {},
): Promise<Record<string, number>> {
  const tables = listBackupTables();
  return db.transaction(async (tx) => {
    if (!(await isEmpty(tx, tables))) {
      if (!options.force)
        throw new BackupError(
          "the store already holds data: restore into an empty store, or pass --force to replace everything in it",
        );
      const names = sql.join(
        tables.map((t) => sql.identifier(t.name)),
        sql`, `,
      );
      await tx.execute(sql`TRUNCATE ${names} RESTART IDENTITY`);
    }
    let columns: Map<string, string[]> | undefined;
    let trailer: Record<string, number> | undefined;
    const counts: Record<string, number> = {};
    let batchTable = "";
    let batch: unknown[] = [];
    const flush = async () => {
      await insertRows(tx, batchTable, columns?.get(batchTable) ?? [], batch);
      batch = [];
    };
    let lineNumber = 0;
    for await (const text of readLines(file)) {
      lineNumber++;
      if (trailer) throw new BackupError(`line ${lineNumber}: data after the end of the backup`);
      const value = parseLine(text, lineNumber);
      if (!columns) {
        columns = checkHeader(value);
        for (const table of columns.keys()) counts[table] = 0;
        continue;
      }
      const end = BackupTrailer.safeParse(value);
      if (end.success) {
        trailer = end.data.counts;
        continue;
      }
      const row = BackupRow.safeParse(value);
      if (!row.success || !columns.has(row.data.t))
        throw new BackupError(`line ${lineNumber} is not a row of a table the header lists`);
      if (row.data.t !== batchTable || batch.length >= BATCH_ROWS) {
        await flush();
        batchTable = row.data.t;
      }
      batch.push(row.data.r);
      counts[row.data.t] = (counts[row.data.t] ?? 0) + 1;
    }
    await flush();
    if (!columns) throw new BackupError("the backup is empty");
    if (!trailer)
      throw new BackupError(
        "the backup is incomplete (no end marker): it was cut short while being written or copied",
      );
    for (const [table, expected] of Object.entries(trailer)) {
      if ((counts[table] ?? 0) !== expected)
        throw new BackupError(
          `the backup lists ${expected} rows of ${table} but holds ${counts[table] ?? 0}`,
        );
    }
    await advanceSequences(tx, tables);
    return counts;
  });
}
