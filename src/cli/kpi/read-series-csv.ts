import { parse } from "csv-parse/sync";
import type { SeriesPoint } from "../../core/kpi/kpi-types.js";
import { isDayOrInstant } from "../../core/model/primitives.js";
import { UsageError } from "../exit-codes.js";
import { readText } from "../read-okapi-file.js";

const PROBLEMS_SHOWN = 20;
const DATE_COLUMNS = ["date", "at", "timestamp"];

interface Problem {
  line: number;
  message: string;
}

export interface SeriesCsv {
  points: SeriesPoint[];
  /** Per point, the optional columns asked for (e.g. source, note), when present. */
  extras: Record<string, string>[];
  problems: Problem[];
}

/**
 * Parses `date,value` rows (header required); every bad row is reported with its line.
 * With `extraColumns`, those columns are read too and any other column is refused.
 */
export function parseSeriesCsv(
  text: string,
  options: { extraColumns?: readonly string[] } = {},
): SeriesCsv {
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
  const dateIndex = names.findIndex((name) => DATE_COLUMNS.includes(name));
  const valueIndex = names.indexOf("value");
  const extraColumns = options.extraColumns ?? [];
  const unknown =
    options.extraColumns !== undefined &&
    names.some(
      (name) => !DATE_COLUMNS.includes(name) && name !== "value" && !extraColumns.includes(name),
    );
  if (dateIndex < 0 || valueIndex < 0 || unknown) {
    const optional = extraColumns.length ? ` (optional: ${extraColumns.join(",")})` : "";
    return {
      points: [],
      extras: [],
      problems: [
        {
          line: lineOf(0),
          message: `the header must name the columns date,value${optional}; got ${header.join(",")}`,
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
    if (!isDayOrInstant(at))
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
  if (records.length === 1 && problems.length === 0)
    problems.push({
      line: lineOf(0),
      message: "no data rows after the header: add date,value rows",
    });
  return { points, extras, problems };
}

/** Reads a series file; bad rows go to stderr as `file:line: what is wrong` and exit 2. */
export function readSeriesCsv(file: string): SeriesPoint[] {
  const { points, problems } = parseSeriesCsv(readText(file));
  if (problems.length === 0) return points;
  for (const p of problems.slice(0, PROBLEMS_SHOWN))
    process.stderr.write(`${file}:${p.line}: ${p.message}\n`);
  const more = problems.length > PROBLEMS_SHOWN ? ` (first ${PROBLEMS_SHOWN} shown)` : "";
  throw new UsageError(
    `${problems.length} bad row${problems.length === 1 ? "" : "s"} in ${file}${more}: fix them and run again`,
  );
}
