import type { ExtractTablesWithRelations, SQL } from "drizzle-orm";
import {
  type PgDatabase,
  PgDialect,
  type PgQueryResultHKT,
  type PgTransaction,
} from "drizzle-orm/pg-core";
import { packagePath } from "../package-root.js";
import type * as schema from "./schema.js";

type Schema = typeof schema;

/** Drizzle over either driver: repositories are written once against this. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<
  PgQueryResultHKT,
  Schema,
  ExtractTablesWithRelations<Schema>
>;
/** Anything that runs queries: the database or an open transaction. */
export type Executor = Database | Transaction;

/** Rows for the measurements time series, as the bulk paths take them. */
export interface MeasurementRow {
  metricId: string;
  at: string;
  value: number;
  source?: string | undefined;
  note?: string | undefined;
  by?: string | undefined;
}

/** Driver-specific fast paths (COPY) behind one shape. */
export interface BulkWriter {
  /**
   * Inserts all rows in one transaction, reporting progress after each chunk, and runs
   * `alsoRun` in the same transaction; either every row is stored or none is.
   */
  insertMeasurements(
    rows: readonly MeasurementRow[],
    onProgress?: (done: number) => void,
    alsoRun?: readonly SQL[],
  ): Promise<number>;
}

const dialect = new PgDialect();

/** A Drizzle statement as text and parameters, for the drivers' own clients on the bulk paths. */
export function toDriverQuery(statement: SQL): { text: string; params: unknown[] } {
  const { sql: text, params } = dialect.sqlToQuery(statement);
  return { text, params };
}

export const MIGRATIONS_FOLDER = packagePath("drizzle");

/** Serializes rows as CSV for COPY: quoting only what needs it. */
export function measurementsToCsv(
  rows: readonly MeasurementRow[],
  from: number,
  to: number,
): string {
  let text = "";
  for (let i = from; i < to; i++) {
    const row = rows[i] as MeasurementRow;
    text += `${csvField(row.metricId)},${row.at},${row.value},${csvField(row.source)},${csvField(row.note)},${csvField(row.by)}\n`;
  }
  return text;
}

function csvField(value: string | undefined): string {
  if (value === undefined) return "";
  return `"${value.replaceAll('"', '""')}"`;
}

export const COPY_MEASUREMENTS =
  "COPY measurements (metric_id, at, value, source, note, by_person) FROM STDIN WITH (FORMAT csv)";

/** Rows per COPY chunk: large enough to run at COPY speed, small enough for a live progress bar. */
export const COPY_CHUNK_ROWS = 50_000;
