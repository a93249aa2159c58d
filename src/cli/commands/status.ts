import { type Command, Option } from "commander";
import type { OkapiDocument } from "../../core/model/okapi-file.js";
import { computeOkrStatus } from "../../core/okr/compute-okr-status.js";
import { EXIT_OK, UsageError } from "../exit-codes.js";
import { parseAsOf, parseStaleDays } from "../okr/parse-status-options.js";
import { renderStatusText } from "../okr/render-status-text.js";
import { toStatusJson } from "../okr/to-status-json.js";
import { formatOption, printJson, printLine } from "../output.js";
import { today } from "../today.js";
import { loadDocument } from "../workspace/load-document.js";

interface StatusOptions {
  asOf?: string;
  team?: string;
  staleDays?: number;
  format: string;
}

function checkTeam(document: OkapiDocument, team: string): void {
  const known = new Set([
    ...(document.teams ?? []).map((t) => t.id),
    ...(document.objectives ?? []).flatMap((o) => (o.team ? [o.team] : [])),
  ]);
  if (!known.has(team))
    throw new UsageError(
      `--team ${team}: no such team (teams: ${[...known].join(", ") || "none"})`,
    );
}

/** `okapi status [FILE] --as-of DATE`: OKR progress, pacing, risk and tripwires, from a file or the store. */
export function registerStatusCommand(program: Command): void {
  program
    .command("status")
    .description("OKR progress, pacing, confidence, risk and tripwires from the file's check-ins")
    .argument("[file]", "okapi file (YAML or JSON); without it, the workspace in the store")
    .option(
      "--as-of <date>",
      "the day to compute the status for, YYYY-MM-DD (default: today, UTC)",
      parseAsOf,
    )
    .option("--team <id>", "only this team's objectives")
    .addOption(
      new Option(
        "--stale-days <days>",
        "days without a check-in before a KR is stale (default 7)",
      ).argParser(parseStaleDays),
    )
    .addOption(formatOption())
    .action(async (file: string | undefined, options: StatusOptions) => {
      const document = await loadDocument(file);
      if (options.team !== undefined) checkTeam(document, options.team);
      const status = computeOkrStatus(document, {
        asOf: options.asOf ?? today(),
        ...(options.staleDays !== undefined && { staleDays: options.staleDays }),
        ...(options.team !== undefined && { team: options.team }),
      });
      if (options.format === "json") printJson(toStatusJson(status));
      else printLine(renderStatusText(status));
      process.exitCode = EXIT_OK;
    });
}
