import { count, eq, type SQL } from "drizzle-orm";
import type { OkapiDocument } from "../core/model/index.js";
import type { Database, MeasurementRow } from "./database.js";
import { type ApplyReport, applyDocument } from "./documents/apply-document.js";
import { exportDocument } from "./documents/export-document.js";
import { type OpenedDriver, openPglite } from "./pglite/open-pglite.js";
import { openPostgres } from "./postgres/open-postgres.js";
import * as t from "./schema.js";
import { toStoreError } from "./store-error.js";

export interface StoreOptions {
  /** `postgres://…` switches to a PostgreSQL server; otherwise the embedded store. */
  databaseUrl?: string | undefined;
  /** Where the embedded store keeps its files; undefined with `inMemory` for tests. */
  dataDir?: string | undefined;
  inMemory?: boolean;
}

/** The one seam between Okapi and its database; returns domain types, never rows. */
export interface Store {
  readonly driver: "pglite" | "postgres";
  readonly db: Database;
  applyDocument(
    document: OkapiDocument,
    options: { dryRun?: boolean; actor: string },
  ): Promise<ApplyReport>;
  exportDocument(): Promise<OkapiDocument | null>;
  /** Whether a KPI or key result with this id exists (measurements may address either). */
  metricExists(id: string): Promise<boolean>;
  /** Imports rows in one transaction at COPY speed; `alsoRun` commits with them (events). */
  importMeasurements(
    rows: readonly MeasurementRow[],
    onProgress?: (done: number) => void,
    alsoRun?: readonly SQL[],
  ): Promise<number>;
  isEmpty(): Promise<boolean>;
  close(): Promise<void>;
}

/** An import this large can change which plan is best; a small one cannot. */
const STATISTICS_AFTER_ROWS = 10_000;

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStoreError(error);
  }
}

/** Opens the store the environment asks for and migrates it. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const opened: OpenedDriver = await guard(() =>
    options.databaseUrl
      ? openPostgres(options.databaseUrl)
      : openPglite(options.inMemory ? undefined : (options.dataDir ?? ".okapi")),
  );
  const { db, bulk } = opened;
  return {
    driver: options.databaseUrl ? "postgres" : "pglite",
    db,
    applyDocument: (document, applyOptions) =>
      guard(async () => {
        const report = await applyDocument(db, document, applyOptions);
        if (!applyOptions.dryRun) await opened.refreshStatistics();
        return report;
      }),
    exportDocument: () => guard(() => exportDocument(db)),
    metricExists: (id) =>
      guard(async () => {
        const [kpi] = await db.select({ id: t.kpis.id }).from(t.kpis).where(eq(t.kpis.id, id));
        if (kpi) return true;
        const [kr] = await db
          .select({ id: t.keyResults.id })
          .from(t.keyResults)
          .where(eq(t.keyResults.id, id));
        return kr !== undefined;
      }),
    importMeasurements: (rows, onProgress, alsoRun) =>
      guard(async () => {
        const imported = await bulk.insertMeasurements(rows, onProgress, alsoRun);
        if (imported >= STATISTICS_AFTER_ROWS) await opened.refreshStatistics();
        return imported;
      }),
    isEmpty: () =>
      guard(async () => {
        const [row] = await db.select({ n: count() }).from(t.workspace);
        return (row?.n ?? 0) === 0;
      }),
    close: () => opened.close(),
  };
}

/** Store options from the environment: DATABASE_URL, OKAPI_DATA_DIR. */
export function storeOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): StoreOptions {
  return { databaseUrl: env.DATABASE_URL || undefined, dataDir: env.OKAPI_DATA_DIR || ".okapi" };
}
