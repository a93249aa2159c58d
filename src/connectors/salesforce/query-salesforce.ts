import { HttpStatusError } from "../shared/http-status-error.js";
import { checkPageLimit } from "../shared/too-many-pages.js";
import type { SoqlValue } from "./salesforce-query.js";

interface QueryResult {
  totalSize: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: Record<string, unknown>[];
}

/** Salesforce's error body names the cause; the daily API limit comes back as 403 REQUEST_LIMIT_EXCEEDED. */
export class SalesforceLimitError extends Error {
  override readonly name = "SalesforceLimitError";
}

async function getJson(url: URL, accessToken: string, signal: AbortSignal): Promise<QueryResult> {
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${accessToken}`, accept: "application/json" },
    signal,
  });
  if (response.ok) return (await response.json()) as QueryResult;
  const body = await response.text();
  if (response.status === 403 && body.includes("REQUEST_LIMIT_EXCEEDED"))
    throw new SalesforceLimitError();
  throw new HttpStatusError(response.status, response.headers);
}

/**
 * Runs one SOQL query through the REST query resource and reads it as a number, following
 * nextRecordsUrl for every page when the rows are summed.
 */
export async function querySalesforce(
  spec: SoqlValue,
  connection: { instanceUrl: string; accessToken: string; apiVersion: string },
  signal: AbortSignal,
): Promise<{ value: number | undefined; rows: number; pages: number }> {
  const start = new URL(`/services/data/v${connection.apiVersion}/query`, connection.instanceUrl);
  start.searchParams.set("q", spec.soql);
  let page = await getJson(start, connection.accessToken, signal);
  let pages = 1;
  if (spec.read === "total-size") return { value: page.totalSize, rows: page.totalSize, pages };
  const field = spec.field ?? "expr0";
  const number = (row: Record<string, unknown> | undefined) => {
    const value = row?.[field];
    return typeof value === "number" ? value : undefined;
  };
  if (spec.read === "first-row")
    return { value: number(page.records[0]), rows: page.records.length, pages };
  let sum = 0;
  let rows = 0;
  for (;;) {
    for (const row of page.records) sum += number(row) ?? 0;
    rows += page.records.length;
    if (page.done || !page.nextRecordsUrl) break;
    checkPageLimit(pages, true);
    page = await getJson(
      new URL(page.nextRecordsUrl, connection.instanceUrl),
      connection.accessToken,
      signal,
    );
    pages++;
  }
  return { value: sum, rows, pages };
}
