import { readFile } from "node:fs/promises";
import { classifyError } from "../shared/classify-error.js";
import { fetchOk } from "../shared/http-status-error.js";
import {
  type PullConnector,
  type PullContext,
  type PullOutcome,
  pulledValue,
  sourceFailure,
} from "../shared/pull-connector.js";
import { summarize } from "../shared/summarize.js";
import { windowStart } from "../shared/time-window.js";
import { CsvQuery } from "./csv-query.js";
import { readCsvRows } from "./read-csv-rows.js";

const SERVICE = "The CSV source";
const CREDENTIAL_HINT = "OKAPI_CSV_TOKEN";

async function readText(
  query: CsvQuery,
  token: string | undefined,
  signal: AbortSignal,
): Promise<string> {
  if (query.path) return readFile(query.path, { encoding: "utf8", signal });
  const headers: Record<string, string> = { accept: "text/csv" };
  if (token) headers.authorization = `Bearer ${token}`;
  return (await fetchOk(query.url as string, { headers, signal })).text();
}

async function pullCsv(
  query: CsvQuery,
  { credentials, asOf, signal }: PullContext,
): Promise<PullOutcome> {
  let text: string;
  try {
    text = await readText(query, credentials.token, signal);
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT")
      return sourceFailure("not-found", `no CSV file at ${query.path}`);
    return classifyError(error, { service: SERVICE, credentialHint: CREDENTIAL_HINT, now: asOf });
  }
  const parsed = readCsvRows(text, query);
  if ("problem" in parsed)
    return sourceFailure("bad-response", `the CSV is not date,value rows: ${parsed.problem}`);
  const from = query.since ? windowStart(query.since, asOf).getTime() : Number.NEGATIVE_INFINITY;
  // Rows dated after asOf are ignored: a pull for a past day must not see the future.
  const rows = parsed.rows.filter((row) => row.time >= from && row.time <= asOf.getTime());
  if (query.aggregate === "latest") {
    const latest = rows.reduce<(typeof rows)[number] | undefined>(
      (best, row) => (!best || row.time >= best.time ? row : best),
      undefined,
    );
    if (!latest)
      return sourceFailure("not-found", "the CSV has no row dated on or before the pull's date");
    const outcome = pulledValue(latest.value, asOf, { rows: rows.length });
    return outcome.ok ? { ...outcome, at: latest.at } : outcome;
  }
  const value = summarize(
    rows.map((row) => row.value),
    query.aggregate,
  );
  if (value === undefined) return sourceFailure("not-found", "the CSV has no rows in the window");
  return pulledValue(value, asOf, { rows: rows.length, aggregate: query.aggregate });
}

/** A CSV file or URL with date,value rows: the latest value or an aggregate over a window. */
export const csvConnector: PullConnector<CsvQuery> = {
  name: "csv",
  service: SERVICE,
  querySchema: CsvQuery,
  credentials: [
    {
      key: "token",
      env: "OKAPI_CSV_TOKEN",
      required: false,
      description: "optional Bearer token for a CSV URL",
    },
  ],
  pull: pullCsv,
  describe: (query) =>
    query.path
      ? query.path
      : `${new URL(query.url as string).host}${new URL(query.url as string).pathname}`,
};
