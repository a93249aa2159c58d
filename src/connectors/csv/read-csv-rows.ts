import { parse } from "csv-parse/sync";
import { isDayOrInstant } from "../../core/model/primitives.js";
import type { CsvQuery } from "./csv-query.js";

// Fast path for the common spellings (a day, or a UTC instant): checked without building Dates.
const COMMON_DATE = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z)?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isRealDay(year: number, month: number, day: number): boolean {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/** Epoch milliseconds of a day or ISO instant, or undefined when it is not a real one. */
function parseDate(text: string): number | undefined {
  const match = COMMON_DATE.exec(text);
  if (
    match ? !isRealDay(Number(match[1]), Number(match[2]), Number(match[3])) : !isDayOrInstant(text)
  )
    return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : time;
}

export interface CsvRow {
  at: string;
  time: number;
  value: number;
}

/** Parses the rows of a date,value CSV; the first bad row is reported with its line number. */
export function readCsvRows(
  text: string,
  query: CsvQuery,
): { rows: CsvRow[] } | { problem: string } {
  const records = parse(text, {
    skip_empty_lines: true,
    trim: true,
    relax_column_count: true,
  }) as string[][];
  const header = (records[0] ?? []).map((name) => name.toLowerCase());
  const dateIndex = header.indexOf(query.dateColumn.toLowerCase());
  const valueIndex = header.indexOf(query.valueColumn.toLowerCase());
  if (dateIndex < 0 || valueIndex < 0)
    return {
      problem: `the header row needs the columns ${query.dateColumn} and ${query.valueColumn}`,
    };
  const rows: CsvRow[] = [];
  for (let i = 1; i < records.length; i++) {
    const record = records[i] as string[];
    const at = record[dateIndex] ?? "";
    const value = Number(record[valueIndex]);
    const time = parseDate(at);
    if (time === undefined)
      return { problem: `line ${i + 1}: "${at}" is not a date (YYYY-MM-DD or an ISO instant)` };
    if (record[valueIndex] === "" || !Number.isFinite(value))
      return { problem: `line ${i + 1}: "${record[valueIndex] ?? ""}" is not a number` };
    rows.push({ at, time, value });
  }
  return { rows };
}
