import { randomUUID } from "node:crypto";
import pg from "pg";
import { openStore, type Store } from "../open-store.js";

export interface TestStore {
  store: Store;
  dispose(): Promise<void>;
}

/** A fresh, empty database on the server DATABASE_URL points at, dropped on dispose. */
async function freshPostgres(url: string): Promise<TestStore> {
  const name = `okapi_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const store = await openStore({ databaseUrl: target.toString() });
  return {
    store,
    async dispose() {
      await store.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** The drivers the store suite runs against: PGlite always, PostgreSQL when DATABASE_URL is set. */
export const storeDrivers: { name: string; open: () => Promise<TestStore> }[] = [
  {
    name: "pglite",
    async open() {
      const store = await openStore({ inMemory: true });
      return { store, dispose: () => store.close() };
    },
  },
  ...(process.env.DATABASE_URL
    ? [{ name: "postgres", open: () => freshPostgres(process.env.DATABASE_URL as string) }]
    : []),
];
