import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import {
  type BulkWriter,
  COPY_CHUNK_ROWS,
  COPY_MEASUREMENTS,
  type Database,
  MIGRATIONS_FOLDER,
  measurementsToCsv,
  toDriverQuery,
} from "../database.js";
import type { OpenedDriver } from "../pglite/open-pglite.js";
import * as schema from "../schema.js";

/** Any fixed number works; it only has to be the same for every Okapi instance. */
const MIGRATION_LOCK = 4_280_001;

/** Connects to PostgreSQL and migrates under an advisory lock, so instances can start together. */
export async function openPostgres(url: string): Promise<OpenedDriver> {
  // Instants are read back as text; UTC keeps their spelling independent of the server.
  const pool = new pg.Pool({ connectionString: url, max: 10, options: "-c timezone=UTC" });
  // An idle pooled connection can be cut by the server (restart, failover, a dropped
  // database); the pool discards it and opens a new one on the next query. Without a
  // listener the event would crash the process.
  pool.on("error", () => {});
  const db = drizzle({ client: pool, schema }) as unknown as Database;
  const lockClient = await pool.connect();
  try {
    await lockClient.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await migrate(drizzle({ client: lockClient }), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await lockClient.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
    lockClient.release();
  }
  const bulk: BulkWriter = {
    async insertMeasurements(rows, onProgress, alsoRun = []) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        function* chunks() {
          for (let start = 0; start < rows.length; start += COPY_CHUNK_ROWS) {
            const end = Math.min(rows.length, start + COPY_CHUNK_ROWS);
            yield measurementsToCsv(rows, start, end);
            onProgress?.(end);
          }
        }
        await pipeline(Readable.from(chunks()), client.query(copyFrom(COPY_MEASUREMENTS)));
        for (const statement of alsoRun) {
          const { text, params } = toDriverQuery(statement);
          await client.query(text, params);
        }
        await client.query("COMMIT");
        return rows.length;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
  };
  // PostgreSQL's autovacuum keeps the planner's statistics current.
  return { db, bulk, refreshStatistics: async () => {}, close: () => pool.end() };
}
