import { is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import * as schema from "../schema.js";

/** One table as a backup sees it: every column, the key it is paged by, its serial columns. */
export interface BackupTable {
  name: string;
  columns: string[];
  /** Primary-key columns, so pages are read in a stable order. */
  key: string[];
  /** Columns fed by a sequence, whose counter must move past the restored ids. */
  serial: string[];
  dependsOn: string[];
}

function describe(table: PgTable): BackupTable {
  const config = getTableConfig(table);
  const composite = config.primaryKeys[0]?.columns.map((c) => c.name);
  return {
    name: config.name,
    columns: config.columns.map((c) => c.name),
    key: composite ?? config.columns.filter((c) => c.primary).map((c) => c.name),
    serial: config.columns.filter((c) => c.columnType.includes("Serial")).map((c) => c.name),
    dependsOn: config.foreignKeys
      .map((fk) => getTableConfig(fk.reference().foreignTable).name)
      .filter((name) => name !== config.name),
  };
}

/**
 * Every table of the schema, referenced tables before the tables that reference them,
 * so a restore inserts in an order the foreign keys accept. Read from the Drizzle schema
 * so a table added later is backed up without touching this module.
 */
export function listBackupTables(): BackupTable[] {
  const tables = Object.values(schema)
    .filter((value: unknown): value is PgTable => is(value, PgTable))
    .map(describe)
    .sort((a, b) => a.name.localeCompare(b.name));
  const ordered: BackupTable[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter(
      (t) => !placed.has(t.name) && t.dependsOn.every((name) => placed.has(name)),
    );
    if (ready.length === 0) throw new Error("the schema's foreign keys form a cycle");
    for (const table of ready) {
      ordered.push(table);
      placed.add(table.name);
    }
  }
  return ordered;
}
