import { parseSeriesCsv } from "../../connectors/csv/parse-series-csv.js";
import type { SeriesPoint } from "../../core/kpi/kpi-types.js";
import { UsageError } from "../exit-codes.js";
import { readText } from "../read-okapi-file.js";

const PROBLEMS_SHOWN = 20;

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
