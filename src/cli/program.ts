import { readFileSync } from "node:fs";
import { Command } from "commander";
import { packagePath } from "../package-root.js";
import { registerCommands } from "./commands/index.js";

const packageJson = JSON.parse(readFileSync(packagePath("package.json"), "utf8")) as {
  version: string;
};

/** The `okapi` command tree for these arguments; `main.ts` runs it, tests can too. */
export async function createProgram(argv: readonly string[]): Promise<Command> {
  const program = new Command("okapi")
    .description("KPIs and OKRs in one system: the speedometer and the GPS of a company.")
    .version(packageJson.version)
    .showHelpAfterError("(run `okapi --help` for usage)")
    .exitOverride();
  await registerCommands(program, argv);
  for (const command of program.commands) command.exitOverride();
  return program;
}
