import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openStore, type Store } from "../../../src/store/open-store.js";

/**
 * A store a child process (the CLI or `okapi serve`) uses through its environment, and the
 * test reopens between runs. PGlite allows one process at a time, so `inspect` opens and
 * closes around each check.
 */
export interface CrashStore {
  name: "pglite" | "postgres";
  env: Record<string, string>;
  inspect<T>(work: (store: Store) => Promise<T>): Promise<T>;
  /**
   * Resolves once a child is busy writing in a transaction: PostgreSQL shows it as a backend
   * holding a transaction id; PGlite lives inside the child, so there the write-ahead log
   * changing on three polls in a row shows it (recovery or a checkpoint is one short burst).
   */
  writeStarted(): Promise<void>;
  dispose(): Promise<void>;
}

function walStamp(dir: string): string {
  if (!existsSync(dir)) return "";
  return readdirSync(dir)
    .filter((name) => /^[0-9A-F]{24}$/.test(name))
    .map((name) => `${name}@${statSync(join(dir, name)).mtimeMs}`)
    .join(",");
}

async function walBusy(dir: string): Promise<void> {
  let last = walStamp(dir);
  let changes = 0;
  for (let i = 0; i < 6000; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    const now = walStamp(dir);
    changes = now !== last ? changes + 1 : 0;
    last = now;
    if (changes >= 3) return;
  }
  throw new Error("the write-ahead log did not change within 60 s");
}

function pgliteStore(): CrashStore {
  const dir = mkdtempSync(join(tmpdir(), "okapi-crash-"));
  const dataDir = join(dir, "data");
  return {
    name: "pglite",
    env: { OKAPI_DATA_DIR: dataDir, DATABASE_URL: "" },
    async inspect(work) {
      const store = await openStore({ dataDir });
      try {
        return await work(store);
      } finally {
        await store.close();
      }
    },
    writeStarted: () => walBusy(join(dataDir, "pg_wal")),
    async dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresStore(url: string): Promise<CrashStore> {
  const name = `okapi_crash_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const databaseUrl = target.toString();
  return {
    name: "postgres",
    env: { DATABASE_URL: databaseUrl },
    async inspect(work) {
      const store = await openStore({ databaseUrl });
      try {
        return await work(store);
      } finally {
        await store.close();
      }
    },
    async writeStarted() {
      for (let i = 0; i < 3000; i++) {
        const { rows } = await admin.query(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND backend_xid IS NOT NULL",
          [name],
        );
        if ((rows[0] as { n: number }).n > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error("no write transaction started within 30 s");
    },
    async dispose() {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** PGlite always; PostgreSQL when DATABASE_URL is set (CI sets it). */
export const crashStores: { name: string; create: () => Promise<CrashStore> }[] = [
  { name: "pglite", create: async () => pgliteStore() },
  ...(process.env.DATABASE_URL
    ? [{ name: "postgres", create: () => postgresStore(process.env.DATABASE_URL as string) }]
    : []),
];
