import pg from "pg";
import { classifyError } from "../shared/classify-error.js";
import {
  type PullConnector,
  type PullContext,
  type PullOutcome,
  pulledValue,
  sourceFailure,
} from "../shared/pull-connector.js";
import { SqlQuery } from "./sql-query.js";

const SERVICE = "The SQL source";
const CREDENTIAL_HINT = "OKAPI_SQL_URL";

/** SQLSTATE classes and codes (PostgreSQL manual, Appendix A) mapped to failure kinds. */
function classifySqlState(code: string): PullOutcome | undefined {
  if (code === "28P01" || code === "28000")
    return sourceFailure(
      "auth",
      `the database rejected the credentials in ${CREDENTIAL_HINT} (${code})`,
    );
  if (code === "53300")
    return sourceFailure("rate-limited", "the database has too many connections (53300)");
  if (code === "57014") return sourceFailure("timeout", "the database cancelled the query (57014)");
  if (code === "3D000")
    return sourceFailure("not-found", `the database named in ${CREDENTIAL_HINT} does not exist`);
  if (code.startsWith("42"))
    return sourceFailure(
      "config",
      `the query is invalid for this database (${code}): check table and column names`,
    );
  if (code === "25006")
    return sourceFailure("config", "the query tried to write: data sources are read-only");
  return undefined;
}

function readNumber(result: pg.QueryResult): PullOutcome | number {
  if (result.fields.length !== 1)
    return sourceFailure(
      "bad-response",
      `the query must return one numeric column; it returned ${result.fields.length}`,
    );
  if (result.rows.length === 0) return sourceFailure("not-found", "the query returned no row");
  if (result.rows.length > 1)
    return sourceFailure(
      "bad-response",
      `the query must return one row; it returned ${result.rows.length}`,
    );
  const cell = Object.values(result.rows[0] as object)[0];
  // pg returns numeric and bigint as strings to keep their precision.
  const value =
    typeof cell === "number"
      ? cell
      : typeof cell === "string" && cell.trim() !== ""
        ? Number(cell)
        : Number.NaN;
  return Number.isFinite(value)
    ? value
    : sourceFailure("bad-response", `the query's value is not a number (${typeof cell})`);
}

async function pullSql(
  query: SqlQuery,
  { credentials, asOf, signal }: PullContext,
): Promise<PullOutcome> {
  const client = new pg.Client({
    connectionString: credentials.url as string,
    // Every statement in the session is read-only, whatever the query says.
    options: "-c default_transaction_read_only=on",
    application_name: "okapi-connector",
  });
  client.on("error", () => {}); // a dropped connection after the pull is not this pull's failure
  const abort = () => void client.end().catch(() => {});
  signal.addEventListener("abort", abort, { once: true });
  try {
    await client.connect();
    const read = readNumber(await client.query(query.sql));
    return typeof read === "number" ? pulledValue(read, asOf, {}) : read;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const known =
      typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? classifySqlState(code) : undefined;
    return (
      known ??
      classifyError(error, { service: SERVICE, credentialHint: CREDENTIAL_HINT, now: asOf })
    );
  } finally {
    signal.removeEventListener("abort", abort);
    await client.end().catch(() => {});
  }
}

/** Any PostgreSQL database: a read-only SELECT returning one numeric value. */
export const sqlConnector: PullConnector<SqlQuery> = {
  name: "sql",
  service: SERVICE,
  querySchema: SqlQuery,
  credentials: [
    {
      key: "url",
      env: "OKAPI_SQL_URL",
      required: true,
      description: "a postgres:// connection string for a read-only role",
    },
  ],
  pull: pullSql,
  describe: (query) => query.sql.replace(/\s+/g, " ").slice(0, 120),
};
