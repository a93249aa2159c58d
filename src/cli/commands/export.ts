import { writeFileSync } from "node:fs";
import { type Command, Option } from "commander";
import { UsageError } from "../exit-codes.js";
import { renderOkapiYaml } from "../render-okapi-yaml.js";
import { withStore } from "../with-store.js";

/** `okapi export`: the store written out as an okapi file (apply ∘ export is lossless). */
export function registerExportCommand(program: Command): void {
  program
    .command("export")
    .description("write the workspace out as an okapi file")
    .addOption(
      new Option("--format <format>", "file format").choices(["yaml", "json"]).default("yaml"),
    )
    .option("-o, --output <file>", "write to a file instead of stdout")
    .action(async (options: { format: string; output?: string }) => {
      const document = await withStore((store) => store.exportDocument());
      if (!document)
        throw new UsageError(
          "the workspace is empty: run `okapi init` or `okapi apply FILE` first",
        );
      const text =
        options.format === "json"
          ? `${JSON.stringify(document, null, 2)}\n`
          : renderOkapiYaml(document);
      if (options.output) writeFileSync(options.output, text);
      else process.stdout.write(text);
    });
}
