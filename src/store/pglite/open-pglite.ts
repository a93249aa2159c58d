import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import {
  type BulkWriter,
  COPY_CHUNK_ROWS,
  COPY_MEASUREMENTS,
  type Database,
  type MeasurementRow,
  MIGRATIONS_FOLDER,
  measurementsToCsv,
  toDriverQuery,
} from "../database.js";
import * as schema from "../schema.js";

export interface OpenedDriver {
  db: Database;
  bulk: BulkWriter;
  /** Brings the planner's table statistics up to date after a large write. */
  refreshStatistics(): Promise<void>;
  close(): Promise<void>;
}

/** Opens (creating if needed) the embedded store; `dataDir` undefined means in memory. */
export async function openPglite(dataDir: string | undefined): Promise<OpenedDriver> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir ? { dataDir } : {});
  // Instants are read back as text; UTC keeps their spelling independent of the host.
  await client.exec("SET TIME ZONE 'UTC'");
  const db = drizzle({ client, schema }) as unknown as Database;
  await migrate(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  const bulk: BulkWriter = {
    async insertMeasurements(rows: readonly MeasurementRow[], onProgress, alsoRun = []) {
      // PGlite reads COPY input from a virtual /dev/blob file.
      const copy = COPY_MEASUREMENTS.replace("FROM STDIN", "FROM '/dev/blob'");
      await client.transaction(async (tx) => {
        for (let start = 0; start < rows.length; start += COPY_CHUNK_ROWS) {
          const end = Math.min(rows.length, start + COPY_CHUNK_ROWS);
          await tx.query(copy, [], { blob: new Blob([measurementsToCsv(rows, start, end)]) });
          onProgress?.(end);
        }
        for (const statement of alsoRun) {
          const { text, params } = toDriverQuery(statement);
          await tx.query(text, params);
        }
      });
      return rows.length;
    },
  };
  return {
    db,
    bulk,
    // PGlite has no autovacuum: without ANALYZE the planner keeps its empty-table estimates
    // and scans whole tables (check-ins, measurements) that have grown large.
    refreshStatistics: async () => {
      await client.exec("ANALYZE");
    },
    close: () => client.close(),
  };
}
