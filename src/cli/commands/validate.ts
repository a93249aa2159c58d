import type { Command } from "commander";
import { EXIT_OK } from "../exit-codes.js";
import { formatOption, printJson, printLine } from "../output.js";
import { readOkapiFile } from "../read-okapi-file.js";

/** `okapi validate FILE…`: checks files against the okapi file format, nothing more. */
export function registerValidateCommand(program: Command): void {
  program
    .command("validate")
    .description("check okapi files for format errors (shape, references, dates)")
    .argument("<files...>", "okapi files (YAML or JSON)")
    .addOption(formatOption())
    .action((files: string[], options: { format: string }) => {
      const summaries = files.map((file) => {
        const document = readOkapiFile(file);
        return {
          file,
          kpis: document.kpis?.length ?? 0,
          objectives: document.objectives?.length ?? 0,
        };
      });
      if (options.format === "json") printJson({ valid: true, files: summaries });
      else
        for (const s of summaries)
          printLine(`${s.file}: valid (${s.kpis} KPIs, ${s.objectives} objectives)`);
      process.exitCode = EXIT_OK;
    });
}
