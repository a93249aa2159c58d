import { basename, extname } from "node:path";
import { type Command, Option } from "commander";
import { analyzeKpi, computeXmrLimits, measureLeadLag } from "../../core/kpi/index.js";
import { Cadence, Direction } from "../../core/model/primitives.js";
import { EXIT_OK } from "../exit-codes.js";
import { type AnalyzeFlags, buildAnalyzeRequest } from "../kpi/build-analyze-request.js";
import { readSeriesCsv } from "../kpi/read-series-csv.js";
import { registerKpiWorkspaceCommands } from "../kpi/register-workspace-commands.js";
import { renderAnalysisText, renderLeadLagText } from "../kpi/render-analysis-text.js";
import { formatOption, parseNumberOption, printJson, printLine } from "../output.js";

const seriesName = (file: string) => basename(file, extname(file));

/** `okapi kpi analyze CSV` and `okapi kpi leadlag LEADING.csv LAGGING.csv`: KPI health from files. */
export function registerKpiCommand(program: Command): void {
  const kpi = program
    .command("kpi")
    .description("KPI health: ranges, signal vs noise, trends, lead/lag");
  kpi
    .command("analyze")
    .description("status, XmR limits, signals, trend and proposals for one date,value series")
    .argument("<csv>", "CSV file with a header row: date,value")
    .addOption(
      new Option("--direction <direction>", "which way is good").choices(Direction.options),
    )
    .option(
      "--healthy-min <n>",
      "lower edge of the healthy (green) band",
      parseNumberOption("--healthy-min"),
    )
    .option(
      "--healthy-max <n>",
      "upper edge of the healthy (green) band",
      parseNumberOption("--healthy-max"),
    )
    .option("--alert-below <n>", "red below this value", parseNumberOption("--alert-below"))
    .option("--alert-above <n>", "red above this value", parseNumberOption("--alert-above"))
    .option("--as-of <date>", "analyse as of this day, YYYY-MM-DD (default: the last date)")
    .addOption(
      new Option("--cadence <cadence>", "review cadence (default: guessed from the dates)").choices(
        Cadence.options,
      ),
    )
    .option("--name <name>", "what to call the KPI in sentences (default: the file name)")
    .option("--baseline <points>", "points in the XmR baseline", parseNumberOption("--baseline"))
    .option("--rolling", "roll the baseline: limits from the points just before each one")
    .option("--seasonal", "compare each period with the same period last year first")
    .addOption(formatOption())
    .action((file: string, flags: AnalyzeFlags & { format: string }) => {
      const points = readSeriesCsv(file);
      const name = flags.name ?? seriesName(file);
      const request = buildAnalyzeRequest(seriesName(file), name, points, flags);
      const analysis = analyzeKpi(request.kpi, points, request.options);
      // Fewer points than a baseline: limits from all of them, marked provisional, no signals.
      const limits = analysis.limits ?? (points.length >= 2 ? computeXmrLimits(points) : undefined);
      if (flags.format === "json")
        printJson({
          status: analysis.status,
          limits: limits ?? null,
          limitsProvisional: analysis.limits === undefined,
          signals: analysis.signals,
          trend: analysis.trend ?? null,
          range: analysis.range,
          cadence: analysis.cadence,
          seasonal: analysis.seasonal,
          asOf: request.options.asOf,
          points: points.length,
          proposals: analysis.proposals,
        });
      else for (const line of renderAnalysisText(name, analysis, points)) printLine(line);
      process.exitCode = EXIT_OK;
    });
  kpi
    .command("leadlag")
    .description("does the leading series lead? lagged correlation of weekly changes, 0–16 weeks")
    .argument("<leading>", "CSV (date,value) of the leading indicator")
    .argument("<lagging>", "CSV (date,value) of the lagging KPI")
    .addOption(formatOption())
    .action((leadingFile: string, laggingFile: string, flags: { format: string }) => {
      const result = measureLeadLag(readSeriesCsv(leadingFile), readSeriesCsv(laggingFile));
      if (flags.format === "json") printJson(result);
      else
        for (const line of renderLeadLagText(
          seriesName(leadingFile),
          seriesName(laggingFile),
          result,
        ))
          printLine(line);
      process.exitCode = EXIT_OK;
    });
  registerKpiWorkspaceCommands(kpi);
}
