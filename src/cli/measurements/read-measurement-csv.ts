import { parse } from "csv-parse/sync";
import { isDayOrInstant } from "../../core/model/primitives.js";
import type { MeasurementRow } from "../../store/database.js";
import { canonicalInstant } from "../../store/documents/instants.js";

export interface CsvProblem {
  line: number;
  message: string;
}

const COLUMN_ALIASES: Record<string, keyof Omit<MeasurementRow, "metricId">> = {
  date: "at",
  at: "at",
  timestamp: "at",
  value: "value",
  source: "source",
  note: "note",
  by: "by",
};

/**
 * Reads `date,value[,source,note,by]` rows. Every bad row is reported with its line
 * number, so a person can fix the file in one pass; nothing is returned when any is bad.
 */
export function readMeasurementCsv(
  text: string,
  metricId: string,
  defaultSource: string | undefined,
): { rows: MeasurementRow[]; problems: CsvProblem[] } {
  const records = parse(text, {
    skip_empty_lines: true,
    relax_column_count: true,
    trim: true,
  }) as string[][];
  const header = records[0];
  if (!header)
    return {
      rows: [],
      problems: [{ line: 1, message: "the file is empty: expected a header row date,value" }],
    };
  const columns = header.map((name) => COLUMN_ALIASES[name.toLowerCase()]);
  const unknown = header.filter((_, i) => columns[i] === undefined);
  if (unknown.length || !columns.includes("at") || !columns.includes("value")) {
    return {
      rows: [],
      problems: [
        {
          line: 1,
          message: `the header must name the columns date,value (optional: source,note,by); got ${header.join(",")}`,
        },
      ],
    };
  }
  const atIndex = columns.indexOf("at");
  const valueIndex = columns.indexOf("value");
  const optional = (["source", "note", "by"] as const).map(
    (key) => [key, columns.indexOf(key)] as const,
  );
  const rows: MeasurementRow[] = [];
  const problems: CsvProblem[] = [];
  for (let i = 1; i < records.length; i++) {
    const record = records[i] as string[];
    const line = i + 1;
    const at = record[atIndex] ?? "";
    const valueText = record[valueIndex] ?? "";
    const value = Number(valueText);
    if (!isDayOrInstant(at)) {
      problems.push({
        line,
        message: `"${at}" is not a date: write YYYY-MM-DD or 2026-07-14T09:30:00Z`,
      });
      continue;
    }
    if (valueText === "" || !Number.isFinite(value)) {
      problems.push({
        line,
        message: `"${valueText}" is not a number: write the value without units, e.g. 42.5`,
      });
      continue;
    }
    const row: MeasurementRow = {
      metricId,
      at: canonicalInstant(at),
      value,
      source: defaultSource,
    };
    for (const [key, index] of optional) if (index >= 0 && record[index]) row[key] = record[index];
    rows.push(row);
  }
  return { rows, problems };
}
