import type { Command } from "commander";
import { formatPath } from "../../core/okapi-file/file-error.js";
import { createLocator } from "../../core/okapi-file/locate.js";
import type { ApplyReport } from "../../store/documents/apply-document.js";
import { ApplyRefused } from "../../store/documents/private-kpis-keep-team.js";
import { formatOption, printJson, printLine } from "../output.js";
import { InvalidFileError, readOkapiFile, readText } from "../read-okapi-file.js";
import { cliActor, withStore } from "../with-store.js";

function describe(report: ApplyReport): string[] {
  const lines: string[] = [];
  const verb = report.dryRun ? "would be " : "";
  for (const [kind, ids] of Object.entries(report.created))
    lines.push(`  ${verb}created ${kind}: ${ids.join(", ")}`);
  for (const [kind, ids] of Object.entries(report.changed))
    lines.push(`  ${verb}changed ${kind}: ${ids.join(", ")}`);
  const unchanged = Object.entries(report.unchanged).map(([kind, n]) => `${n} ${kind}`);
  if (unchanged.length) lines.push(`  unchanged: ${unchanged.join(", ")}`);
  const { added, updated } = report.measurements;
  if (added || updated)
    lines.push(`  measurements: ${added} ${verb}added, ${updated} ${verb}updated`);
  return lines;
}

/** The store's refusals as file errors at the entries they are about. */
function locatedRefusals(file: string, refused: ApplyRefused): InvalidFileError {
  const locate = createLocator(readText(file));
  return new InvalidFileError(
    refused.refusals.map((refusal) => ({
      file,
      ...locate(refusal.path),
      path: formatPath(refusal.path),
      code: "contradiction",
      message: refusal.message,
      fix: refusal.fix,
    })),
  );
}

/** `okapi apply FILE`: validate, then upsert the whole file in one transaction. */
export function registerApplyCommand(program: Command): void {
  program
    .command("apply")
    .description(
      "sync an okapi file into the store (one transaction; nothing is written if the file has errors)",
    )
    .argument("<file>", "okapi file (YAML or JSON)")
    .option("--dry-run", "show what would change without writing", false)
    .addOption(formatOption())
    .action(async (file: string, options: { dryRun: boolean; format: string }) => {
      const document = readOkapiFile(file);
      const report = await withStore((store) =>
        store.applyDocument(document, { dryRun: options.dryRun, actor: cliActor() }),
      ).catch((error: unknown) => {
        if (error instanceof ApplyRefused) throw locatedRefusals(file, error);
        throw error;
      });
      if (options.format === "json") {
        printJson(report);
        return;
      }
      printLine(`${options.dryRun ? "Dry run of" : "Applied"} ${file}`);
      const lines = describe(report);
      for (const line of lines.length ? lines : ["  nothing in the file"]) printLine(line);
    });
}
