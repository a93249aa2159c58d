import { parseSeriesCsv } from "../../connectors/csv/parse-series-csv.js";
import type { MeasurementRow } from "../../store/database.js";
import { canonicalInstant } from "../../store/documents/instants.js";

export interface CsvProblem {
  line: number;
  message: string;
}

/**
 * Reads `date,value[,source,note,by]` rows with the same reader as `okapi kpi analyze`.
 * Every bad row is reported with its line number, so a person can fix the file in one
 * pass; nothing is returned when any is bad.
 */
export function readMeasurementCsv(
  text: string,
  metricId: string,
  defaultSource: string | undefined,
): { rows: MeasurementRow[]; problems: CsvProblem[] } {
  const { points, extras, problems } = parseSeriesCsv(text, {
    extraColumns: ["source", "note", "by"],
  });
  if (problems.length) return { rows: [], problems };
  const rows = points.map((point, i): MeasurementRow => {
    const fields = extras[i] ?? {};
    return {
      metricId,
      at: canonicalInstant(point.at),
      value: point.value,
      source: fields.source ?? defaultSource,
      ...(fields.note ? { note: fields.note } : {}),
      ...(fields.by ? { by: fields.by } : {}),
    };
  });
  return { rows, problems };
}
