import type { CsvQuery } from "./csv-query.js";
import { parseSeriesCsv } from "./parse-series-csv.js";

export interface CsvRow {
  at: string;
  time: number;
  value: number;
}

/**
 * The rows of a date,value CSV for the connector, read by the same parser as the command line
 * (`parseSeriesCsv`); the first bad row is reported with its line number. A header without rows
 * is an empty series, not a problem: the connector decides what nothing means.
 */
export function readCsvRows(
  text: string,
  query: CsvQuery,
): { rows: CsvRow[] } | { problem: string } {
  const { points, problems } = parseSeriesCsv(text, {
    dateColumn: query.dateColumn,
    valueColumn: query.valueColumn,
    requireRows: false,
  });
  const first = problems[0];
  if (first) return { problem: `line ${first.line}: ${first.message}` };
  return { rows: points.map(({ at, value }) => ({ at, time: Date.parse(at), value })) };
}
