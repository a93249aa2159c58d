import { sql } from "drizzle-orm";
import { listBackupTables } from "../../src/store/backup/backup-tables.js";
import type { Database } from "../../src/store/database.js";

/** Every row of every table, as PostgreSQL spells it, in key order: two stores compare equal or not. */
export async function snapshotTables(db: Database): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of listBackupTables()) {
    const order = table.key.length
      ? sql`ORDER BY ${sql.join(
          table.key.map((c) => sql.identifier(c)),
          sql`, `,
        )}`
      : sql``;
    const result = (await db.execute(
      sql`SELECT to_jsonb(t) AS row FROM ${sql.identifier(table.name)} t ${order}`,
    )) as unknown as { rows: { row: unknown }[] };
    snapshot[table.name] = result.rows.map((r) => r.row);
  }
  return snapshot;
}
