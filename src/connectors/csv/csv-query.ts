import { z } from "zod";
import { Statistic } from "../shared/summarize.js";
import { TimeWindow } from "../shared/time-window.js";

/**
 * A `date,value` CSV file or URL: the latest row, or an aggregate over a window.
 * @example { path: "./exports/nps.csv" }
 * @example { url: "https://example.com/signups.csv", aggregate: "sum", since: "7d" }
 */
export const CsvQuery = z
  .strictObject({
    path: z.string().min(1).optional(),
    url: z.url().optional(),
    aggregate: z.union([z.literal("latest"), Statistic]).default("latest"),
    /** Rows dated inside this window before asOf; all rows up to asOf when absent. */
    since: TimeWindow.optional(),
    dateColumn: z.string().min(1).default("date"),
    valueColumn: z.string().min(1).default("value"),
  })
  .refine((query) => (query.path === undefined) !== (query.url === undefined), {
    message: "give exactly one of path (a local file) or url",
  });
export type CsvQuery = z.infer<typeof CsvQuery>;
