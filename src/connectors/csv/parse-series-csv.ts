import { parse } from "csv-parse/sync";
import type { SeriesPoint } from "../../core/kpi/kpi-types.js";
import { isDayOrInstant } from "../../core/model/primitives.js";

const DATE_COLUMNS = ["date", "at", "timestamp"];

// Fast path for the common spellings (a day, or a UTC instant): checked without building Dates.
// A million-row import spends its time here; anything else goes through isDayOrInstant.
const COMMON_DATE = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z)?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether a cell is a day or an instant the okapi file accepts (the same answer as isDayOrInstant). */
function isDate(text: string): boolean {
  const match = COMMON_DATE.exec(text);
  if (!match) return isDayOrInstant(text);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  return days !== undefined && day >= 1 && day <= days && !Number.isNaN(Date.parse(text));
}

interface Problem {
  line: number;
  message: string;
}

export interface SeriesCsvOptions {
  /** Optional columns to read as well (e.g. source, note); any other column is then refused. */
  extraColumns?: readonly string[];
  /** The date column's name; by default date, at or timestamp (case-insensitive). */
  dateColumn?: string;
  /** The value column's name; value by default (case-insensitive). */
  valueColumn?: string;
  /** Whether a header without rows is a problem (true by default). */
  requireRows?: boolean;
}

export interface SeriesCsv {
  points: SeriesPoint[];
  /** Per point, the optional columns asked for (e.g. source, note), when present. */
  extras: Record<string, string>[];
  problems: Problem[];
}

/**
 * Parses `date,value` rows (header required); every bad row is reported with its line. The
 * one reader of series CSV: `okapi kpi analyze`, `okapi import measurements` and the CSV connector.
 * With `extraColumns`, those columns are read too and any other column is refused.
 */
export function parseSeriesCsv(text: string, options: SeriesCsvOptions = {}): SeriesCsv {
  const dateColumns = options.dateColumn ? [options.dateColumn.toLowerCase()] : DATE_COLUMNS;
  const valueColumn = (options.valueColumn ?? "value").toLowerCase();
  const settings = { skip_empty_lines: true, trim: true, relax_column_count: true } as const;
  let records: string[][];
  try {
    records = parse(text, settings) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return {
      points: [],
      extras: [],
      problems: [{ line, message: `not valid CSV: ${(error as Error).message}` }],
    };
  }
  // Line numbers matter only for problems, and `info` halves the parse speed: read them on demand.
  let lines: number[] | undefined;
  const lineOf = (index: number): number => {
    lines ??= (
      parse(text, { ...settings, info: true }) as unknown as { info: { lines: number } }[]
    ).map((r) => r.info.lines);
    return lines[index] ?? index + 1;
  };
  const header = records[0];
  if (!header)
    return {
      points: [],
      extras: [],
      problems: [{ line: 1, message: "the file is empty: expected a header row date,value" }],
    };
  const names = header.map((name) => name.toLowerCase());
  const dateIndex = names.findIndex((name) => dateColumns.includes(name));
  const valueIndex = names.indexOf(valueColumn);
  const extraColumns = options.extraColumns ?? [];
  const unknown =
    options.extraColumns !== undefined &&
    names.some(
      (name) => !dateColumns.includes(name) && name !== valueColumn && !extraColumns.includes(name),
    );
  if (dateIndex < 0 || valueIndex < 0 || unknown) {
    const optional = extraColumns.length ? ` (optional: ${extraColumns.join(",")})` : "";
    return {
      points: [],
      extras: [],
      problems: [
        {
          line: lineOf(0),
          message: `the header must name the columns ${dateColumns[0]},${valueColumn}${optional}; got ${header.join(",")}`,
        },
      ],
    };
  }
  const extraIndexes = extraColumns.map((name) => [name, names.indexOf(name)] as const);
  const extras: Record<string, string>[] = [];
  const points: SeriesPoint[] = [];
  const problems: Problem[] = [];
  for (let index = 1; index < records.length; index++) {
    const record = records[index] as string[];
    const at = record[dateIndex] ?? "";
    const valueText = record[valueIndex] ?? "";
    const value = Number(valueText);
    if (!isDate(at))
      problems.push({
        line: lineOf(index),
        message: `"${at}" is not a date: write YYYY-MM-DD or 2026-07-14T09:30:00Z`,
      });
    else if (valueText === "" || !Number.isFinite(value))
      problems.push({
        line: lineOf(index),
        message: `"${valueText}" is not a number: write the value without units, e.g. 42.5`,
      });
    else {
      points.push({ at, value });
      if (extraIndexes.length) {
        const fields: Record<string, string> = {};
        for (const [name, index] of extraIndexes)
          if (index >= 0 && record[index]) fields[name] = record[index];
        extras.push(fields);
      }
    }
  }
  if (records.length === 1 && problems.length === 0 && options.requireRows !== false)
    problems.push({
      line: lineOf(0),
      message: "no data rows after the header: add date,value rows",
    });
  return { points, extras, problems };
}
