import cliProgress from "cli-progress";
import type { Command } from "commander";
import { importMeasurements } from "../../app/import-measurements.js";
import { EXIT_USAGE, UsageError } from "../exit-codes.js";
import { readMeasurementCsv } from "../measurements/read-measurement-csv.js";
import { formatOption, printJson, printLine } from "../output.js";
import { readText } from "../read-okapi-file.js";
import { withAppContext } from "../with-app-context.js";

const PROBLEMS_SHOWN = 20;

/** `okapi import measurements CSV --metric ID`: all rows or none, at COPY speed. */
export function registerImportCommand(program: Command): void {
  const importCommand = program.command("import").description("bulk-import data into the store");
  importCommand
    .command("measurements")
    .description("import a date,value CSV as measurements of one KPI or key result")
    .argument("<csv>", "CSV file with a header: date,value[,source,note,by]")
    .requiredOption("--metric <id>", "KPI or key result id the values belong to")
    .option("--source <name>", "where the values came from (kept with each row)", "csv")
    .addOption(formatOption())
    .action(async (file: string, options: { metric: string; source: string; format: string }) => {
      const started = performance.now();
      const { rows, problems } = readMeasurementCsv(readText(file), options.metric, options.source);
      if (problems.length) {
        for (const p of problems.slice(0, PROBLEMS_SHOWN))
          process.stderr.write(`${file}:${p.line}: ${p.message}\n`);
        const more = problems.length > PROBLEMS_SHOWN ? ` (first ${PROBLEMS_SHOWN} shown)` : "";
        process.stderr.write(
          `okapi: ${problems.length} bad row${problems.length === 1 ? "" : "s"}${more}; nothing was imported\n`,
        );
        process.exit(EXIT_USAGE);
      }
      const showBar = process.stderr.isTTY && options.format !== "json";
      const bar = new cliProgress.SingleBar(
        { format: "importing [{bar}] {percentage}% {value}/{total} rows", stream: process.stderr },
        cliProgress.Presets.shades_classic,
      );
      const { imported } = await withAppContext(async (context) => {
        if (!(await context.store.metricExists(options.metric))) {
          throw new UsageError(
            `no KPI or key result "${options.metric}" in the workspace: check the id (okapi export lists them)`,
          );
        }
        if (showBar) bar.start(rows.length, 0);
        try {
          return await importMeasurements(context, {
            metricId: options.metric,
            rows,
            onProgress: (done) => showBar && bar.update(done),
          });
        } finally {
          if (showBar) bar.stop();
        }
      });
      const seconds = (performance.now() - started) / 1000;
      const result = { metric: options.metric, imported, seconds: Number(seconds.toFixed(3)) };
      if (options.format === "json") printJson(result);
      else
        printLine(
          `imported ${imported} measurements of ${options.metric} in ${seconds.toFixed(1)} s`,
        );
    });
}
