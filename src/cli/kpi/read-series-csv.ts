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

/** Parses `date,value` rows (header required); every bad row is reported with its line. */
export function parseSeriesCsv(text: string): { points: SeriesPoint[]; problems: Problem[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // `info` gives each record its line in the file, so errors point at the right row.
    records = parse(text, {
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return {
      points: [],
      problems: [{ line, message: `not valid CSV: ${(error as Error).message}` }],
    };
  }
  const header = records[0];
  if (!header)
    return {
      points: [],
      problems: [{ line: 1, message: "the file is empty: expected a header row date,value" }],
    };
  const names = header.record.map((name) => name.toLowerCase());
  const dateIndex = names.findIndex((name) => DATE_COLUMNS.includes(name));
  const valueIndex = names.indexOf("value");
  if (dateIndex < 0 || valueIndex < 0)
    return {
      points: [],
      problems: [
        {
          line: header.info.lines,
          message: `the header must name the columns date,value; got ${header.record.join(",")}`,
        },
      ],
    };
  const points: SeriesPoint[] = [];
  const problems: Problem[] = [];
  for (const { record, info } of records.slice(1)) {
    const at = record[dateIndex] ?? "";
    const valueText = record[valueIndex] ?? "";
    const value = Number(valueText);
    if (!isDayOrInstant(at))
      problems.push({
        line: info.lines,
        message: `"${at}" is not a date: write YYYY-MM-DD or 2026-07-14T09:30:00Z`,
      });
    else if (valueText === "" || !Number.isFinite(value))
      problems.push({
        line: info.lines,
        message: `"${valueText}" is not a number: write the value without units, e.g. 42.5`,
      });
    else points.push({ at, value });
  }
  if (records.length === 1 && problems.length === 0)
    problems.push({
      line: header.info.lines,
      message: "no data rows after the header: add date,value rows",
    });
  return { points, problems };
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
